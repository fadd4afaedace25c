package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.fec.FecFixtures.HEADER;
import static org.cloture.ingest.fec.FecFixtures.row;
import static org.cloture.ingest.fec.FecFixtures.tabText;
import static org.cloture.ingest.fec.FecFixtures.text;
import static org.cloture.ingest.fec.FecFixtures.with;
import static org.cloture.ingest.fec.FecFixtures.workedExample;
import static org.cloture.ingest.fec.FecFixtures.write;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Physical format: separators, encodings, line ends, header variants (fec.md §2–§3). */
class FecReaderFormatTest {

    @TempDir
    Path dir;

    private final FecReader reader = new FecReader();

    @Test
    void tabAndPipeFilesReadTheSame() throws Exception {
        FecReadResult tab = reader.read(write(dir, "tab.txt", tabText(workedExample()), StandardCharsets.UTF_8), "tab.txt");
        FecReadResult pipe = reader.read(write(dir, "pipe.txt",
                text("|", "\n", HEADER, workedExample()), StandardCharsets.UTF_8), "pipe.txt");

        assertThat(tab.separator()).isEqualTo('\t');
        assertThat(pipe.separator()).isEqualTo('|');
        assertThat(pipe.findings()).isEmpty();
        assertThat(pipe.lines()).extracting(FecLine::credit)
                .containsExactlyElementsOf(tab.lines().stream().map(FecLine::credit).toList());
        assertThat(pipe.lines().get(0).debit()).isEqualTo(new BigDecimal("60.00"));
        assertThat(pipe.lines().get(0).location().toString()).isEqualTo("pipe.txt:2");
    }

    @Test
    void bomIsStrippedAndTheFileReadAsUtf8() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(tabText(List.of(with(row("1", "512000", "5,00", "0,00"), "EcritureLib", "Réglé"),
                row("1", "756000", "0,00", "5,00"))).getBytes(StandardCharsets.UTF_8));

        FecReadResult read = reader.read(write(dir, "bom.txt", bytes.toByteArray()), "bom.txt");

        assertThat(read.findings()).isEmpty();
        assertThat(read.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read.lines()).hasSize(2);
        assertThat(read.lines().get(0).journalCode()).isEqualTo("BQ");
        assertThat(read.lines().get(0).label()).isEqualTo("Réglé");
    }

    @Test
    void bytesInC1RangeMeanWindows1252() throws Exception {
        String label = "Œuvre – don 5 €";
        Path file = write(dir, "cp1252.txt", tabText(List.of(with(row("1", "512000", "5,00", "0,00"),
                "EcritureLib", label), row("1", "756000", "0,00", "5,00"))), FecEncoding.WINDOWS_1252);

        FecReadResult read = reader.read(file, "cp1252.txt");

        assertThat(read.charset()).isEqualTo(FecEncoding.WINDOWS_1252);
        assertThat(read.lines().get(0).label()).isEqualTo(label);
    }

    @Test
    void singleByteAccentsWithoutC1MeanIso885915() throws Exception {
        Path file = write(dir, "latin.txt", tabText(List.of(with(row("1", "512000", "5,00", "0,00"),
                "CompteLib", "Dépôts"), row("1", "756000", "0,00", "5,00"))), FecEncoding.ISO_8859_15);

        FecReadResult read = reader.read(file, "latin.txt");

        assertThat(read.charset()).isEqualTo(FecEncoding.ISO_8859_15);
        assertThat(read.lines().get(0).accountLib()).isEqualTo("Dépôts");
    }

    @Test
    void crlfWithoutFinalEolKeepsValuesCleanAndLineNumbersRight() throws Exception {
        String crlf = text("\t", "\r\n", HEADER, workedExample());
        String noFinalEol = crlf.substring(0, crlf.length() - 2);

        FecReadResult read = reader.read(write(dir, "crlf.txt", noFinalEol, StandardCharsets.UTF_8), "crlf.txt");

        assertThat(read.findings()).isEmpty();
        assertThat(read.lines()).hasSize(3);
        assertThat(read.lines()).extracting(l -> l.location().row()).containsExactly(2, 3, 4);
        assertThat(read.lines()).allSatisfy(l -> assertThat(l.currency()).isNull());
        assertThat(read.lines().get(2).validDate()).hasToString("2023-03-20");
    }

    @Test
    void finalEmptyLinesAreIgnored() throws Exception {
        String text = tabText(workedExample()) + "\n\r\n";

        FecReadResult read = reader.read(write(dir, "eol.txt", text, StandardCharsets.UTF_8), "eol.txt");

        assertThat(read.findings()).isEmpty();
        assertThat(read.rowsRead()).isEqualTo(3);
    }

    @Test
    void headerNamesMatchLooselyAndExtraColumnsAreTolerated() throws Exception {
        List<String> header = new ArrayList<>(HEADER);
        header.set(0, " journal code ");
        header.set(11, "Débit");
        header.set(12, "CRÉDIT");
        header.set(16, "Montant devise");
        header.add("IdClient");
        header.add("NatOp");
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : workedExample()) {
            List<String> extended = new ArrayList<>(row);
            extended.set(16, "12,00");
            extended.set(17, "USD");
            extended.add("C42");
            extended.add("");
            rows.add(extended);
        }

        FecReadResult read = reader.read(write(dir, "loose.txt", text("\t", "\n", header, rows),
                StandardCharsets.UTF_8), "loose.txt");

        assertThat(read.findings()).isEmpty();
        assertThat(read.lines()).hasSize(3);
        assertThat(read.lines().get(0).debit()).isEqualTo(new BigDecimal("60.00"));
        assertThat(read.lines().get(0).currencyAmount()).isEqualTo(new BigDecimal("12.00"));
    }

    @Test
    void montantAndSensWithLettersAreNormalisedToDebitAndCredit() throws Exception {
        FecReadResult read = readDirectionVariant("D", "C");

        assertThat(read.findings()).isEmpty();
        assertThat(read.lines()).extracting(FecLine::debit).containsExactly(amount("60.00"), amount("0.00"));
        assertThat(read.lines()).extracting(FecLine::credit).containsExactly(amount("0.00"), amount("60.00"));
        assertThat(read.lines()).extracting(FecLine::currencyAmount).containsOnly(amount("70.00"));
    }

    @Test
    void montantAndSensWithSignsTreatPlusOneAsDebit() throws Exception {
        FecReadResult read = readDirectionVariant("+1", "-1");

        assertThat(read.findings()).isEmpty();
        assertThat(read.lines()).extracting(FecLine::debit).containsExactly(amount("60.00"), amount("0.00"));
        assertThat(read.lines()).extracting(FecLine::credit).containsExactly(amount("0.00"), amount("60.00"));
    }

    @Test
    void unknownSensBlocksTheLine() throws Exception {
        FecReadResult read = readDirectionVariant("D", "X");

        assertThat(read.rowsRejected()).isEqualTo(1);
        Finding finding = read.findings().get(0);
        assertThat(finding.check()).isEqualTo(CheckId.FEC_INVALID_AMOUNT);
        assertThat(finding.location().toString()).isEqualTo("sens.txt:3:Sens");
        assertThat(finding.value()).isEqualTo("X");
    }

    @Test
    void repeatedHeaderOfConcatenatedPartsIsSkipped() throws Exception {
        String text = tabText(workedExample()) + String.join("\t", HEADER) + "\n"
                + String.join("\t", row("BQ000043", "512000", "0,00", "0,00")) + "\n";

        FecReadResult read = reader.read(write(dir, "parts.txt", text, StandardCharsets.UTF_8), "parts.txt");

        assertThat(read.findings()).isEmpty();
        assertThat(read.rowsRead()).isEqualTo(4);
        assertThat(read.lines().get(3).location().row()).isEqualTo(6);
    }

    @Test
    void missingCurrencyColumnsWarnOnceAndTheLinesAreRead() throws Exception {
        List<List<String>> rows = workedExample().stream().map(r -> r.subList(0, 16)).toList();

        FecReadResult read = reader.read(write(dir, "short.txt", text("\t", "\n", HEADER.subList(0, 16), rows),
                StandardCharsets.UTF_8), "short.txt");

        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FEC_HEADER_INVALID);
            assertThat(f.isBlocking()).isFalse();
            assertThat(f.message()).endsWith("Montantdevise, Idevise");
            assertThat(f.location().toString()).isEqualTo("short.txt:1");
        });
        assertThat(read.lines()).hasSize(3);
    }

    private FecReadResult readDirectionVariant(String debitSens, String creditSens) throws Exception {
        List<String> header = new ArrayList<>(HEADER);
        header.set(11, "Montant");
        header.set(12, "Sens");
        List<List<String>> rows = List.of(
                with(with(with(row("1", "512000", "60,00", debitSens), "Montantdevise", "70,00"), "Idevise", "USD"),
                        "Debit", "60,00"),
                with(with(row("1", "756000", "60,00", creditSens), "Montantdevise", "70,00"), "Idevise", "USD"));
        return reader.read(write(dir, "sens.txt", text("\t", "\n", header, rows), StandardCharsets.UTF_8),
                "sens.txt");
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
