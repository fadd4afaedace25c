package org.cloture.figures;

import java.math.BigDecimal;

/**
 * The key figures of a year, computed once from the data: the PDF, the XLSX and the JSON all print
 * these values and never re-count. {@code staffFte} is null when association.yml does not give it.
 */
public record KeyFigures(int members, int legalPersons, int naturalPersons, int newMembers,
                         int volunteers, BigDecimal volunteerHours, BigDecimal volunteerValuation,
                         BigDecimal staffFte, int actions, int participants,
                         BigDecimal totalIncome, BigDecimal totalExpenses) {
}
