package org.cloture.report;

/** Renders the board's activity report from the computed model. */
@FunctionalInterface
public interface PdfRenderer {

    byte[] render(ReportModel model);
}
