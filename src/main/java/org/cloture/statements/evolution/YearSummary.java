package org.cloture.statements.evolution;

import java.math.BigDecimal;

/**
 * One year of the evolution table.
 *
 * @param equity   fonds propres: the total of the bilan's "Fonds propres" group, result of the year included
 * @param treasury trésorerie nette: disponibilités (bilan line) minus the bank overdrafts of class 5 (512 in
 *                 credit, 519 concours bancaires courants); long-term borrowings (164) are not deducted
 */
public record YearSummary(int year, BigDecimal totalIncome, BigDecimal totalExpenses, BigDecimal result,
                          BigDecimal equity, BigDecimal treasury) {
}
