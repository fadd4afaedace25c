package org.cloture.statements;

import java.util.List;
import org.cloture.source.Finding;

/** The statements of a year and what the engine found while building them. */
public record Statements(IncomeStatement incomeStatement, BalanceSheet balanceSheet, List<Finding> findings) {
}
