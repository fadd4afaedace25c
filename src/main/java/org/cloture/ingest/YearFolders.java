package org.cloture.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cloture.ingest.fec.FecFileName;

/**
 * The year folders of a drop folder ({@code input/<year>/}) and the one a command, the schedule or the web page
 * opens when no year is named: the latest, unless it only holds the coming year's programme.
 */
public final class YearFolders {

    /** The coming year's programme, as staff write it (Markdown or Word). */
    public static final String PROGRAMME_MARKDOWN = "programme.md";
    public static final String PROGRAMME_WORD = "programme.docx";

    private YearFolders() {
    }

    /** The years that have a folder, oldest first; none when the drop folder cannot be listed. */
    public static List<Integer> of(Path input) {
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(input)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The latest year folder that is not only the coming year's programme: a folder holding {@code programme.md}
     * (or {@code .docx}) and no FEC, above an earlier year folder, is the year being planned, not one to close.
     */
    public static Optional<Integer> toClose(Path input) {
        List<Integer> years = of(input);
        for (int index = years.size() - 1; index >= 0; index--) {
            if (index == 0 || !isComingYearOnly(input.resolve(years.get(index).toString()))) {
                return Optional.of(years.get(index));
            }
        }
        return Optional.empty();
    }

    private static boolean isComingYearOnly(Path folder) {
        boolean programme = Files.isRegularFile(folder.resolve(PROGRAMME_MARKDOWN))
                || Files.isRegularFile(folder.resolve(PROGRAMME_WORD));
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
