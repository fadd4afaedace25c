package org.cloture.statements.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.statements.annex.Ledgers.line;

import java.time.LocalDate;
import java.util.List;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.OpeningEntries;
import org.junit.jupiter.api.Test;

class MovementCollectorTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    private static List<AccountMovement> collect(List<LedgerLine> lines) {
        MovementCollector collector = new MovementCollector(FIRST_DAY);
        lines.forEach(collector);
        return collector.movements();
    }

    @Test
    void anOpeningJournalHoldsTheANouveauxAndAFirstDayPurchaseIsAMovement() {
        List<AccountMovement> movements = collect(List.of(
                line("AN", "1", "2023-01-01", "218300", "11400.00", "0.00"),
                line("AN", "1", "2023-01-01", "281830", "0.00", "8300.00"),
                line("AN", "1", "2023-01-01", "512100", "1900.00", "0.00"),
                line("AN", "1", "2023-01-01", "194000", "0.00", "5000.00"),
                // classes 1-5 only on the first day, but the year has an AN journal: a purchase
                line("BQ", "1", "2023-01-01", "218300", "600.00", "0.00"),
                line("BQ", "1", "2023-01-01", "512100", "0.00", "600.00"),
                line("OD", "2", "2023-06-30", "281830", "500.00", "0.00"),
                line("OD", "2", "2023-06-30", "218300", "0.00", "500.00"),
                line("OD", "3", "2023-12-31", "681100", "2200.00", "0.00"),
                line("OD", "3", "2023-12-31", "281830", "0.00", "2200.00")));

        assertThat(movements).extracting(AccountMovement::account).containsExactly("194000", "218300", "281830");
        AccountMovement equipment = movements.get(1);
        assertThat(equipment.opening()).isEqualByComparingTo("11400.00");
        assertThat(equipment.debits()).isEqualByComparingTo("600.00");
        assertThat(equipment.credits()).isEqualByComparingTo("500.00");
        assertThat(equipment.closing()).isEqualByComparingTo("11500.00");
        AccountMovement depreciation = movements.get(2);
        assertThat(depreciation.opening()).isEqualByComparingTo("-8300.00");
        assertThat(depreciation.closing()).isEqualByComparingTo("-10000.00");
    }

    @Test
    void anOpeningBookedAccountByAccountAgainst890InAJournalOfItsOwnIsNoIncrease() {
        List<AccountMovement> movements = collect(List.of(
                line("REP", "1", "2023-01-01", "218300", "11400.00", "0.00"),
                line("REP", "1", "2023-01-01", "890000", "0.00", "11400.00"),
                line("REP", "2", "2023-01-01", "281830", "0.00", "8300.00"),
                line("REP", "2", "2023-01-01", "890000", "8300.00", "0.00"),
                // the same day, an ordinary purchase paid by bank: an increase
                line("BQ", "7", "2023-01-01", "218300", "600.00", "0.00"),
                line("BQ", "7", "2023-01-01", "512100", "0.00", "600.00")));

        AccountMovement equipment = movements.stream().filter(movement -> movement.account().equals("218300"))
                .findFirst().orElseThrow();
        assertThat(equipment.opening()).isEqualByComparingTo("11400.00");
        assertThat(equipment.debits()).isEqualByComparingTo("600.00");
        AccountMovement depreciation = movements.stream().filter(movement -> movement.account().equals("281830"))
                .findFirst().orElseThrow();
        assertThat(depreciation.opening()).isEqualByComparingTo("-8300.00");
        assertThat(depreciation.credits()).isEqualByComparingTo("0.00");
    }

    @Test
    void withoutAnOpeningJournalBalanceSheetOnlyEntriesOfTheFirstDayAreTheANouveaux() {
        List<AccountMovement> movements = collect(List.of(
                line("OD", "1", "2023-01-01", "218300", "1000.00", "0.00"),
                line("OD", "1", "2023-01-01", "102000", "0.00", "1000.00"),
                // first day, but with an income account: an ordinary entry
                line("OD", "2", "2023-01-01", "218300", "300.00", "0.00"),
                line("OD", "2", "2023-01-01", "775000", "0.00", "300.00"),
                line("OD", "3", "2023-03-01", "218300", "0.00", "100.00"),
                line("OD", "3", "2023-03-01", "512000", "100.00", "0.00")));

        AccountMovement equipment = movements.get(0);
        assertThat(equipment.account()).isEqualTo("218300");
        assertThat(equipment.opening()).isEqualByComparingTo("1000.00");
        assertThat(equipment.debits()).isEqualByComparingTo("300.00");
        assertThat(equipment.credits()).isEqualByComparingTo("100.00");
    }

    @Test
    void openingJournalCodesAreRecognisedWhateverTheirCase() {
        assertThat(List.of("AN", "ran", " ANO ", "Ouv")).allMatch(OpeningEntries::isOpeningJournal);
        assertThat(List.of("BQ", "OD", "")).noneMatch(OpeningEntries::isOpeningJournal);
        assertThat(OpeningEntries.isOpeningJournal(null)).isFalse();
    }
}
