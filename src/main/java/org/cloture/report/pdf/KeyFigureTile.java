package org.cloture.report.pdf;

import java.util.Objects;

/**
 * One tile of the key-figures page.
 *
 * @param label    what the figure is, e.g. "Total des produits"
 * @param value    formatted current-year value, printed large
 * @param previous formatted previous-year value, or null when there is none
 */
public record KeyFigureTile(String label, String value, String previous) {

    public KeyFigureTile {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
