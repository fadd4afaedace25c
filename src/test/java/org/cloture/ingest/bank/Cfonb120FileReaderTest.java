package org.cloture.ingest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.ReadSummary;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * CFONB 120 statements written by the test record by record at their fixed positions: several accounts in one
 * file, each between its 01 and 07 balances, 05 complements added to the operation above, mixed line endings,
 * records whose trailing spaces were cut, amounts signed by their last character.
 */
class Cfonb120FileReaderTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path folder;

    @Test
    void twoAccountsWithTheirOperationsComplementsAndBalancesOverMixedLineEndings() throws IOException {
        String file = String.join("",
                balance("01", "10278", "00001", "00020012345", "311223", "1520.40") + "\r\n",
                operation("10278", "00001", "00020012345", "050124", "060124", "COTISATION DUPONT", "30.00") + "\n",
                complement("10278", "00001", "00020012345", "050124", "VIR SEPA DE M DUPONT JEAN") + "\r\n",
                operation("10278", "00001", "00020012345", "080124", "080124", "PRLV ORANGE", "-45.99") + "\r\n",
                balance("07", "10278", "00001", "00020012345", "310124", "1504.41") + "\r\n",
                balance("01", "30003", "01234", "00050987654", "311223", "-200.00").stripTrailing() + "\n",
                operation("30003", "01234", "00050987654", "150124", "150124", "REMISE CHEQUES", "400.00") + "\r",
                balance("07", "30003", "01234", "00050987654", "310124", "200.00").stripTrailing());
        Path path = write("RELEVE.TXT", file);
        CollectingRowSink sink = new CollectingRowSink();

        assertThat(DropFolderIngest.allReaders().stream().filter(reader -> reader.accepts(path)).findFirst())
                .get().isInstanceOf(Cfonb120FileReader.class);
        ReadSummary summary = new Cfonb120FileReader().read(path, "RELEVE.TXT", 2024, CONFIG, sink);

        assertThat(summary.rowsRead()).isEqualTo(3);
        assertThat(sink.bankLines).extracting(BankStatementLine::accountId, line -> line.amount().toPlainString(),
                        BankStatementLine::date, line -> line.location().row())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10278 00001 00020012345", "30.00",
                                LocalDate.of(2024, 1, 5), 2),
                        org.assertj.core.groups.Tuple.tuple("10278 00001 00020012345", "-45.99",
                                LocalDate.of(2024, 1, 8), 4),
                        org.assertj.core.groups.Tuple.tuple("30003 01234 00050987654", "400.00",
                                LocalDate.of(2024, 1, 15), 7));
        assertThat(sink.bankLines.get(0).label()).isEqualTo("COTISATION DUPONT — VIR SEPA DE M DUPONT JEAN");
        assertThat(sink.bankLines.get(0).valueDate()).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(sink.statedBalances).extracting(StatedBalance::timing, balance -> balance.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.OPENING, "1520.40"),
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.CLOSING, "1504.41"),
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.OPENING, "-200.00"),
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.CLOSING, "200.00"));
        assertThat(sink.findings).noneMatch(Finding::isBlocking);
    }

    @Test
    void aBrokenRecordIsReportedAndTheOthersLoad() throws IOException {
        String badAmount = operation("10278", "00001", "00020012345", "050124", "050124", "X", "1.00")
                .substring(0, 90) + "00000000000ZZZ" + " ".repeat(16);
        Path path = write("releve.txt", String.join("\n",
                balance("01", "10278", "00001", "00020012345", "311223", "0.00"),
                badAmount,
                "99" + " ".repeat(118),
                operation("10278", "00001", "00020012345", "070124", "070124", "Y", "-2.00") + "EXTRA",
                operation("10278", "00001", "00020012345", "080124", "080124", "Z", "-3.00"),
                balance("07", "10278", "00001", "00020012345", "310124", "-3.00")));
        CollectingRowSink sink = new CollectingRowSink();

        new Cfonb120FileReader().read(path, "releve.txt", 2024, CONFIG, sink);

        assertThat(sink.bankLines).extracting(line -> line.amount().toPlainString()).containsExactly("-3.00");
        assertThat(sink.rejected).extracting(row -> row.location().row()).containsExactly(2);
        assertThat(sink.findings).extracting(Finding::check).contains(CheckId.INVALID_AMOUNT,
                CheckId.CFONB_RECORD_INVALID);
    }

    @Test
    void aStatementWithoutOperationsIsInformation() throws IOException {
        Path path = write("vide.txt", balance("01", "10278", "00001", "00020012345", "311223", "10.00") + "\r\n"
                + balance("07", "10278", "00001", "00020012345", "310124", "10.00") + "\r\n");
        CollectingRowSink sink = new CollectingRowSink();

        new Cfonb120FileReader().read(path, "vide.txt", 2024, CONFIG, sink);

        assertThat(sink.findings(CheckId.BANK_STATEMENT_EMPTY)).hasSize(1);
        assertThat(sink.statedBalances).hasSize(2);
        assertThat(sink.hasBlockingFinding()).isFalse();
    }

    @Test
    void otherTextFilesAreNotCfonb() throws IOException {
        assertThat(new Cfonb120FileReader().accepts(write("fec.txt",
                "JournalCode\tJournalLib\tEcritureNum\n"))).isFalse();
        assertThat(new Cfonb120FileReader().accepts(write("notes.txt", "01 janvier : réunion du bureau\n"))).isFalse();
    }

    @Test
    void theOverpunchCharacters() {
        assertThat(Overpunch.decode("0000000005607L", 2)).contains(new BigDecimal("-560.73"));
        assertThat(Overpunch.decode("0000000000190E", 2)).contains(new BigDecimal("19.05"));
        assertThat(Overpunch.decode("0000000001944}", 2)).contains(new BigDecimal("-194.40"));
        assertThat(Overpunch.decode("0000000014400{", 2)).contains(new BigDecimal("1440.00"));
        assertThat(Overpunch.decode("00000000144A0{", 2)).isEmpty();
    }

    @Property
    void everyAmountSurvivesItsOverpunchNotation(@ForAll @LongRange(min = -99_999_999_999L, max = 99_999_999_999L)
                                                 long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        assertThat(Overpunch.decode(Overpunch.encode(amount, 14), 2)).contains(amount);
    }

    private Path write(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, text, StandardCharsets.ISO_8859_1);
        return path;
    }

    /** A 01 or 07 record. */
    static String balance(String code, String bank, String branch, String account, String ddmmyy, String amount) {
        return record(code + bank + "    " + branch + "EUR2 " + account + "  " + ddmmyy, 90,
                Overpunch.encode(new BigDecimal(amount), 14));
    }

    static String operation(String bank, String branch, String account, String ddmmyy, String valueDate,
                            String label, String amount) {
        String head = "04" + bank + "0064" + branch + "EUR2 " + account + "05" + ddmmyy + "  " + valueDate
                + pad(label, 31) + "  " + "0001234" + "  ";
        return record(head, 90, Overpunch.encode(new BigDecimal(amount), 14) + pad("REF" + ddmmyy, 16));
    }

    static String complement(String bank, String branch, String account, String ddmmyy, String text) {
        return pad("05" + bank + "0064" + branch + "EUR2 " + account + "05" + ddmmyy + "     " + "LIB" + text, 120);
    }

    private static String record(String head, int amountStart, String tail) {
        return pad(pad(head, amountStart) + tail, 120);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }
}
