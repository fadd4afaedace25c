package org.cloture.statements;

import java.util.List;
import org.cloture.source.Finding;

/**
 * The statements of a year and what the engine found while building them.
 *
 * @param presentation the layout the statements follow (its title, its lines naming people)
 * @param comparative  how the N-1 column was restated into this presentation; null when N-1 was already
 *                     presented this way (or is absent)
 */
public record Statements(IncomeStatement incomeStatement, BalanceSheet balanceSheet, List<Finding> findings,
                         StatementLayout presentation, ComparativeRestatement comparative) {

    public Statements(IncomeStatement incomeStatement, BalanceSheet balanceSheet, List<Finding> findings) {
        this(incomeStatement, balanceSheet, findings, null, null);
    }

    /** These statements with the note of their restated comparative column, and the findings it brings. */
    public Statements withComparative(ComparativeRestatement restatement, List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new Statements(incomeStatement, balanceSheet, List.copyOf(all), presentation, restatement);
    }
}
