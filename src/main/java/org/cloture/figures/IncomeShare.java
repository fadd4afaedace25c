package org.cloture.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * One kind of resource and its share of the year's resources (total income plus contributions in kind).
 *
 * @param kind     the kind's code in {@code figures/income-kinds.yml} ({@code subsidies}, {@code fees}…)
 * @param label    French label; for a subsidy, the funder (from the account label)
 * @param percent  share in %, one decimal; the shares of a year add up to exactly 100,0
 * @param accounts the accounts summed, for the explanation
 */
public record IncomeShare(String kind, String label, BigDecimal amount, BigDecimal percent, List<String> accounts) {

    public IncomeShare {
        accounts = List.copyOf(accounts);
    }
}
