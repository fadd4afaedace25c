package org.cloture.statements.budget;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloture.source.SourceLocation;

/**
 * One line of a budget prévisionnel as the sheet gives it: the post (a compte de résultat line by its label,
 * or an account prefix) and one amount per year.
 *
 * @param label   the post as written (« Autres achats et charges externes », « 60 - Achats »), null when only
 *                an account is given
 * @param account the account prefix (606, 74), from its own column or from the label's leading number; null
 *                when none
 * @param amounts the budgeted amount per year (scale 2), years without an amount left out
 */
public record BudgetRow(String label, String account, Map<Integer, BigDecimal> amounts, SourceLocation location) {

    public BudgetRow {
        Objects.requireNonNull(location, "location");
        amounts = java.util.Collections.unmodifiableMap(new TreeMap<>(amounts));
    }

    /** How the row is named in a finding: its label, else its account. */
    public String name() {
        return label != null ? label : account;
    }
}
