package org.cloture.figures;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The key figures of a year, computed once from the data: the PDF, the XLSX and the JSON all print
 * these values and never re-count. {@code staffFte} is null when association.yml does not give it.
 */
public record KeyFigures(int members, int legalPersons, int naturalPersons, int newMembers,
                         int volunteers, BigDecimal volunteerHours, BigDecimal volunteerValuation,
                         BigDecimal staffFte, int actions, int participants,
                         BigDecimal totalIncome, BigDecimal totalExpenses, Breakdown breakdown) {

    /**
     * The figures behind the headline ones, each map in a stable order: members by legal status, by
     * département and by country; leavers; volunteer time in full-time equivalents; actions by category.
     */
    public record Breakdown(int leavers, BigDecimal volunteerFte, Map<String, Integer> membersByLegalStatus,
                            Map<String, Integer> membersByDepartement, Map<String, Integer> membersByCountry,
                            Map<String, Integer> actionsByCategory) {
    }
}
