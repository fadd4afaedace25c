package org.cloture.report;

import java.nio.file.Path;

/**
 * The names of the outputs of a year in {@code reports/<year>/} (a federation's member: one level below).
 *
 * @param member the federation member these outputs are of, null for an association's (or a federation's) own
 */
public record OutputFiles(Path directory, int year, String member) {

    public OutputFiles(Path directory, int year) {
        this(directory, year, null);
    }

    public static OutputFiles of(Path reportsRoot, int year) {
        return new OutputFiles(reportsRoot.resolve(Integer.toString(year)), year);
    }

    /** A federation member's outputs: {@code reports/<year>/<member-id>/}, keyed by member and year. */
    public static OutputFiles ofMember(Path reportsRoot, int year, String memberId) {
        return new OutputFiles(reportsRoot.resolve(Integer.toString(year)).resolve(memberId), year, memberId);
    }

    /**
     * The programme of activities of the coming year, in that year's folder of the reports: {@code
     * reports/<year+1>/}, or {@code reports/<year+1>/<member-id>/} for a member, as its other outputs.
     */
    public Path programme() {
        Path yearFolder = member == null ? directory : directory.getParent();
        Path coming = yearFolder.resolveSibling(Integer.toString(year + 1));
        return (member == null ? coming : coming.resolve(member)).resolve("programme-activites-" + (year + 1) + ".pdf");
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

    /** A federation's network tables alone, as JSON. */
    public Path networkJson() {
        return directory.resolve("reseau-" + year + ".json");
    }

    /** A federation's network tables alone, as a workbook. */
    public Path networkWorkbook() {
        return directory.resolve("reseau-" + year + ".xlsx");
    }
}
