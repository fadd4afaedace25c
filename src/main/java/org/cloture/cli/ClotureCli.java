package org.cloture.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cloture} command: its subcommands do the work, this class only parses and maps exit codes. */
@Command(name = "cloture", mixinStandardHelpOptions = true, version = "Clôture 0.1",
        description = "Clôture des comptes et rapport d'activité annuel d'une association.")
public final class ClotureCli implements Runnable {

    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, CheckCommand.class,
            ProgrammeCommand.class, ExplainCommand.class, ServeCommand.class, ExportCommand.class, StatusCommand.class,
            RebuildCommand.class, UserCommand.class, BenchCommand.class, WorkerCommand.class, ClusterCommand.class,
            RecoverCommand.class, CommandLine.HelpCommand.class);

    /** Done; warnings allowed. */
    public static final int DONE = 0;
    /** Internal failure, or a command line that could not be understood. */
    public static final int FAILURE = 1;
    /** Blocking findings: the outputs were written but are provisional. */
    public static final int BLOCKING_FINDINGS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Before Spring configures logging (to cloture.log), Logback's default prints every INFO line on the
     * console: the database checks that run first (Flyway) would mix technical lines into the French output.
     */
    private static void quietLibrariesUntilSpringStarts() {
        // The level application.properties sets too: Spring's logging setup leaves it as it is.
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * The subcommand the arguments name, alone: picocli reads every option of every subcommand it is given (a tenth
     * of a second for all of them, paid by every command). All of them for the rest: the usage, {@code help}, a
     * misspelt command and its suggestions.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                Command command = subcommand.getAnnotation(Command.class);
                if (subcommand != CommandLine.HelpCommand.class && (command.name().equals(args[0])
                        || List.of(command.aliases()).contains(args[0]))) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ClotureCli());
        subcommandsFor(args).forEach(commandLine::addSubcommand);
        // Usage and version help print before any library starts (Logback's set-up alone costs a tenth of a second).
        commandLine.setExecutionStrategy(parseResult -> {
            if (!CommandLine.printHelpIfRequested(parseResult)) {
                quietLibrariesUntilSpringStarts();
                return new CommandLine.RunLast().execute(parseResult);
            }
            return parseResult.commandSpec().exitCodeOnUsageHelp();
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        // 2 means "blocking findings" here, so a command line we cannot parse is a plain failure.
        List<CommandLine> commands = new java.util.ArrayList<>(List.of(commandLine));
        commands.addAll(commandLine.getSubcommands().values());
        for (CommandLine command : commands) {
            command.getCommandSpec().exitCodeOnInvalidInput(FAILURE).exitCodeOnExecutionException(FAILURE);
        }
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("Erreur interne : " + exception.getMessage());
            line.getErr().println("Le détail technique est dans cloture.log, dans le dossier des données (--data, par défaut data/).");
            return FAILURE;
        });
        return commandLine.execute(args);
    }
}
