package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Presentation model of the year-end activity report, ready to print: every value is already formatted
 * text (the domain-to-text formatting happens upstream).
 *
 * @param associationName name printed on the cover, in the footer and as PDF author
 * @param year            financial year reported on
 * @param subtitle        line printed under the title on the cover (may be null)
 * @param provisional     true while blocking findings remain: every page is marked "PROVISOIRE"
 * @param cover           logo and AG date of the cover
 * @param sections        the parts of the report, each starting on a new page; the renderer adds the sommaire
 * @param title           the document's title before its year, on the cover and in the footer
 * @param subject         the PDF's subject metadata
 */
public record PdfReport(String associationName, int year, String subtitle, boolean provisional, Cover cover,
                        List<ReportSection> sections, String title, String subject) {

    /** The title of the year-end report. */
    public static final String ACTIVITY_REPORT = "Rapport d'activité";

    public PdfReport {
        Objects.requireNonNull(associationName, "associationName");
        cover = cover == null ? Cover.NONE : cover;
        sections = List.copyOf(Objects.requireNonNullElse(sections, List.of()));
        title = title == null ? ACTIVITY_REPORT : title;
        subject = subject == null ? "Rapport d'activité et comptes annuels " + year : subject;
    }

    /** The year-end activity report. */
    public PdfReport(String associationName, int year, String subtitle, boolean provisional, Cover cover,
                     List<ReportSection> sections) {
        this(associationName, year, subtitle, provisional, cover, sections, null, null);
    }

    /**
     * @param logo            PNG or JPEG bytes, null for none
     * @param generalAssembly e.g. "Assemblée générale du 25 mai 2024", null when not known
     */
    public record Cover(byte[] logo, String generalAssembly) {
        public static final Cover NONE = new Cover(null, null);
    }
}
