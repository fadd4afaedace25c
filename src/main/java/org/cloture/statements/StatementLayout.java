package org.cloture.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The presentation of the compte de résultat and the bilan, as read from a reviewed resource file
 * (see {@code statements/anc-2018-06.yml}, {@code statements/anc-2025.yml}). Pure data: {@link StatementEngine}
 * interprets it.
 *
 * @param title       the regulation as the annexe names it
 * @param appliesFrom first opening date of a fiscal year presented in this layout
 * @param renumbering the old → new account table of this layout (empty for the first layout): accounts
 *                    used with their former meaning, and the restatement of a comparative column
 */
public record StatementLayout(String name, String title, LocalDate appliesFrom, List<Group> incomeGroups,
                              List<Result> results, List<Line> inKindIncome, List<Line> inKindExpenses,
                              List<BalanceGroup> assets, List<BalanceGroup> liabilities,
                              List<AccountCheck> accountChecks, AccountRenumbering renumbering) {

    /** Codes of the lines whose detail lines may name natural persons (one account per donor or bequest). */
    public Set<String> linesNamingPeople() {
        return incomeGroups.stream().flatMap(group -> group.lines().stream()).filter(Line::detailsNamePeople)
                .map(Line::code).collect(Collectors.toUnmodifiableSet());
    }

    public enum Nature { INCOME, EXPENSE }

    /** Which sign of an account's own balance a bilan line takes; ANY for fixed-side accounts. */
    public enum BalanceSign { ANY, DEBIT, CREDIT }

    /**
     * A line fed by account prefixes. {@code details}: print one detail line per account (per funder);
     * {@code partOf}: a "dont" line, a part of the named line of the same group, shown under it and never
     * added to the totals (null for an ordinary line); {@code detailsNamePeople}: the accounts of the line
     * may be named after a person (a donor, a bequest), so the board's report shows the line's total only.
     */
    public record Line(String code, String label, List<String> prefixes, boolean details, String partOf,
                       boolean detailsNamePeople) {

        public Line(String code, String label, List<String> prefixes) {
            this(code, label, prefixes, false, null, false);
        }

        public boolean isPart() {
            return partOf != null;
        }
    }

    /**
     * A finding raised for each account of the year that has a prefix in {@code prefixes}, none in
     * {@code except}, and a balance of the given sign (ANY: any non-zero balance).
     */
    public record AccountCheck(String check, List<String> prefixes, List<String> except, BalanceSign when) {
    }

    public record Group(String code, String label, Nature nature, List<Line> lines) {
    }

    /** A result line: Σ plus groups − Σ minus groups, printed after the group named {@code after}. */
    public record Result(String code, String label, String after, List<String> plus, List<String> minus) {
    }

    /**
     * A bilan line. Asset lines have {@code gross} and {@code depreciation} prefixes; liability lines
     * have {@code gross} only (their accounts). {@code result} marks the line that receives the year's result.
     * {@code anySign}: gross prefixes taken whatever their sign, although {@code when} restricts the others
     * (cash 53 in credit is impossible and blocked by a check, but stays in the bilan so that it balances).
     */
    public record BalanceLine(String code, String label, List<String> gross, List<String> depreciation,
                              BalanceSign when, boolean result, List<String> anySign) {

        public BalanceLine(String code, String label, List<String> gross, List<String> depreciation,
                           BalanceSign when, boolean result) {
            this(code, label, gross, depreciation, when, result, List.of());
        }
    }

    public record BalanceGroup(String code, String label, List<BalanceLine> lines) {
    }
}
