package org.cloture.report.pdf;

final class PdfOutput {
    private PdfOutput() {
    }

    static byte[] normalize(byte[] pdf) {
        return pdf;
    }
}
