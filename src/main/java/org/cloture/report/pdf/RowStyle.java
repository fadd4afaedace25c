package org.cloture.report.pdf;

/** How a {@link ReportRow} is printed. */
public enum RowStyle {
    /** Section heading, bold. */
    HEADING,
    /** Ordinary line. */
    LINE,
    /** Breakdown of the line above: indented, smaller. */
    DETAIL,
    /** Bold, with a rule above. */
    SUBTOTAL,
    /** Bold on a shaded background. */
    TOTAL
}
