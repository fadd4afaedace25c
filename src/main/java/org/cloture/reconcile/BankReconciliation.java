package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.OpeningEntries;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The rapprochement bancaire: the bank statements of the year folder against the 512 accounts.
 *
 * <ul>
 *   <li>Each statement operation dated in the fiscal year is paired with a 512 line of the same amount within ± 5 days
 *       ({@link BankLineMatching}); the operations left over are listed (warning: the bank moved money the accounts
 *       do not show), and so are the 512 lines left over (info: cheques not yet cashed, deposits not yet credited).
 *   <li>The statement's balance at the year end ({@link StatementBalance}) is compared with the 512 balance of the
 *       trial balance. When they differ by more than {@link #BALANCE_TOLERANCE}, French practice explains the
 *       difference by the items in suspense: statement balance − unmatched statement operations + unmatched 512 lines
 *       = 512 balance. Fully explained, it is an info (the état de rapprochement); otherwise a warning giving the part
 *       left unexplained. Matched pairs having equal amounts, that part is exactly the difference of the two balances
 *       at the start of the fiscal year: an opening entry that is wrong, an item of the previous year's
 *       reconciliation cashed this year, or a statement that does not cover the whole year.
 * </ul>
 *
 * <p>Which 512 account: statements are grouped by the account number they state (OFX ACCTID, a « Compte n° » title
 * row or column; files that state none are taken as one account, e.g. monthly exports), and each group is compared
 * with the 512 sub-account whose lines it matches best (most pairs; on a tie the smallest number). No setting is
 * needed for the usual association, one current account and a savings book whose movements differ. Two bank
 * accounts found in the same sub-account are summed. Without any bank statement, the check says it was not run.
 */
public final class BankReconciliation {

    /** The balances must agree to the cent: a bank statement is exact. */
    public static final BigDecimal BALANCE_TOLERANCE = Amounts.ZERO;
    /** See {@link BankLineMatching#DATE_TOLERANCE_DAYS}. */
    public static final int DATE_TOLERANCE_DAYS = BankLineMatching.DATE_TOLERANCE_DAYS;
    /** The bank accounts of the plan comptable: 512 and its sub-accounts. */
    public static final String BANK_ACCOUNTS = "512";

    private BankReconciliation() {
    }

    /**
     * @param statement   the operations of the year folder's bank statements
     * @param stated      the balances they state
     * @param bankLedger  the year's lines of the 512 accounts (the à-nouveaux included: they are left aside here)
     * @param ledger      the year's trial balance, for the 512 balances at the year end
     * @param yearFolder  the folder name, for the message when no statement was dropped
     */
    public static List<Finding> check(List<BankStatementLine> statement, List<StatedBalance> stated,
                                      List<LedgerLine> bankLedger, TrialBalance ledger, LocalDate start, LocalDate end,
                                      String yearFolder) {
        return check(statement, stated, bankLedger, ledger, start, end, yearFolder, BALANCE_TOLERANCE);
    }

    /** @param balanceTolerance the largest unexplained difference not reported (association.yml tolerances.bank) */
    public static List<Finding> check(List<BankStatementLine> statement, List<StatedBalance> stated,
                                      List<LedgerLine> bankLedger, TrialBalance ledger, LocalDate start, LocalDate end,
                                      String yearFolder, BigDecimal balanceTolerance) {
        return check(statement, stated, bankLedger, ledger, start, end, yearFolder, balanceTolerance,
                line -> OpeningEntries.isOpeningJournal(line.journalCode()));
    }

    /**
     * @param opening the lines of the year's opening entries (OpeningEntries, whatever their journal): they carry
     *                the balance forward and are no bank operation, so they are neither paired nor reported
     */
    public static List<Finding> check(List<BankStatementLine> statement, List<StatedBalance> stated,
                                      List<LedgerLine> bankLedger, TrialBalance ledger, LocalDate start, LocalDate end,
                                      String yearFolder, BigDecimal balanceTolerance,
                                      java.util.function.Predicate<LedgerLine> opening) {
        if (statement.isEmpty() && stated.isEmpty()) {
            return List.of(Finding.of(CheckId.BANK_STATEMENT_MISSING, SourceLocation.ofFile(yearFolder + "/"), null,
                    yearFolder));
        }
        List<LedgerLine> movements = bankLedger.stream().filter(line -> line.account().startsWith(BANK_ACCOUNTS))
                .filter(opening.negate()).toList();
        TreeSet<String> subAccounts = new TreeSet<>();
        movements.forEach(line -> subAccounts.add(line.account()));
        ledger.byAccount().stream().map(AccountBalance::account).filter(account -> account.startsWith(BANK_ACCOUNTS))
                .forEach(subAccounts::add);

        Map<String, List<Statement>> bySubAccount = new TreeMap<>();
        for (Statement group : Statement.byAccount(statement, stated)) {
            String subAccount = bestSubAccount(group, subAccounts, movements, start, end);
            bySubAccount.computeIfAbsent(subAccount, account -> new ArrayList<>()).add(group);
        }
        List<Finding> findings = new ArrayList<>();
        bySubAccount.forEach((subAccount, groups) ->
                findings.addAll(reconcile(subAccount, groups, movements, ledger, start, end, balanceTolerance)));
        return findings;
    }

    /** The statements of one bank account: the lines and balances that state its number, or those that state none. */
    private record Statement(String accountId, List<BankStatementLine> lines, List<StatedBalance> stated) {

        static List<Statement> byAccount(List<BankStatementLine> lines, List<StatedBalance> stated) {
            Map<String, Statement> groups = new LinkedHashMap<>();
            for (BankStatementLine line : lines) {
                groups.computeIfAbsent(Objects.requireNonNullElse(line.accountId(), ""),
                        id -> new Statement(id, new ArrayList<>(), new ArrayList<>())).lines().add(line);
            }
            for (StatedBalance balance : stated) {
                groups.computeIfAbsent(Objects.requireNonNullElse(balance.accountId(), ""),
                        id -> new Statement(id, new ArrayList<>(), new ArrayList<>())).stated().add(balance);
            }
            return List.copyOf(groups.values());
        }

        /** « n° 0001234 (releve.csv) », for messages. */
        String name() {
            String file = !lines.isEmpty() ? lines.get(0).location().file() : stated.get(0).location().file();
            return accountId.isEmpty() ? file : "n° " + accountId + ", " + file;
        }

        List<BankStatementLine> within(LocalDate from, LocalDate end) {
            return lines.stream().filter(line -> !line.date().isBefore(from) && !line.date().isAfter(end)).toList();
        }
    }

    private static String bestSubAccount(Statement group, TreeSet<String> subAccounts, List<LedgerLine> movements,
                                         LocalDate start, LocalDate end) {
        if (subAccounts.isEmpty()) {
            return BANK_ACCOUNTS;
        }
        String best = subAccounts.first();
        int bestPairs = -1;
        List<BankStatementLine> lines = group.within(start, end);
        for (String subAccount : subAccounts) {
            int pairs = BankLineMatching.match(lines, linesOf(subAccount, movements, start, end)).matched();
            if (pairs > bestPairs) {
                best = subAccount;
                bestPairs = pairs;
            }
        }
        return best;
    }

    private static List<LedgerLine> linesOf(String subAccount, List<LedgerLine> movements, LocalDate from,
                                            LocalDate end) {
        return movements.stream().filter(line -> line.account().equals(subAccount) || subAccount.equals(BANK_ACCOUNTS))
                .filter(line -> line.date() != null && !line.date().isBefore(from) && !line.date().isAfter(end))
                .toList();
    }

    private static List<Finding> reconcile(String subAccount, List<Statement> groups, List<LedgerLine> movements,
                                           TrialBalance ledger, LocalDate start, LocalDate end, BigDecimal tolerance) {
        List<BankStatementLine> operations = groups.stream().flatMap(group -> group.within(start, end).stream()).toList();
        BankLineMatching.Result matching = BankLineMatching.match(operations, linesOf(subAccount, movements, start, end));

        List<Finding> findings = new ArrayList<>();
        String names = String.join(" ; ", groups.stream().map(Statement::name).toList());
        Optional<BigDecimal> statementBalance = Optional.of(Amounts.ZERO);
        SourceLocation balanceSource = null;
        for (Statement group : groups) {
            Optional<StatementBalance.AtDay> atEnd = new StatementBalance(group.lines(), group.stated()).at(end);
            if (atEnd.isEmpty()) {
                statementBalance = Optional.empty();
                findings.add(Finding.of(CheckId.BANK_STATEMENT_BALANCE_UNKNOWN, firstLocation(group), null,
                        group.name(), subAccount));
            } else {
                statementBalance = statementBalance.map(sum -> sum.add(atEnd.get().amount()));
                balanceSource = balanceSource == null ? atEnd.get().source() : balanceSource;
            }
        }
        if (statementBalance.isPresent()) {
            BigDecimal books = bookBalance(subAccount, ledger);
            BigDecimal bank = statementBalance.get();
            BigDecimal notBooked = sum(matching.unmatchedStatement().stream().map(BankStatementLine::amount).toList());
            BigDecimal notOnStatement = sum(matching.unmatchedLedger().stream().map(LedgerLine::balance).toList());
            BigDecimal difference = bank.subtract(books);
            BigDecimal unexplained = bank.subtract(notBooked).add(notOnStatement).subtract(books);
            if (unexplained.abs().compareTo(tolerance) > 0) {
                findings.add(Finding.of(CheckId.BANK_BALANCE_MISMATCH, balanceSource, bank.toPlainString(), subAccount,
                        names, FrenchFormat.shortDate(end), FrenchFormat.amount(bank), FrenchFormat.amount(books),
                        FrenchFormat.amount(difference), FrenchFormat.amount(difference.subtract(unexplained)),
                        FrenchFormat.amount(unexplained)));
            } else if (difference.abs().compareTo(tolerance) > 0) {
                findings.add(Finding.of(CheckId.BANK_BALANCE_RECONCILED, balanceSource, bank.toPlainString(),
                        subAccount, names, FrenchFormat.shortDate(end), FrenchFormat.amount(bank),
                        FrenchFormat.amount(books), FrenchFormat.amount(difference), FrenchFormat.amount(bank),
                        FrenchFormat.amount(notBooked), FrenchFormat.amount(notOnStatement), FrenchFormat.amount(books)));
            }
        }
        for (BankStatementLine line : matching.unmatchedStatement()) {
            findings.add(Finding.of(CheckId.BANK_STATEMENT_LINE_UNMATCHED, line.location(), line.amount().toPlainString(),
                    FrenchFormat.shortDate(line.date()), FrenchFormat.amount(line.amount()), line.label(), subAccount,
                    DATE_TOLERANCE_DAYS));
        }
        for (LedgerLine line : matching.unmatchedLedger()) {
            String side = line.balance().signum() >= 0 ? "débit " + FrenchFormat.amount(line.balance())
                    : "crédit " + FrenchFormat.amount(line.balance().negate());
            findings.add(Finding.of(CheckId.BANK_LEDGER_LINE_UNMATCHED, line.location(), line.balance().toPlainString(),
                    FrenchFormat.shortDate(line.date()), line.account(), side, line.label(), DATE_TOLERANCE_DAYS));
        }
        return findings;
    }

    /** The 512 sub-account's balance at the year end, à-nouveaux included (debit positive: money at the bank). */
    private static BigDecimal bookBalance(String subAccount, TrialBalance ledger) {
        if (subAccount.equals(BANK_ACCOUNTS)) {
            return Amounts.exact(ledger.balanceOf(BANK_ACCOUNTS));
        }
        return Amounts.exact(ledger.byAccount().stream().filter(balance -> balance.account().equals(subAccount))
                .map(AccountBalance::balance).reduce(Amounts.ZERO, BigDecimal::add));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Amounts.ZERO, BigDecimal::add);
    }

    private static SourceLocation firstLocation(Statement group) {
        return !group.lines().isEmpty() ? SourceLocation.ofFile(group.lines().get(0).location().file())
                : SourceLocation.ofFile(group.stated().get(0).location().file());
    }
}
