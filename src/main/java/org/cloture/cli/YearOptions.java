package org.cloture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** The requested year, or the latest year folder of the input directory. */
    Optional<Integer> resolveYear() {
        if (year != null) {
            return Optional.of(year);
        }
        if (!Files.isDirectory(input)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(input)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).max(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
