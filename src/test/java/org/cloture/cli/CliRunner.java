package org.cloture.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in-process on a private copy of the demo inputs, as a user would run it. */
final class CliRunner {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClotureCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code command --input <work>/input --reports <work>/reports --data <work>/data} plus extra arguments. */
    static Result run(Path work, String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--input", work.resolve("input").toString(),
                "--reports", work.resolve("reports").toString(), "--data", work.resolve("data").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** Copies the demo association shipped in the project's input/ folder into {@code work/input}. */
    static Path copyDemoInput(Path work) {
        Path source = Path.of("input");
        Path target = work.resolve("input");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
