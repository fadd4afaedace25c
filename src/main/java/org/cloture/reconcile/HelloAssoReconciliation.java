package org.cloture.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.cloture.banking.BankStatementLine;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * HelloAsso's exports against the bank and the accounts. Each payout HelloAsso made to the bank is one transfer:
 * it must be on the bank statement or in 512, same amount, within a few days ({@link BankLineMatching}). And what
 * HelloAsso collected per kind of campaign (tickets, shop, donations) must be in the income accounts that
 * {@code reconcile/helloasso-income.yml} gives for that kind. Memberships are left to the fee reconciliations
 * (756), since HelloAsso's members are loaded with the register's.
 */
public final class HelloAssoReconciliation {

    static final String RESOURCE = "/reconcile/helloasso-income.yml";
    private static final Map<String, IncomeAccounts> BUILT_IN = load();

    /** The accounts that hold one kind of campaign's takings, and the French word for the kind. */
    record IncomeAccounts(String label, List<String> accounts) {
    }

    private HelloAssoReconciliation() {
    }

    /**
     * Each payout of the year looked for on the statement's operations and among the 512 lines (either will do);
     * one not found is a warning naming its HelloAsso rows. Nothing is said when neither the statement nor 512 is
     * there to look in (the bank reconciliation says so).
     *
     * @param bankLedger the year's lines of the 512 accounts
     */
    public static List<Finding> payouts(List<PlatformTotal> totals, List<BankStatementLine> statement,
                                        List<LedgerLine> bankLedger, LocalDate start, LocalDate end) {
        List<PlatformTotal> payouts = totals.stream().filter(PlatformTotal::isPayout)
                .filter(p -> p.day() != null && !p.day().isBefore(start) && !p.day().isAfter(end)).toList();
        List<LedgerLine> bank = bankLedger.stream()
                .filter(line -> line.account().startsWith(BankReconciliation.BANK_ACCOUNTS)).toList();
        if (payouts.isEmpty() || statement.isEmpty() && bank.isEmpty()) {
            return List.of();
        }
        List<PlatformTotal> notOnStatement = BankLineMatching.pair(payouts, p -> List.of(p.day()), statement,
                BankLineMatching::datesOf, PlatformTotal::amount, BankStatementLine::amount).unmatchedLeft();
        List<PlatformTotal> notIn512 = BankLineMatching.pair(payouts, p -> List.of(p.day()), bank,
                line -> line.date() == null ? List.of() : List.of(line.date()), PlatformTotal::amount,
                LedgerLine::balance).unmatchedLeft();
        String where = statement.isEmpty() ? "au 512" : bank.isEmpty() ? "sur le relevé bancaire"
                : "ni sur le relevé bancaire ni au 512";
        List<Finding> findings = new ArrayList<>();
        for (PlatformTotal payout : payouts) {
            boolean missing = (statement.isEmpty() || notOnStatement.contains(payout))
                    && (bank.isEmpty() || notIn512.contains(payout));
            if (missing) {
                findings.add(Finding.of(CheckId.HELLOASSO_PAYOUT_UNMATCHED, payout.location(),
                        payout.amount().toPlainString(), FrenchFormat.shortDate(payout.day()),
                        FrenchFormat.amount(payout.amount()), payout.rows().size(), where,
                        BankLineMatching.DATE_TOLERANCE_DAYS).withRelated(payout.rowLocations()));
            }
        }
        return findings;
    }

    /** What HelloAsso collected per kind, against the built-in income accounts of each. */
    public static List<Finding> income(List<PlatformTotal> totals, TrialBalance ledger,
                                       Function<String, List<LedgerLine>> linesOf,
                                       BigDecimal tolerance) {
        return income(totals, ledger, linesOf, tolerance, BUILT_IN);
    }

    static List<Finding> income(List<PlatformTotal> totals, TrialBalance ledger,
                                Function<String, List<LedgerLine>> linesOf, BigDecimal tolerance,
                                Map<String, IncomeAccounts> mapping) {
        // The « commandes » export holds money the « paiements » export also holds: counted only without it.
        boolean payments = totals.stream().anyMatch(t -> !t.category().equals("orders"));
        Map<List<String>, List<PlatformTotal>> byAccounts = new LinkedHashMap<>();
        for (PlatformTotal total : totals) {
            IncomeAccounts accounts = mapping.get(total.category());
            if (total.isPayout() || accounts == null || payments && total.category().equals("orders")) {
                continue;
            }
            byAccounts.computeIfAbsent(accounts.accounts(), key -> new ArrayList<>()).add(total);
        }
        List<Finding> findings = new ArrayList<>();
        byAccounts.forEach((accounts, group) -> {
            BigDecimal collected = group.stream().map(PlatformTotal::amount).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal booked = accounts.stream().map(account -> ledger.balanceOf(account).negate())
                    .reduce(Amounts.ZERO, BigDecimal::add);
            if (Amounts.withinTolerance(Amounts.exact(collected), Amounts.exact(booked), tolerance)) {
                return;
            }
            String kinds = String.join(" et ", group.stream().map(t -> mapping.get(t.category()).label())
                    .distinct().toList());
            String accountList = String.join(", ", accounts);
            BigDecimal difference = collected.subtract(booked).abs();
            CheckId check = collected.compareTo(booked) > 0 ? CheckId.HELLOASSO_INCOME_NOT_BOOKED
                    : CheckId.HELLOASSO_INCOME_BELOW_ACCOUNTS;
            List<SourceLocation> related = Stream.concat(group.stream().flatMap(t -> t.rowLocations().stream()),
                    accounts.stream().flatMap(account -> linesOf.apply(account).stream()).map(LedgerLine::location))
                    .toList();
            findings.add(Finding.of(check, group.get(0).location(), collected.toPlainString(), kinds,
                    FrenchFormat.amount(collected), accountList, FrenchFormat.amount(booked),
                    FrenchFormat.amount(difference)).withRelated(related));
        });
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, IncomeAccounts> load() {
        try (InputStream input = HelloAssoReconciliation.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, IncomeAccounts> mapping = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) root.get("incomeAccounts")).forEach((code, entry) -> mapping.put(code,
                    new IncomeAccounts((String) entry.get("label"),
                            ((List<Object>) entry.get("accounts")).stream().map(String::valueOf).toList())));
            return Map.copyOf(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
