package org.cloture.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.statements.BalanceSheetLine.Side;
import org.cloture.statements.StatementLayout.BalanceGroup;
import org.cloture.statements.StatementLayout.BalanceLine;
import org.cloture.statements.StatementLayout.BalanceSign;
import org.cloture.statements.StatementLayout.Group;
import org.cloture.statements.StatementLayout.Line;
import org.cloture.statements.StatementLayout.Nature;
import org.cloture.statements.StatementLayout.Result;

/**
 * Applies a {@link StatementLayout} to the trial balances of a year and of the previous year:
 * the one place where accounts become statement lines.
 */
public final class StatementEngine {

    private final StatementLayout layout;
    private final List<Target> balanceTargets;

    public StatementEngine(StatementLayout layout) {
        this.layout = layout;
        this.balanceTargets = balanceTargets(layout);
    }

    /**
     * @param previous    the previous year's trial balance, or null when not available
     * @param extraInKind contributions in kind not booked in the ledger (class 8 balances), per year
     */
    public Statements compute(TrialBalance current, TrialBalance previous,
                              List<AccountBalance> extraInKind, List<AccountBalance> previousExtraInKind) {
        List<Finding> findings = new ArrayList<>();
        YearAmounts now = amounts(current, extraInKind, findings);
        YearAmounts before = previous == null ? null : amounts(previous, previousExtraInKind, new ArrayList<>());
        return new Statements(incomeStatement(now, before), balanceSheet(now, before), findings, layout, null);
    }

    /**
     * The statements of a year whose previous year has no ledger here, with the N-1 column taken from the
     * amounts the association published (line code → amount, net for the bilan): totals and results of N-1
     * are recomputed from those lines by the same layout, never typed in.
     */
    public Statements compute(TrialBalance current, Map<String, BigDecimal> publishedPrevious,
                              List<AccountBalance> extraInKind) {
        List<Finding> findings = new ArrayList<>();
        YearAmounts now = amounts(current, extraInKind, findings);
        YearAmounts before = new YearAmounts();
        publishedPrevious.forEach(before.amounts::put);
        computeIncomeTotals(before);
        before.totals.put("inKindIncome", sum(before, layout.inKindIncome()));
        before.totals.put("inKindExpenses", sum(before, layout.inKindExpenses()));
        return new Statements(incomeStatement(now, before), balanceSheet(now, before), findings, layout, null);
    }

    /** Every line code of the layout a published N-1 amount may be given for. */
    public java.util.Set<String> lineCodes() {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        layout.incomeGroups().forEach(group -> group.lines().forEach(line -> codes.add(line.code())));
        layout.inKindIncome().forEach(line -> codes.add(line.code()));
        layout.inKindExpenses().forEach(line -> codes.add(line.code()));
        for (List<BalanceGroup> side : List.of(layout.assets(), layout.liabilities())) {
            side.forEach(group -> group.lines().stream().filter(line -> !line.result())
                    .forEach(line -> codes.add(line.code())));
        }
        return codes;
    }

    // --- One year's amounts -------------------------------------------------------------------

    /** Line amounts and contributing accounts of one year, keyed by line code. */
    private static final class YearAmounts {
        final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        final Map<String, BigDecimal> depreciation = new LinkedHashMap<>();
        final Map<String, TreeSet<String>> accounts = new LinkedHashMap<>();
        final Map<String, BigDecimal> totals = new LinkedHashMap<>();
        /** Per line, the amount of each account: the detail lines. */
        final Map<String, TreeMap<String, BigDecimal>> perAccount = new LinkedHashMap<>();
        final Map<String, String> labels = new LinkedHashMap<>();
        /** Per in-kind line, where its amounts come from (FEC account, hours × rate, association.yml). */
        final Map<String, LinkedHashSet<String>> bases = new LinkedHashMap<>();

        void add(String code, String account, BigDecimal amount) {
            amounts.merge(code, amount, BigDecimal::add);
            accounts.computeIfAbsent(code, key -> new TreeSet<>()).add(account);
            perAccount.computeIfAbsent(code, key -> new TreeMap<>()).merge(account, amount, BigDecimal::add);
        }

        void add(String code, AccountBalance balance, BigDecimal amount) {
            add(code, balance.account(), amount);
            if (balance.label() != null) {
                labels.putIfAbsent(balance.account(), balance.label());
            }
        }

        void basis(String code, String basis) {
            bases.computeIfAbsent(code, key -> new LinkedHashSet<>()).add(basis);
        }

        String basisOf(String code) {
            LinkedHashSet<String> basis = bases.get(code);
            return basis == null ? null : String.join(" ; ", basis);
        }

        void addDepreciation(String code, String account, BigDecimal amount) {
            depreciation.merge(code, amount, BigDecimal::add);
            accounts.computeIfAbsent(code, key -> new TreeSet<>()).add(account);
        }

        BigDecimal amount(String code) {
            return amounts.getOrDefault(code, Amounts.ZERO);
        }

        BigDecimal depreciationOf(String code) {
            return depreciation.getOrDefault(code, Amounts.ZERO);
        }
    }

    private YearAmounts amounts(TrialBalance trialBalance, List<AccountBalance> extraInKind, List<Finding> findings) {
        YearAmounts year = new YearAmounts();
        List<Line> allLines = layout.incomeGroups().stream().flatMap(group -> group.lines().stream()).toList();
        // An account feeds exactly one ordinary line; a "dont" line then takes the part of that line it names.
        List<Line> incomeLines = allLines.stream().filter(line -> !line.isPart()).toList();
        List<Line> partLines = allLines.stream().filter(Line::isPart).toList();
        for (AccountBalance balance : trialBalance.byAccount()) {
            char accountClass = balance.accountClass();
            if (accountClass == '6' || accountClass == '7') {
                // An account kept with its former meaning (777 in 2025) is placed as the account replacing it.
                Optional<AccountRenumbering.Rule> renumbered = layout.renumbering().forCurrentYear(balance.account());
                String placedAs = renumbered.map(rule -> rule.renumber(balance.account())).orElse(balance.account());
                Optional<Line> line = PrefixMatcher.longest(placedAs, incomeLines, Line::prefixes);
                line.ifPresentOrElse(found -> {
                    year.add(found.code(), balance, signed(balance));
                    List<Line> parts = partLines.stream().filter(part -> part.partOf().equals(found.code())).toList();
                    PrefixMatcher.longest(placedAs, parts, Line::prefixes)
                            .ifPresent(part -> year.add(part.code(), balance, signed(balance)));
                    renumbered.filter(rule -> balance.balance().signum() != 0)
                            .ifPresent(rule -> findings.add(oldMeaning(balance, rule, found)));
                }, () -> unmapped(balance, findings));
            }
        }
        accountChecks(trialBalance, findings);
        for (AccountBalance balance : trialBalance.detailed()) {
            char accountClass = balance.accountClass();
            if (accountClass >= '1' && accountClass <= '5' && balance.balance().signum() != 0) {
                classifyInBalanceSheet(balance, year, findings);
            } else if (accountClass < '1' || accountClass > '8') {
                unmapped(balance, findings);
            }
        }
        for (AccountBalance balance : trialBalance.byAccount()) {
            if (balance.accountClass() == '8') {
                inKind(year, balance, "FEC, compte " + balance.account(), findings);
            }
        }
        for (AccountBalance balance : extraInKind == null ? List.<AccountBalance>of() : extraInKind) {
            inKind(year, balance, balance.label() == null ? "association.yml" : balance.label(), findings);
        }
        computeIncomeTotals(year);
        year.totals.put("inKindIncome", sum(year, layout.inKindIncome()));
        year.totals.put("inKindExpenses", sum(year, layout.inKindExpenses()));
        return year;
    }

    private void inKind(YearAmounts year, AccountBalance balance, String basis, List<Finding> findings) {
        boolean resource = balance.account().startsWith("87");
        List<Line> lines = resource ? layout.inKindIncome() : layout.inKindExpenses();
        PrefixMatcher.longest(balance.account(), lines, Line::prefixes).ifPresentOrElse(line -> {
            year.add(line.code(), balance, resource ? balance.balance().negate() : balance.balance());
            year.basis(line.code(), basis);
        }, () -> unmapped(balance, findings));
    }

    /** The account-level checks of the layout (754 unsplit, cash in credit, result not allocated…). */
    private void accountChecks(TrialBalance trialBalance, List<Finding> findings) {
        for (StatementLayout.AccountCheck rule : layout.accountChecks()) {
            for (AccountBalance balance : trialBalance.byAccount()) {
                BigDecimal amount = balance.balance();
                boolean signMatches = switch (rule.when()) {
                    case ANY -> amount.signum() != 0;
                    case DEBIT -> amount.signum() > 0;
                    case CREDIT -> amount.signum() < 0;
                };
                if (signMatches && startsWithAny(balance.account(), rule.prefixes())
                        && !startsWithAny(balance.account(), rule.except())) {
                    findings.add(Finding.of(CheckId.valueOf(rule.check()), null, balance.account(),
                            balance.account(), balance.label(), FrenchFormat.amount(amount.abs())));
                }
            }
        }
    }

    /** An account of the old chart in a year of the new layout: which account to use, and where it went. */
    private Finding oldMeaning(AccountBalance balance, AccountRenumbering.Rule rule, Line line) {
        CheckId check = CheckId.ACCOUNT_OLD_MEANING;
        return new Finding(check, check.defaultSeverity(),
                check.message(balance.account(), balance.label() == null ? rule.oldMeaning() : balance.label(),
                        rule.oldMeaning(), rule.use(), FrenchFormat.amount(signed(balance)), line.label()),
                check.hint(), null, balance.account());
    }

    /** The ordinary income-statement line an account (of a year in this layout) feeds, if any. */
    public Optional<Line> incomeLineOf(String account) {
        return PrefixMatcher.longest(account, layout.incomeGroups().stream().flatMap(group -> group.lines().stream())
                .filter(line -> !line.isPart()).toList(), Line::prefixes);
    }

    public StatementLayout layout() {
        return layout;
    }

    private static boolean startsWithAny(String account, List<String> prefixes) {
        return prefixes.stream().anyMatch(account::startsWith);
    }

    private static BigDecimal signed(AccountBalance balance) {
        return balance.accountClass() == '7' ? balance.balance().negate() : balance.balance();
    }

    private void computeIncomeTotals(YearAmounts year) {
        for (Group group : layout.incomeGroups()) {
            year.totals.put(group.code(), sum(year, group.lines()));
        }
        for (Result result : layout.results()) {
            BigDecimal value = Amounts.ZERO;
            for (String plus : result.plus()) {
                value = value.add(year.totals.get(plus));
            }
            for (String minus : result.minus()) {
                value = value.subtract(year.totals.get(minus));
            }
            year.totals.put(result.code(), value);
        }
    }

    /** Σ of the ordinary lines: a "dont" line is already inside its parent. */
    private static BigDecimal sum(YearAmounts year, List<Line> lines) {
        return lines.stream().filter(line -> !line.isPart()).map(line -> year.amount(line.code()))
                .reduce(Amounts.ZERO, BigDecimal::add);
    }

    private void classifyInBalanceSheet(AccountBalance balance, YearAmounts year, List<Finding> findings) {
        BalanceSign sign = balance.balance().signum() > 0 ? BalanceSign.DEBIT : BalanceSign.CREDIT;
        List<Target> candidates = balanceTargets.stream()
                .filter(target -> target.when == BalanceSign.ANY || target.when == sign).toList();
        PrefixMatcher.longest(balance.account(), candidates, Target::prefixes).ifPresentOrElse(target -> {
            switch (target.role) {
                case GROSS -> year.add(target.code, balance, balance.balance());
                case DEPRECIATION -> year.addDepreciation(target.code, balance.account(), balance.balance().negate());
                case LIABILITY -> year.add(target.code, balance.account(), balance.balance().negate());
            }
        }, () -> unmapped(balance, findings));
    }

    private static void unmapped(AccountBalance balance, List<Finding> findings) {
        if (balance.balance().signum() == 0) {
            return;
        }
        char accountClass = balance.accountClass();
        Severity severity = accountClass >= '1' && accountClass <= '7' ? Severity.ERROR : Severity.WARNING;
        CheckId check = CheckId.ACCOUNT_UNMAPPED;
        findings.add(new Finding(check, severity,
                check.message(balance.account(), balance.label() == null ? "sans libellé" : balance.label(),
                        FrenchFormat.amount(balance.balance().abs()) + (balance.balance().signum() > 0 ? " débiteur" : " créditeur")),
                check.hint(), null, balance.account()));
    }

    // --- Bilan targets ---------------------------------------------------------------------------

    private enum Role { GROSS, DEPRECIATION, LIABILITY }

    private record Target(String code, Role role, BalanceSign when, List<String> prefixes) {
    }

    private static List<Target> balanceTargets(StatementLayout layout) {
        List<Target> targets = new ArrayList<>();
        for (BalanceGroup group : layout.assets()) {
            for (BalanceLine line : group.lines()) {
                targets.add(new Target(line.code(), Role.GROSS, line.when(), line.gross()));
                if (!line.anySign().isEmpty()) {
                    targets.add(new Target(line.code(), Role.GROSS, BalanceSign.ANY, line.anySign()));
                }
                targets.add(new Target(line.code(), Role.DEPRECIATION, BalanceSign.ANY, line.depreciation()));
            }
        }
        for (BalanceGroup group : layout.liabilities()) {
            for (BalanceLine line : group.lines()) {
                targets.add(new Target(line.code(), Role.LIABILITY, line.when(), line.gross()));
                if (!line.anySign().isEmpty()) {
                    targets.add(new Target(line.code(), Role.LIABILITY, BalanceSign.ANY, line.anySign()));
                }
            }
        }
        return List.copyOf(targets);
    }

    // --- Presentation ------------------------------------------------------------------------------

    private IncomeStatement incomeStatement(YearAmounts now, YearAmounts before) {
        List<StatementLine> lines = new ArrayList<>();
        for (Group group : layout.incomeGroups()) {
            lines.add(new StatementLine(group.code(), group.label(), StatementLine.Kind.HEADING, List.of(),
                    Amounts.ZERO, before == null ? null : Amounts.ZERO));
            for (Line line : group.lines()) {
                lines.add(line(line, now, before));
            }
            lines.add(new StatementLine(group.code(), "Total " + lowerFirst(group.label()),
                    StatementLine.Kind.GROUP_TOTAL, List.of(), now.totals.get(group.code()), previousTotal(before, group.code())));
            for (Result result : layout.results()) {
                if (result.after().equals(group.code())) {
                    lines.add(new StatementLine(result.code(), result.label(), StatementLine.Kind.RESULT, List.of(),
                            now.totals.get(result.code()), previousTotal(before, result.code())));
                }
            }
        }
        return new IncomeStatement(lines, Map.copyOf(now.totals), before == null ? null : Map.copyOf(before.totals),
                layout.inKindIncome().stream().map(line -> line(line, now, before)).toList(),
                layout.inKindExpenses().stream().map(line -> line(line, now, before)).toList(),
                now.totals.get("inKindIncome"), now.totals.get("inKindExpenses"),
                previousTotal(before, "inKindIncome"), previousTotal(before, "inKindExpenses"));
    }

    private static StatementLine line(Line line, YearAmounts now, YearAmounts before) {
        return new StatementLine(line.code(), line.label(),
                line.isPart() ? StatementLine.Kind.PART : StatementLine.Kind.LINE,
                List.copyOf(accounts(line.code(), now, before)), now.amount(line.code()),
                before == null ? null : before.amount(line.code()),
                line.details() ? details(line.code(), now, before) : null,
                now.basisOf(line.code()), before == null ? null : before.basisOf(line.code()));
    }

    /** One detail per account of the line in either year, labelled as in the FEC (N first, else N-1). */
    private static List<StatementLine.Detail> details(String code, YearAmounts now, YearAmounts before) {
        List<StatementLine.Detail> details = new ArrayList<>();
        for (String account : accounts(code, now, before)) {
            String label = now.labels.containsKey(account) || before == null ? now.labels.get(account)
                    : before.labels.get(account);
            details.add(new StatementLine.Detail(account, label == null ? account : label,
                    now.perAccount.getOrDefault(code, new TreeMap<>()).getOrDefault(account, Amounts.ZERO),
                    before == null ? null
                            : before.perAccount.getOrDefault(code, new TreeMap<>()).getOrDefault(account, Amounts.ZERO)));
        }
        return List.copyOf(details);
    }

    private static BigDecimal previousTotal(YearAmounts before, String code) {
        return before == null ? null : before.totals.get(code);
    }

    private static TreeSet<String> accounts(String code, YearAmounts now, YearAmounts before) {
        TreeSet<String> accounts = new TreeSet<>(now.accounts.getOrDefault(code, new TreeSet<>()));
        if (before != null) {
            accounts.addAll(before.accounts.getOrDefault(code, new TreeSet<>()));
        }
        return accounts;
    }

    private BalanceSheet balanceSheet(YearAmounts now, YearAmounts before) {
        BigDecimal result = now.totals.get("netResult");
        BigDecimal previousResult = before == null ? null : before.totals.get("netResult");
        List<BalanceSheetLine> assets = new ArrayList<>();
        BigDecimal[] assetTotals = side(layout.assets(), Side.ASSETS, now, before, null, null, assets);
        List<BalanceSheetLine> liabilities = new ArrayList<>();
        BigDecimal[] liabilityTotals = side(layout.liabilities(), Side.LIABILITIES, now, before, result, previousResult,
                liabilities);
        return new BalanceSheet(assets, liabilities, assetTotals[0], liabilityTotals[0],
                assetTotals[1], liabilityTotals[1], result);
    }

    /** Adds one side's lines and returns {net total N, net total N-1 or null}. */
    private static BigDecimal[] side(List<BalanceGroup> groups, Side side, YearAmounts now, YearAmounts before,
                                     BigDecimal result, BigDecimal previousResult, List<BalanceSheetLine> out) {
        Totals total = new Totals(before != null);
        for (BalanceGroup group : groups) {
            out.add(new BalanceSheetLine(group.code(), group.label(), side, BalanceSheetLine.Kind.HEADING, List.of(),
                    Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, before == null ? null : Amounts.ZERO));
            Totals groupTotal = new Totals(before != null);
            for (BalanceLine line : group.lines()) {
                BigDecimal gross = line.result() ? result : now.amount(line.code());
                BigDecimal depreciation = now.depreciationOf(line.code());
                BigDecimal previous = before == null ? null
                        : line.result() ? previousResult
                        : before.amount(line.code()).subtract(before.depreciationOf(line.code()));
                out.add(new BalanceSheetLine(line.code(), line.label(), side, BalanceSheetLine.Kind.LINE,
                        List.copyOf(accounts(line.code(), now, before)), gross, depreciation,
                        gross.subtract(depreciation), previous));
                groupTotal.add(gross, depreciation, previous);
            }
            out.add(groupTotal.line(group.code(), "Total " + lowerFirst(group.label()), side,
                    BalanceSheetLine.Kind.GROUP_TOTAL));
            total.add(groupTotal.gross, groupTotal.depreciation, groupTotal.previous);
        }
        String code = side == Side.ASSETS ? "totalAssets" : "totalLiabilities";
        String label = side == Side.ASSETS ? "Total actif" : "Total passif";
        out.add(total.line(code, label, side, BalanceSheetLine.Kind.TOTAL));
        return new BigDecimal[] {total.gross.subtract(total.depreciation), total.previous};
    }

    /** Running gross, depreciation and previous-net totals of a group or a side. */
    private static final class Totals {
        BigDecimal gross = Amounts.ZERO;
        BigDecimal depreciation = Amounts.ZERO;
        BigDecimal previous;

        Totals(boolean withPrevious) {
            previous = withPrevious ? Amounts.ZERO : null;
        }

        void add(BigDecimal moreGross, BigDecimal moreDepreciation, BigDecimal morePrevious) {
            gross = gross.add(moreGross);
            depreciation = depreciation.add(moreDepreciation);
            previous = previous == null || morePrevious == null ? previous : previous.add(morePrevious);
        }

        BalanceSheetLine line(String code, String label, Side side, BalanceSheetLine.Kind kind) {
            return new BalanceSheetLine(code, label, side, kind, List.of(), gross, depreciation,
                    gross.subtract(depreciation), previous);
        }
    }

    private static String lowerFirst(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** Every account of a trial balance that the layout leaves without a line (for tests and checks). */
    public List<Finding> unmappedAccounts(TrialBalance trialBalance) {
        List<Finding> findings = new ArrayList<>();
        amounts(trialBalance, List.of(), findings);
        return findings;
    }

}
