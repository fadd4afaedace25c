package org.cloture.report;

import java.util.List;
import org.cloture.source.Finding;

/** Renders the board's activity report from the computed model. */
@FunctionalInterface
public interface PdfRenderer {

    byte[] render(ReportModel model);

    /** The PDF and the CHECK_FAILED findings of the sections that could not be produced (printed as a notice). */
    record Rendered(byte[] pdf, List<Finding> failures) {

        public Rendered {
            failures = List.copyOf(failures);
        }
    }

    /** The PDF with its sections' failures; a renderer without sections of its own has none. */
    default Rendered renderGuarded(ReportModel model) {
        return new Rendered(render(model), List.of());
    }
}
