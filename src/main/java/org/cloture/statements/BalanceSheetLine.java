package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the bilan. Liabilities have no depreciation: gross = net. {@code previous} is the net
 * amount of the previous year, null when that year is not available.
 */
public record BalanceSheetLine(String code, String label, Side side, Kind kind, List<String> accounts,
                               BigDecimal gross, BigDecimal depreciation, BigDecimal net, BigDecimal previous) {

    public enum Side {
        ASSETS("assets"), LIABILITIES("liabilities");

        private final String code;

        Side(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public enum Kind { HEADING, LINE, GROUP_TOTAL, TOTAL }

    public boolean isEmpty() {
        return net.signum() == 0 && gross.signum() == 0 && (previous == null || previous.signum() == 0);
    }
}
