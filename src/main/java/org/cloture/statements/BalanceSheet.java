package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;

/** The bilan before allocation of the result, with the previous year's net amounts beside. */
public record BalanceSheet(List<BalanceSheetLine> assets, List<BalanceSheetLine> liabilities,
                           BigDecimal totalAssets, BigDecimal totalLiabilities,
                           BigDecimal previousTotalAssets, BigDecimal previousTotalLiabilities,
                           BigDecimal result) {
}
