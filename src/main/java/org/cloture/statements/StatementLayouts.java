package org.cloture.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * The presentations a year may follow, chosen by the opening date of its fiscal year: ANC 2018-06 for
 * years opened before 2025-01-01, the amended presentation of the modernised chart from then on (a year
 * 2024-07-01 → 2025-06-30 is still in the old one). When a year and its previous year follow different
 * presentations, the previous year's ledger is restated into the year's presentation for the N-1 column.
 */
public final class StatementLayouts {

    private final List<StatementEngine> engines;

    public StatementLayouts(List<StatementLayout> layouts) {
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("At least one statement layout is needed");
        }
        this.engines = layouts.stream().sorted(Comparator.comparing(StatementLayout::appliesFrom))
                .map(StatementEngine::new).toList();
    }

    /** The two reviewed layouts shipped with Clôture. */
    public static StatementLayouts standard() {
        return new StatementLayouts(List.of(StatementLayoutLoader.anc2018(), StatementLayoutLoader.anc2025()));
    }

    /** The engine of the layout in force for a fiscal year opened on {@code fiscalYearStart}. */
    public StatementEngine forFiscalYearStart(LocalDate fiscalYearStart) {
        StatementEngine chosen = engines.get(0);
        for (StatementEngine engine : engines) {
            if (!engine.layout().appliesFrom().isAfter(fiscalYearStart)) {
                chosen = engine;
            }
        }
        return chosen;
    }

    public StatementLayout layoutFor(LocalDate fiscalYearStart) {
        return forFiscalYearStart(fiscalYearStart).layout();
    }

    /**
     * The statements of a year with its previous year's ledger (null when absent), the N-1 column restated
     * into the year's presentation when the previous year was opened under another one.
     */
    public Statements compute(int year, LocalDate start, TrialBalance current, List<AccountBalance> extraInKind,
                              LocalDate previousStart, TrialBalance previous, List<AccountBalance> previousExtraInKind) {
        StatementEngine engine = forFiscalYearStart(start);
        StatementEngine previousEngine = forFiscalYearStart(previousStart);
        if (previous == null || previousEngine == engine) {
            return engine.compute(current, previous, extraInKind, previousExtraInKind);
        }
        Restated restated = restate(year - 1, previous, previousEngine, engine);
        Statements statements = engine.compute(current, restated.trialBalance(), extraInKind, previousExtraInKind);
        return statements.withComparative(restated.note(), restated.findings());
    }

    /** The same with an N-1 column from published statements (line code → amount), which cannot be restated. */
    public Statements compute(int year, LocalDate start, TrialBalance current, List<AccountBalance> extraInKind,
                              LocalDate previousStart, Map<String, BigDecimal> published) {
        StatementEngine engine = forFiscalYearStart(start);
        StatementEngine previousEngine = forFiscalYearStart(previousStart);
        Statements statements = engine.compute(current, published, extraInKind);
        if (previousEngine == engine) {
            return statements;
        }
        ComparativeRestatement note = new ComparativeRestatement(year - 1, previousEngine.layout().title(),
                engine.layout().title(), true, List.of());
        return statements.withComparative(note,
                List.of(Finding.of(CheckId.PUBLISHED_NOT_RESTATED, null, null, year - 1)));
    }

    /** The previous year's trial balance renumbered by the new layout's table, and the note of what moved. */
    public record Restated(TrialBalance trialBalance, ComparativeRestatement note, List<Finding> findings) {
    }

    public static Restated restate(int previousYear, TrialBalance previous, StatementEngine from, StatementEngine to) {
        AccountRenumbering table = to.layout().renumbering();
        List<AccountBalance> balances = new ArrayList<>();
        List<ComparativeRestatement.Move> moves = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (AccountBalance balance : previous.detailed()) {
            AccountRenumbering.Rule rule = table.forComparative(balance.account()).orElse(null);
            if (rule == null) {
                balances.add(balance);
                continue;
            }
            String renumbered = rule.renumber(balance.account());
            String label = balance.label() == null ? rule.oldMeaning() : balance.label();
            balances.add(new AccountBalance(renumbered, balance.auxiliary(), label + " (ex-" + balance.account() + ")",
                    balance.debit(), balance.credit()));
        }
        for (AccountBalance balance : previous.byAccount()) {
            AccountRenumbering.Rule rule = table.forComparative(balance.account()).orElse(null);
            if (rule == null || balance.balance().signum() == 0) {
                continue;
            }
            String renumbered = rule.renumber(balance.account());
            String oldLine = from.incomeLineOf(balance.account()).map(StatementLayout.Line::label).orElse("—");
            String newLine = to.incomeLineOf(renumbered).map(StatementLayout.Line::label).orElse("—");
            java.math.BigDecimal amount = balance.accountClass() == '7' ? balance.balance().negate() : balance.balance();
            moves.add(new ComparativeRestatement.Move(balance.account(), balance.label(), rule.oldMeaning(), renumbered,
                    oldLine, newLine, amount, rule.fallback()));
            if (rule.fallback()) {
                findings.add(Finding.of(CheckId.COMPARATIVE_FALLBACK, null, balance.account(), previousYear,
                        balance.account(), balance.label() == null ? rule.oldMeaning() : balance.label(),
                        org.cloture.money.FrenchFormat.amount(amount), newLine));
            }
        }
        findings.add(0, Finding.of(CheckId.COMPARATIVE_RESTATED, null, null, previousYear + 1, previousYear,
                moves.size()));
        ComparativeRestatement note = new ComparativeRestatement(previousYear, from.layout().title(),
                to.layout().title(), false, moves);
        return new Restated(TrialBalance.fromBalances(balances), note, List.copyOf(findings));
    }
}
