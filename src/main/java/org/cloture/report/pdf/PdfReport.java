package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Presentation model of the year-end activity report, ready to print: every value is already
 * formatted text (the domain-to-text formatting happens upstream).
 *
 * @param associationName name printed on the cover, in the footer and as PDF author
 * @param year            financial year reported on
 * @param subtitle        free line printed under the title on the cover (may be null)
 * @param provisional     true while the accounts are not approved: every page is marked "PROVISOIRE"
 * @param keyFigures      tiles of the "Les chiffres clés" page (may be empty)
 * @param tables          financial statements, each starting on a new page
 */
public record PdfReport(
        String associationName,
        int year,
        String subtitle,
        boolean provisional,
        List<KeyFigureTile> keyFigures,
        List<ReportTable> tables) {

    public PdfReport {
        Objects.requireNonNull(associationName, "associationName");
        keyFigures = List.copyOf(Objects.requireNonNullElse(keyFigures, List.of()));
        tables = List.copyOf(Objects.requireNonNullElse(tables, List.of()));
    }
}
