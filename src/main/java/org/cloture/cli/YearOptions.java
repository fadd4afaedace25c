package org.cloture.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.cloture.ingest.YearFolders;
import picocli.CommandLine.Option;

/** Options shared by the commands that work on one fiscal year. */
final class YearOptions {

    @Option(names = "--year", paramLabel = "ANNÉE",
            description = "Exercice à traiter (par défaut : le plus récent dossier d'année de input/).")
    Integer year;

    @Option(names = "--input", paramLabel = "DOSSIER", defaultValue = "input",
            description = "Dossier de dépôt (par défaut : ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--reports", paramLabel = "DOSSIER", defaultValue = "reports",
            description = "Dossier des rapports (par défaut : ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--data", paramLabel = "DOSSIER", defaultValue = "data",
            description = "Dossier de la base de données intégrée (par défaut : ${DEFAULT-VALUE}).")
    Path data;

    /**
     * The requested year, or the latest year folder of the input directory that is not only the coming year's
     * programme: a folder holding {@code programme.md} (or {@code .docx}) and no FEC, above an earlier year folder,
     * is the year being planned, not one to close.
     */
    Optional<Integer> resolveYear() {
        if (year != null) {
            return Optional.of(year);
        }
        return latestYear(input);
    }

    static Optional<Integer> latestYear(Path input) {
        return YearFolders.toClose(input);
    }
}
