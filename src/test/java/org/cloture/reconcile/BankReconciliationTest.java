package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.END;
import static org.cloture.reconcile.Fixtures.START;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * The rapprochement bancaire: one test that triggers and one that does not per check, the ± 5 days boundary,
 * equal amounts paired one to one, the choice of the 512 sub-account and the statement balance at the year end.
 */
class BankReconciliationTest {

    private static final String FILE = "releve.csv";

    // --- BANK_STATEMENT_MISSING --------------------------------------------------------------------------

    @Test
    void withoutAnyStatementTheCheckSaysItWasNotRun() {
        List<Finding> findings = check(List.of(), List.of(), ledger(opening("1000.00")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.BANK_STATEMENT_MISSING);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.message()).contains("input/2023/");
        });
    }

    @Test
    void aStatementThatAgreesWithTheBooksGivesNoFindingAtAll() {
        List<Finding> findings = check(
                List.of(line(2, "2023-01-03", "30.00", "1030.00"), line(3, "2023-02-10", "-120.00", "910.00")),
                List.of(),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00"), bank("2023-02-08", "-120.00")));

        assertThat(findings).isEmpty();
    }

    // --- BANK_STATEMENT_LINE_UNMATCHED -------------------------------------------------------------------

    @Test
    void aBankFeeNotBookedIsListedWithItsRowAndExplainsTheDifference() {
        List<Finding> findings = check(
                List.of(line(2, "2023-01-03", "30.00", "1030.00"), line(3, "2023-01-31", "-8.50", "1021.50")),
                List.of(), ledger(opening("1000.00"), bank("2023-01-02", "30.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.BANK_BALANCE_RECONCILED,
                CheckId.BANK_STATEMENT_LINE_UNMATCHED);
        Finding unmatched = findings.get(1);
        assertThat(unmatched.severity()).isEqualTo(Severity.WARNING);
        assertThat(unmatched.location()).isEqualTo(SourceLocation.ofRow(FILE, null, 3));
        assertThat(unmatched.message()).contains("31/01/2023", "\u22128,50\u202F€", "« FRAIS 3 »", "512100", "± 5 jours");
    }

    // --- BANK_LEDGER_LINE_UNMATCHED and BANK_BALANCE_RECONCILED -----------------------------------------

    @Test
    void aChequeNotYetCashedIsListedAndTheDifferenceIsExplainedAsFrenchPracticeWritesIt() {
        List<Finding> findings = check(List.of(line(2, "2023-01-03", "30.00", "1030.00")), List.of(),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00"), bank("2023-12-28", "-250.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.BANK_BALANCE_RECONCILED,
                CheckId.BANK_LEDGER_LINE_UNMATCHED);
        assertThat(findings.get(0)).satisfies(reconciled -> {
            assertThat(reconciled.severity()).isEqualTo(Severity.INFO);
            assertThat(reconciled.message()).contains("solde du relevé au 31/12/2023 1\u202F030,00\u202F€",
                    "solde comptable 780,00\u202F€", "écart 250,00\u202F€",
                    "1\u202F030,00\u202F€ − opérations du relevé non comptabilisées (0,00\u202F€) + écritures absentes du relevé (\u2212250,00\u202F€) = 780,00\u202F€");
        });
        assertThat(findings.get(1)).satisfies(cheque -> {
            assertThat(cheque.severity()).isEqualTo(Severity.INFO);
            assertThat(cheque.message()).contains("28/12/2023", "crédit 250,00\u202F€");
            assertThat(cheque.location()).isEqualTo(SourceLocation.ofRow("FEC.txt", null, 362));
        });
    }

    // --- BANK_BALANCE_MISMATCH -----------------------------------------------------------------------------

    @Test
    void balancesThatAlreadyDifferedBeforeTheStatementLeaveAnUnexplainedDifference() {
        List<Finding> findings = check(List.of(line(2, "2023-01-03", "30.00", "1130.00")), List.of(),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00")));

        assertThat(findings).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.check()).isEqualTo(CheckId.BANK_BALANCE_MISMATCH);
            assertThat(mismatch.severity()).isEqualTo(Severity.WARNING);
            assertThat(mismatch.message()).contains("1\u202F130,00\u202F€", "1\u202F030,00\u202F€", "écart 100,00\u202F€",
                    "en expliquent 0,00\u202F€, reste 100,00\u202F€ inexpliqué");
            assertThat(mismatch.location()).isEqualTo(SourceLocation.ofRow(FILE, null, 2));
        });
    }

    // --- BANK_STATEMENT_BALANCE_UNKNOWN --------------------------------------------------------------------

    @Test
    void aStatementWithoutAnyBalanceIsMatchedLineByLineAndSaysSo() {
        List<Finding> findings = check(List.of(line(2, "2023-01-03", "30.00", null)), List.of(),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.BANK_STATEMENT_BALANCE_UNKNOWN);
    }

    @Test
    void aStatedBalanceIsEnoughWithoutARunningBalance() {
        List<Finding> findings = check(List.of(line(2, "2023-01-03", "30.00", null)),
                List.of(stated("2023-12-31", StatedBalance.Timing.CLOSING, "1030.00")),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00")));

        assertThat(findings).isEmpty();
    }

    @Test
    void anOpeningBalanceAndTheMovementsGiveTheClosingOne() {
        List<Finding> findings = check(List.of(line(3, "2023-01-03", "30.00", null), line(4, "2023-03-03", "-5.00", null)),
                List.of(stated("2023-01-01", StatedBalance.Timing.OPENING, "1000.00")),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.BANK_BALANCE_RECONCILED,
                CheckId.BANK_STATEMENT_LINE_UNMATCHED);
        assertThat(findings.get(0).message()).contains("solde du relevé au 31/12/2023 1\u202F025,00\u202F€");
    }

    @Test
    void aBalanceStatedAfterTheYearEndIsRolledBackOverTheOperationsOfJanuary() {
        List<Finding> findings = check(
                List.of(line(2, "2023-01-03", "30.00", null), line(3, "2024-01-04", "-250.00", null)),
                List.of(stated("2024-01-10", StatedBalance.Timing.CLOSING, "780.00")),
                ledger(opening("1000.00"), bank("2023-01-02", "30.00"), bank("2023-12-28", "-250.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.BANK_BALANCE_RECONCILED,
                CheckId.BANK_LEDGER_LINE_UNMATCHED);
        assertThat(findings.get(0).message()).contains("solde du relevé au 31/12/2023 1\u202F030,00\u202F€");
    }

    @Test
    void aFileListingTheNewestOperationFirstHasItsBalanceReadFromItsTopRow() {
        List<Finding> findings = check(
                List.of(line(2, "2023-12-30", "-20.00", "1010.00"), line(3, "2023-06-01", "30.00", "1030.00"),
                        line(4, "2023-01-03", "-100.00", "1000.00")),
                List.of(), ledger(opening("1100.00"), bank("2023-01-02", "-100.00"), bank("2023-06-01", "30.00"),
                        bank("2023-12-29", "-20.00")));

        assertThat(findings).isEmpty();
    }

    // --- Matching ---------------------------------------------------------------------------------------------

    @Test
    void datesFiveDaysApartMatchAndSixDaysApartDoNot() {
        List<Finding> fiveDays = check(List.of(line(2, "2023-03-06", "30.00", "1030.00")), List.of(),
                ledger(opening("1000.00"), bank("2023-03-01", "30.00")));
        List<Finding> sixDays = check(List.of(line(2, "2023-03-07", "30.00", "1030.00")), List.of(),
                ledger(opening("1000.00"), bank("2023-03-01", "30.00")));

        assertThat(fiveDays).isEmpty();
        assertThat(sixDays).extracting(Finding::check).containsExactly(CheckId.BANK_STATEMENT_LINE_UNMATCHED,
                CheckId.BANK_LEDGER_LINE_UNMATCHED);
    }

    @Test
    void theValueDateCountsWhenItIsCloserThanTheBookingDate() {
        BankStatementLine deposit = new BankStatementLine(null, LocalDate.parse("2023-03-10"),
                LocalDate.parse("2023-03-03"), "REMISE CHQ", new BigDecimal("30.00"), new BigDecimal("1030.00"), null,
                SourceLocation.ofRow(FILE, null, 2));

        assertThat(check(List.of(deposit), List.of(), ledger(opening("1000.00"), bank("2023-03-02", "30.00")))).isEmpty();
    }

    @Test
    void equalAmountsArePairedOneToOneTheClosestDatesFirst() {
        List<BankStatementLine> statement = List.of(line(2, "2023-01-02", "30.00", null),
                line(3, "2023-01-10", "30.00", null), line(4, "2023-01-11", "30.00", null));
        List<LedgerLine> books = List.of(bank("2023-01-05", "30.00"), bank("2023-01-09", "30.00"));

        BankLineMatching.Result result = BankLineMatching.match(statement, books);

        // 10/01–09/01 (1 day) first, then 02/01–05/01 (3 days); 11/01 is left, though 09/01 was 2 days away.
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.unmatchedStatement()).extracting(line -> line.location().row()).containsExactly(4);
        assertThat(result.unmatchedLedger()).isEmpty();
    }

    @Test
    void closestFirstNeverStrandsALineThatAnotherPairingCouldMatch() {
        // Closest first alone pairs 09/01 with 10/01 (1 day), leaving 13/01 and 06/01 seven days apart.
        List<BankStatementLine> statement = List.of(line(2, "2023-01-09", "25.00", null),
                line(3, "2023-01-13", "25.00", null));
        List<LedgerLine> books = List.of(bank("2023-01-06", "25.00"), bank("2023-01-10", "25.00"));

        BankLineMatching.Result result = BankLineMatching.match(statement, books);

        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.unmatchedStatement()).isEmpty();
        assertThat(result.unmatchedLedger()).isEmpty();
    }

    @Test
    void aCreditOnTheStatementIsADebitOfTheBankAccountNotACredit() {
        BankLineMatching.Result result = BankLineMatching.match(List.of(line(2, "2023-01-02", "30.00", null)),
                List.of(bank("2023-01-02", "-30.00")));

        assertThat(result.matched()).isZero();
    }

    @Test
    void theStatementIsComparedWithThe512SubAccountWhoseLinesItMatchesBest() {
        List<LedgerLine> lines = new ArrayList<>(List.of(opening("1000.00"), bank("2023-01-02", "30.00")));
        lines.add(line512("512200", "2023-02-01", "-500.00", 4));
        lines.add(line512("512200", "2023-03-01", "200.00", 5));
        lines.add(new LedgerLine("AN", "1", START, "512200", "Livret", null, "À nouveau", new BigDecimal("5000.00"),
                new BigDecimal("0.00"), SourceLocation.ofRow("FEC.txt", null, 6)));

        List<Finding> findings = check(List.of(line(2, "2023-02-02", "-500.00", "4500.00"),
                line(3, "2023-03-02", "200.00", "4700.00")), List.of(), TrialBalance.of(lines), lines);

        assertThat(findings).isEmpty();
    }

    // --- Opening entries, whatever their journal -------------------------------------------------------------

    @Test
    void anOpeningBookedInOdIsNeitherAnUnmatchedBankLineNorAnOperation() {
        // Some software books the à-nouveaux in OD: recognised by the first day and the accounts (OpeningEntries).
        LocalDate firstDay = START;
        List<LedgerLine> year = List.of(
                new LedgerLine("OD", "AN1", firstDay, "512100", "Banque", null, "Report", new BigDecimal("1000.00"),
                        new BigDecimal("0.00"), SourceLocation.ofRow("FEC.txt", null, 1)),
                new LedgerLine("OD", "AN1", firstDay, "102000", "Fonds", null, "Report", new BigDecimal("0.00"),
                        new BigDecimal("1000.00"), SourceLocation.ofRow("FEC.txt", null, 2)),
                bank("2023-01-02", "30.00"));
        List<LedgerLine> bankLines = year.stream().filter(line -> line.account().startsWith("512")).toList();

        List<Finding> findings = BankReconciliation.check(List.of(line(2, "2023-01-03", "30.00", "1030.00")),
                List.of(), bankLines, TrialBalance.of(year), START, END, "2023", new BigDecimal("0.00"),
                org.cloture.ledger.OpeningEntries.in(org.cloture.ledger.OpeningEntries.entryKeys(year, firstDay)));

        assertThat(findings).isEmpty();
        // Without the rule, the opening's 512 line is taken for an operation missing from the statement.
        assertThat(check(List.of(line(2, "2023-01-03", "30.00", "1030.00")), List.of(), TrialBalance.of(year),
                bankLines)).extracting(Finding::check).contains(CheckId.BANK_LEDGER_LINE_UNMATCHED);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<Finding> check(List<BankStatementLine> statement, List<StatedBalance> stated,
                                       List<LedgerLine> books) {
        return check(statement, stated, TrialBalance.of(books), books);
    }

    private static List<Finding> check(List<BankStatementLine> statement, List<StatedBalance> stated,
                                       TrialBalance trialBalance, List<LedgerLine> books) {
        return BankReconciliation.check(statement, stated, books, trialBalance, START, END, "2023");
    }

    private static List<LedgerLine> ledger(LedgerLine... lines) {
        return List.of(lines);
    }

    private static BankStatementLine line(int row, String date, String amount, String runningBalance) {
        return new BankStatementLine(null, LocalDate.parse(date), null, "FRAIS " + row, new BigDecimal(amount),
                runningBalance == null ? null : new BigDecimal(runningBalance), null, SourceLocation.ofRow(FILE, null, row));
    }

    private static StatedBalance stated(String date, StatedBalance.Timing timing, String amount) {
        return new StatedBalance(null, LocalDate.parse(date), timing, new BigDecimal(amount),
                SourceLocation.ofRow(FILE, null, 1));
    }

    private static LedgerLine opening(String amount) {
        return new LedgerLine("AN", "1", START, "512100", "Banque", null, "À nouveau", new BigDecimal(amount),
                new BigDecimal("0.00"), SourceLocation.ofRow("FEC.txt", null, 1));
    }

    /** A 512100 line at the row of its day of the year, so that a test names its row by its date. */
    private static LedgerLine bank(String date, String signed) {
        return line512("512100", date, signed, LocalDate.parse(date).getDayOfYear());
    }

    private static LedgerLine line512(String account, String date, String signed, int row) {
        BigDecimal amount = new BigDecimal(signed);
        BigDecimal zero = new BigDecimal("0.00");
        return new LedgerLine("BQ", "E" + row, LocalDate.parse(date), account, "Banque", null, "Écriture " + row,
                amount.signum() > 0 ? amount : zero, amount.signum() < 0 ? amount.negate() : zero,
                SourceLocation.ofRow("FEC.txt", null, row));
    }
}
