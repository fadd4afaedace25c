package org.cloture.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Starts {@code cloture serve} in this JVM for the tests of other packages (the web page's). */
public final class ServedForTests {

    /** A running serve: its context (for the beans), the web page's port, its console so far. */
    public record Served(ConfigurableApplicationContext context, int port, StringWriter console, AutoCloseable stop)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            stop.close();
        }
    }

    private ServedForTests() {
    }

    public static Served start(String... args) throws Exception {
        StringWriter console = new StringWriter();
        ServeCommand command = new ServeCommand();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(console, true));
        line.parseArgs(args);
        ServeCommand.Running running = command.start(false);
        return new Served(running.context(), running.port(), console, running);
    }
}
