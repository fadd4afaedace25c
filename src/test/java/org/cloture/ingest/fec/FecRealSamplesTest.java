package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real exports described in shared/samples/fec/SOURCES.md, read in place. */
class FecRealSamplesTest {

    private static final Path SAMPLES = Paths.get("..", "shared", "samples", "fec");
    private static final String DEMO = "odoo-enterprise-demo-123459254FEC20190430.txt";
    private static final String DEMO_V2 = "odoo-enterprise-demo-v2-123459254FEC20190430.txt";

    private final FecReader reader = new FecReader();

    @BeforeEach
    void samplesPresent() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "shared/samples/fec absent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            tryton-6.6-FEC.csv;                                  8;   4;  99.00;     57.00;    UTF-8;       TAB
            tryton-6.6-FEC-previous.csv;                         2;   1;  5.00;      5.00;     UTF-8;       TAB
            tryton-main-FEC.csv;                                 4;   2;  15.00;     15.00;    UTF-8;       TAB
            odoo-l10n_fr_fec-expected-exclude_journals.txt;      7;   2;  8260.45;   6467.04;  UTF-8;       PIPE
            odoo-l10n_fr_account-expected-fec_export.txt;        5;   2;  6000.00;   0.00;     UTF-8;       PIPE
            odoo-enterprise-demo-123459254FEC20190430.txt;       872; 342; 344257.10; -70358.58; UTF-8;      TAB
            odoo-enterprise-demo-v2-123459254FEC20190430.txt;    872; 342; 344257.10; -70358.58; ISO-8859-15; TAB
            """)
    void readsWithoutBlockingFindingsAndExpectedTotals(String fileName, int lineCount, int entryCount,
            BigDecimal total, BigDecimal result, String charset, String separator) {
        FecReadResult read = reader.read(SAMPLES.resolve(fileName), fileName);

        assertThat(blocking(read.findings())).isEmpty();
        assertThat(read.lines()).hasSize(lineCount);
        assertThat(read.rowsRead()).isEqualTo(lineCount);
        assertThat(read.rowsRejected()).isZero();
        assertThat(read.charset().name()).isEqualTo(charset);
        assertThat(read.separator()).isEqualTo(separator.equals("TAB") ? '\t' : '|');
        assertThat(sum(read.lines(), FecLine::debit)).isEqualByComparingTo(total);
        assertThat(sum(read.lines(), FecLine::credit)).isEqualByComparingTo(total);
        assertThat(result(read.lines())).isEqualByComparingTo(result);
        assertThat(read.lines().stream().map(l -> l.journalCode() + "\u0000" + l.entryNum()).distinct())
                .hasSize(entryCount);
        assertThat(FecBalanceChecks.check(read.lines())).isEmpty();
    }

    @Test
    void latin1DemoDecodesAccentedLetters() {
        FecReadResult read = reader.read(SAMPLES.resolve(DEMO_V2), DEMO_V2);

        assertThat(read.lines()).extracting(FecLine::label).contains("Différence lettrage");
    }

    @Test
    void utf8DemoKeepsItsReplacementCharactersAndSpacesInsideCodes() {
        FecReadResult read = reader.read(SAMPLES.resolve(DEMO), DEMO);

        assertThat(read.lines()).extracting(FecLine::label).contains("Diff\uFFFDrence lettrage");
        assertThat(read.lines()).extracting(FecLine::entryNum).contains("OD 000002");
        assertThat(read.lines()).extracting(FecLine::auxNum).contains("PAR 01");
    }

    @Test
    void trailingEmptyExtraFieldOfLine301IsTolerated() throws Exception {
        List<String> raw = Files.readAllLines(SAMPLES.resolve(DEMO_V2), StandardCharsets.ISO_8859_1);
        assertThat(raw.get(300).split("\t", -1)).hasSize(19);

        FecReadResult read = reader.read(SAMPLES.resolve(DEMO_V2), DEMO_V2);

        FecLine line301 = read.lines().stream().filter(l -> l.location().row() == 301).findFirst().orElseThrow();
        assertThat(line301.entryNum()).isEqualTo("ACH000081");
        assertThat(line301.debit()).isEqualByComparingTo("32.22");
        assertThat(read.findings()).noneMatch(f -> f.check() == CheckId.FEC_FIELD_COUNT);
    }

    @Test
    void trytonPlaceholderInDateLetIsAWarningOnLine7() {
        FecReadResult read = reader.read(SAMPLES.resolve("tryton-6.6-FEC.csv"), "tryton-6.6-FEC.csv");

        List<Finding> dateLet = read.findings().stream()
                .filter(f -> f.check() == CheckId.FEC_INVALID_DATE).collect(Collectors.toList());
        assertThat(dateLet).hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
        Finding first = dateLet.get(0);
        assertThat(first.location().row()).isEqualTo(7);
        assertThat(first.location().column()).isEqualTo("DateLet");
        assertThat(first.value()).isEqualTo("{current_date}");
        assertThat(dateLet.get(1).location().row()).isEqualTo(9);
        FecLine line7 = read.lines().stream().filter(l -> l.location().row() == 7).findFirst().orElseThrow();
        assertThat(line7.letterDate()).isNull();
        assertThat(line7.letter()).isEqualTo("1");
    }

    @Test
    void odooZeroPaddedAndSignedAmountsParse() {
        String name = "odoo-l10n_fr_fec-expected-exclude_journals.txt";
        FecReadResult read = reader.read(SAMPLES.resolve(name), name);

        FecLine first = read.lines().get(0);
        assertThat(first.credit()).isEqualTo(new BigDecimal("1437.12"));
        assertThat(first.currencyAmount()).isEqualTo(new BigDecimal("-1437.12"));
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.auxNum()).isNull();
        assertThat(read.lines()).extracting(FecLine::label).contains("TVA 20,0%");
    }

    @Test
    void fileNameOfTheDemoFollowsTheStandard() {
        assertThat(FecFileName.parse(SAMPLES.resolve(DEMO))).isEmpty();
        assertThat(FecFileName.parse("123459254FEC20190430.txt")).isPresent();
        assertThat(FecFileName.looksLikeFec(SAMPLES.resolve("tryton-6.6-FEC.csv"))).isTrue();
        assertThat(FecFileName.looksLikeFec(SAMPLES.resolve("SOURCES.md"))).isFalse();
    }

    private static List<Finding> blocking(List<Finding> findings) {
        return findings.stream().filter(Finding::isBlocking).collect(Collectors.toList());
    }

    private static BigDecimal sum(List<FecLine> lines, java.util.function.Function<FecLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Income minus expenses: −Σ(debit − credit) over classes 6 and 7. */
    private static BigDecimal result(List<FecLine> lines) {
        return lines.stream()
                .filter(l -> l.accountNum().startsWith("6") || l.accountNum().startsWith("7"))
                .map(FecLine::balance).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
    }
}
