package org.cloture.statements;

import java.util.List;

/**
 * The presentation of the compte de résultat and the bilan, as read from a reviewed resource file
 * (see {@code statements/anc-2018-06.yml}). Pure data: {@link StatementEngine} interprets it.
 */
public record StatementLayout(String name, List<Group> incomeGroups, List<Result> results,
                              List<Line> inKindIncome, List<Line> inKindExpenses,
                              List<BalanceGroup> assets, List<BalanceGroup> liabilities) {

    public enum Nature { INCOME, EXPENSE }

    /** Which sign of an account's own balance a bilan line takes; ANY for fixed-side accounts. */
    public enum BalanceSign { ANY, DEBIT, CREDIT }

    public record Line(String code, String label, List<String> prefixes) {
    }

    public record Group(String code, String label, Nature nature, List<Line> lines) {
    }

    /** A result line: Σ plus groups − Σ minus groups, printed after the group named {@code after}. */
    public record Result(String code, String label, String after, List<String> plus, List<String> minus) {
    }

    /**
     * A bilan line. Asset lines have {@code gross} and {@code depreciation} prefixes; liability lines
     * have {@code gross} only (their accounts). {@code result} marks the line that receives the year's result.
     */
    public record BalanceLine(String code, String label, List<String> gross, List<String> depreciation,
                              BalanceSign when, boolean result) {
    }

    public record BalanceGroup(String code, String label, List<BalanceLine> lines) {
    }
}
