package org.cloture.statements;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chart of accounts an association may use, per period (statements/plan-comptable-associations.yml): the
 * regulation's accounts that every layout must place on a line. Reference data reviewed like the layouts.
 */
public final class AccountChart {

    public static final String RESOURCE = "statements/plan-comptable-associations.yml";

    /** Which chart: before the PCG modernisation (fiscal years opened until 2024) or after. */
    public enum Period { ANC_2018_06, ANC_2025 }

    private AccountChart() {
    }

    /** Account number → label of the chart of one period, in the resource's order. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> accounts(Period period) {
        Map<String, Object> yaml = StatementLayoutLoader.yaml(RESOURCE);
        Map<String, String> accounts = new LinkedHashMap<>((Map<String, String>) yaml.get("common"));
        accounts.putAll((Map<String, String>) yaml.get(period == Period.ANC_2018_06 ? "until2024" : "from2025"));
        return accounts;
    }
}
