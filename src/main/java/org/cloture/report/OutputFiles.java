package org.cloture.report;

import java.nio.file.Path;

/** The names of the outputs of a year in {@code reports/<year>/}. */
public record OutputFiles(Path directory, int year) {

    public static OutputFiles of(Path reportsRoot, int year) {
        return new OutputFiles(reportsRoot.resolve(Integer.toString(year)), year);
    }

    public Path pdf() {
        return directory.resolve("rapport-activite-" + year + ".pdf");
    }

    public Path statements() {
        return directory.resolve("etats-financiers-" + year + ".xlsx");
    }

    public Path controls() {
        return directory.resolve("controles-" + year + ".xlsx");
    }

    /** The programme of activities of the coming year, in that year's folder of the reports. */
    public static Path programme(Path reportsRoot, int comingYear) {
        return reportsRoot.resolve(Integer.toString(comingYear)).resolve("programme-activites-" + comingYear + ".pdf");
    }

    public Path keyFigures() {
        return directory.resolve("chiffres-cles-" + year + ".json");
    }
}
