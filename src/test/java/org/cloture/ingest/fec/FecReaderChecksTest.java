package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.fec.FecFixtures.row;
import static org.cloture.ingest.fec.FecFixtures.tabText;
import static org.cloture.ingest.fec.FecFixtures.with;
import static org.cloture.ingest.fec.FecFixtures.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line checks of fec.md §5: severity, location, raw value, and whether the line is kept. */
class FecReaderChecksTest {

    @TempDir
    Path dir;

    private final FecReader reader = new FecReader();

    @Test
    void aLineTheCodeCannotHandleIsRejectedAloneAndTheOtherLinesLoad() throws Exception {
        System.setProperty(org.cloture.source.CheckGuard.INJECT_PROPERTY, "ingest/fec-line-3");
        FecReadResult read;
        try {
            read = read(List.of(row("1", "512000", "5,00", "0,00"), row("1", "756000", "0,00", "5,00"),
                    row("2", "512000", "7,00", "0,00"), row("2", "756000", "0,00", "7,00")));
        } finally {
            System.clearProperty(org.cloture.source.CheckGuard.INJECT_PROPERTY);
        }

        assertThat(read.lines()).hasSize(3);
        assertThat(read.rowsRejected()).isEqualTo(1);
        assertThat(read.rejected().get(0).location().row()).isEqualTo(3);
        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.CHECK_FAILED);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.location().toString()).isEqualTo("fec.txt:3");
        assertThat(finding.message()).contains("Lecture de cette ligne du FEC", "erreur inattendue");
    }

    @Test
    void trailingMinusIsANegativeAmount() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "150,00-", "0,00"), row("1", "756000", "0,00", "-150,00")));

        assertThat(read.findings()).isEmpty();
        assertThat(read.lines().get(0).debit()).isEqualTo(new BigDecimal("-150.00"));
        assertThat(read.lines().get(1).credit()).isEqualTo(new BigDecimal("-150.00"));
    }

    @Test
    void commaAndDotInOneAmountBlockTheLine() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "1.234,56", "0,00"), row("1", "756000", "0,00", "1234,56")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_INVALID_AMOUNT);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.location().toString()).isEqualTo("fec.txt:2:Debit");
        assertThat(finding.value()).isEqualTo("1.234,56");
        assertThat(finding.message()).contains("Debit", "1.234,56");
        assertThat(read.rowsRejected()).isEqualTo(1);
        assertThat(read.rejected().get(0).location().row()).isEqualTo(2);
        assertThat(read.lines()).hasSize(1);
    }

    @Test
    void moreThanTwoDecimalsIsRefusedNotRounded() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "10,005", "0,00")));

        assertThat(only(read.findings()).check()).isEqualTo(CheckId.FEC_INVALID_AMOUNT);
        assertThat(read.lines()).isEmpty();
    }

    @Test
    void wrongFieldCountBlocksAndNamesTheLine() throws Exception {
        List<String> shortRow = row("1", "756000", "0,00", "5,00").subList(0, 15);
        FecReadResult read = read(List.of(row("1", "512000", "5,00", "0,00"), row("1", "512000", "5,00", "0,00"),
                shortRow));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_FIELD_COUNT);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.location().row()).isEqualTo(4);
        assertThat(finding.message()).isEqualTo("Ligne FEC avec 15 champs au lieu de 18");
        assertThat(read.rejected()).singleElement().satisfies(r -> {
            assertThat(r.rawText()).startsWith("BQ\tBanque\t1\t");
            assertThat(r.reason()).isEqualTo(finding.message());
        });
    }

    @Test
    void extraFieldWithAValueBlocksButAnEmptyOneDoesNot() throws Exception {
        List<String> emptyExtra = row("1", "512000", "5,00", "0,00");
        emptyExtra.add("");
        List<String> filledExtra = row("1", "756000", "0,00", "5,00");
        filledExtra.add("5,00");

        FecReadResult read = read(List.of(emptyExtra, filledExtra));

        assertThat(only(read.findings()).location().row()).isEqualTo(3);
        assertThat(read.lines()).singleElement().satisfies(l -> assertThat(l.location().row()).isEqualTo(2));
    }

    @Test
    void missingCompteNumBlocksTheLine() throws Exception {
        FecReadResult read = read(List.of(row("1", "", "5,00", "0,00")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_REQUIRED_FIELD);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.location().toString()).isEqualTo("fec.txt:2:CompteNum");
        assertThat(read.lines()).isEmpty();
    }

    @Test
    void accountNotStartingWithThreeDigitsBlocks() throws Exception {
        FecReadResult read = read(List.of(row("1", "51A000", "5,00", "0,00"), row("1", "7012A", "0,00", "5,00")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_INVALID_ACCOUNT);
        assertThat(finding.value()).isEqualTo("51A000");
        assertThat(read.lines()).extracting(FecLine::accountNum).containsExactly("7012A");
    }

    @Test
    void emptyLabelsAndPieceFieldsWarnButKeepTheLine() throws Exception {
        List<String> row = with(with(with(row("1", "512000", "5,00", "0,00"), "EcritureLib", ""), "PieceRef", " "),
                "ValidDate", "");

        FecReadResult read = read(List.of(row));

        assertThat(read.findings()).extracting(f -> f.location().column())
                .containsExactly("PieceRef", "EcritureLib", "ValidDate");
        assertThat(read.findings()).allMatch(f -> f.check() == CheckId.FEC_OPTIONAL_FIELD && !f.isBlocking());
        assertThat(read.lines()).singleElement().satisfies(l -> {
            assertThat(l.label()).isNull();
            assertThat(l.pieceRef()).isNull();
            assertThat(l.validDate()).isNull();
        });
    }

    @Test
    void invalidRequiredDateBlocksAndInvalidLetteringDateWarns() throws Exception {
        FecReadResult read = read(List.of(with(row("1", "512000", "5,00", "0,00"), "EcritureDate", "2023-03-15"),
                with(row("1", "756000", "0,00", "5,00"), "DateLet", "20230230")));

        assertThat(read.findings()).extracting(Finding::severity, f -> f.location().toString(), Finding::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "fec.txt:2:EcritureDate", "2023-03-15"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "fec.txt:3:DateLet", "20230230"));
        assertThat(read.lines()).singleElement().satisfies(l -> assertThat(l.letterDate()).isNull());
    }

    @Test
    void debitAndCreditBothNonZeroWarnsAndBothZeroIsSilent() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "5,00", "2,00"), row("1", "756000", "0,00", "3,00"),
                row("2", "512000", "0,00", "-0,00")));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_DEBIT_AND_CREDIT);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().row()).isEqualTo(2);
        assertThat(finding.message()).contains("débit 5,00, crédit 2,00");
        assertThat(read.lines()).hasSize(3);
    }

    @Test
    void entryDateOutsideTheFiscalYearWarnsOncePerEntry() throws Exception {
        Path file = write(dir, "fec.txt", tabText(List.of(row("1", "512000", "5,00", "0,00"),
                row("1", "756000", "0,00", "5,00"))), StandardCharsets.UTF_8);

        FecReadResult read = reader.read(file, "fec.txt", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_DATE_OUTSIDE_YEAR);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location().toString()).isEqualTo("fec.txt:2:EcritureDate");
        assertThat(finding.message()).isEqualTo(
                "Écriture BQ 1 datée du 15/03/2023, hors de l'exercice du 01/01/2024 au 31/12/2024");
        assertThat(read.lines()).hasSize(2);
    }

    @Test
    void unbalancedEntryIsReportedOnItsFirstLine() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "60,00", "0,00"), row("1", "756000", "0,00", "50,00"),
                row("2", "512000", "10,00", "0,00"), row("2", "754100", "0,00", "10,00")));

        List<Finding> findings = FecBalanceChecks.check(read.lines());

        assertThat(findings).extracting(Finding::check)
                .containsExactly(CheckId.FEC_UNBALANCED_ENTRY, CheckId.FEC_UNBALANCED_FILE);
        assertThat(findings).allMatch(Finding::isBlocking);
        assertThat(findings.get(0).location().toString()).isEqualTo("fec.txt:2");
        assertThat(findings.get(0).message()).isEqualTo("Écriture BQ 1 déséquilibrée : débit 60,00, crédit 50,00");
        assertThat(findings.get(1).location().toString()).isEqualTo("fec.txt");
    }

    @Test
    void entriesAreKeyedByJournalAndNumber() throws Exception {
        FecReadResult read = read(List.of(row("1", "512000", "5,00", "0,00"), row("1", "756000", "0,00", "5,00"),
                with(row("1", "530000", "7,00", "0,00"), "JournalCode", "CA"),
                with(row("1", "756000", "0,00", "7,00"), "JournalCode", "CA")));

        assertThat(FecBalanceChecks.check(read.lines())).isEmpty();
    }

    @Test
    void emptyFileAndHeaderOnlyFileAreEmpty() throws Exception {
        FecReadResult empty = reader.read(write(dir, "empty.txt", new byte[0]), "empty.txt");
        FecReadResult headerOnly = reader.read(write(dir, "header.txt", tabText(List.of()), StandardCharsets.UTF_8),
                "header.txt");

        assertThat(only(empty.findings()).check()).isEqualTo(CheckId.FILE_EMPTY);
        assertThat(only(headerOnly.findings()).check()).isEqualTo(CheckId.FILE_EMPTY);
        assertThat(empty.lines()).isEmpty();
    }

    @Test
    void binaryGarbageIsUnreadableWithoutException() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;

        FecReadResult read = reader.read(write(dir, "archive.txt", garbage), "archive.txt");

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FILE_UNREADABLE);
        assertThat(finding.location().toString()).isEqualTo("archive.txt");
        assertThat(read.lines()).isEmpty();
    }

    @Test
    void missingFileIsUnreadableWithoutException() {
        FecReadResult read = reader.read(dir.resolve("absent.txt"), "absent.txt");

        assertThat(only(read.findings()).check()).isEqualTo(CheckId.FILE_UNREADABLE);
    }

    @Test
    void textThatIsNotAFecHasAnInvalidHeader() throws Exception {
        Path file = write(dir, "notes.txt", "Date;Libellé;Montant\n15/03/2023;Don;10\n", StandardCharsets.UTF_8);

        FecReadResult read = reader.read(file, "notes.txt");

        Finding finding = only(read.findings());
        assertThat(finding.check()).isEqualTo(CheckId.FEC_HEADER_INVALID);
        assertThat(finding.isBlocking()).isTrue();
        assertThat(finding.message()).contains("JournalCode", "CompteNum", "Debit");
        assertThat(read.rowsRead()).isZero();
    }

    private FecReadResult read(List<List<String>> rows) throws Exception {
        return reader.read(write(dir, "fec.txt", tabText(rows), StandardCharsets.UTF_8), "fec.txt");
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
