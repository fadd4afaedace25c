package org.cloture.report.pdf;

import java.util.Objects;

/**
 * One tile of the key-figures page.
 *
 * @param label    what the figure is, e.g. "Total des produits"
 * @param value    formatted current-year value, printed large
 * @param previous formatted previous-year value with its year (e.g. "2022 : 287"), or null when there is none
 * @param change   the change from the previous year, e.g. "+7,3 %", or null
 * @param note     why the value is "non disponible" (its source was not read), or null
 */
public record KeyFigureTile(String label, String value, String previous, String change, String note) {

    public KeyFigureTile {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public KeyFigureTile(String label, String value, String previous) {
        this(label, value, previous, null, null);
    }

    public KeyFigureTile(String label, String value, String previous, String change) {
        this(label, value, previous, change, null);
    }
}
