package org.cloture.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole {@code cloture run} on a large year (issue 14's "memory stays flat"): a generated drop folder
 * with a FEC of a million lines and a register of 200 000 members, run by a child JVM at a small heap;
 * prints its time and peak resident memory. Generating the inputs is not timed.
 */
public final class LargeYearBenchmark {

    static final int YEAR = 2023;

    private LargeYearBenchmark() {
    }

    /** Writes the drop folder under {@code work}/input and returns it. */
    public static Path dropFolder(Path work, int fecLines, int members) throws IOException {
        Path input = work.resolve("input");
        Path year = Files.createDirectories(input.resolve(Integer.toString(YEAR)));
        SyntheticInputs.ledgerFec(year.resolve("123456789FEC20231231.txt"), fecLines);
        SyntheticInputs.register(year.resolve("adherents.xlsx"), members);
        Files.writeString(input.resolve("association.yml"), "name: \"Benchmark\"\n");
        return input;
    }

    /** Runs the year in a child JVM with {@code -Xmx heap}; prints the figures; true when it completed. */
    public static boolean run(Path work, String heap, int fecLines, int members, PrintWriter out)
            throws IOException, InterruptedException {
        Path input = dropFolder(work, fecLines, members);
        RunBenchmark.Timing timing;
        try {
            timing = RunBenchmark.run(List.of("-Xmx" + heap), input, work.resolve("data"), work.resolve("reports"),
                    List.of("--year", Integer.toString(YEAR)));
        } catch (IllegalStateException failed) {
            out.println(failed.getMessage());
            out.printf("run sur %d lignes de FEC et %d adhérents à -Xmx%s : ÉCHEC%n", fecLines, members, heap);
            return false;
        }
        out.printf(java.util.Locale.ROOT, "run sur %d lignes de FEC et %d adhérents à -Xmx%s : terminé (code %d ; "
                + "charge de la machine %.1f)%n", fecLines, members, heap, timing.exitCode(), ChildRun.loadAverage());
        Goal.reported("durée (mur)", timing.wallSeconds(), "s").print(out);
        Goal.reported("temps processeur (tous les fils)", timing.cpuSeconds(), "s").print(out);
        timing.stages().forEach((stage, seconds) -> Goal.reported("  étape " + stage, seconds, "s").print(out));
        Goal.reported("mémoire résidente maximale", timing.peakRssMb(), "Mo").print(out);
        return true;
    }
}
