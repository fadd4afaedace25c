package org.cloture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.cloture.ingest.fec.FecFileName;
import org.cloture.report.narrative.NarrativeReader;
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
        if (!Files.isDirectory(input)) {
            return Optional.empty();
        }
        List<Integer> years;
        try (Stream<Path> folders = Files.list(input)) {
            years = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (int index = 0; index < years.size(); index++) {
            boolean earlier = index + 1 < years.size();
            if (!earlier || !isComingYearOnly(input.resolve(years.get(index).toString()))) {
                return Optional.of(years.get(index));
            }
        }
        return Optional.empty();
    }

    private static boolean isComingYearOnly(Path folder) {
        boolean programme = Files.isRegularFile(folder.resolve(NarrativeReader.PROGRAMME_MARKDOWN))
                || Files.isRegularFile(folder.resolve(NarrativeReader.PROGRAMME_WORD));
        if (!programme) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.noneMatch(file -> FecFileName.parse(file.getFileName().toString()).isPresent());
        } catch (IOException e) {
            return false;
        }
    }
}
