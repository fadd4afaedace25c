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

    /**
     * {@code cloture user add NAME --role ROLE --input INPUT} with {@code password} on its standard input, as a
     * script would run it beside a running serve; returns its exit code and console.
     */
    public static String addUser(java.nio.file.Path input, String name, String role, String password, String... extra) {
        UserCommand.Add add = new UserCommand.Add();
        add.passwords = (user, errors) -> UserCommand.PasswordSource.firstLine(
                new java.io.BufferedReader(new java.io.StringReader(password + "\n")), errors);
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(add);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(name, "--role", role, "--input",
                input.toString()));
        args.addAll(java.util.List.of(extra));
        int code = line.execute(args.toArray(String[]::new));
        return code + " " + out;
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
