package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary.SourceKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real file of ../shared/samples/{helloasso,bank} (SOURCES-more.md says where each comes from), read in
 * place by the readers of a run, in their order: each is recognised as its kind with the right number of rows,
 * and none blocks the run. Skipped when ../shared is absent.
 */
class PlatformAndBankSamplesTest {

    private static final Path SAMPLES = Paths.get("..", "shared", "samples");
    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    /** The files and what each must give: kinds, rows read, rows loaded (members or bank lines). */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("helloasso/helloasso-commandes-boutique-export_PSEUDONYMISED.csv", "HELLOASSO 147 0"),
            Map.entry("helloasso/helloasso-paiements-export_dorevia-test-sample.csv", "HELLOASSO,MEMBERS 2 1"),
            Map.entry("helloasso/helloasso-paiements-export_dorevia-test-sample_excel-comma.csv", "HELLOASSO 1 0"),
            Map.entry("bank/afup-caisse-epargne-ce.csv", "BANK_STATEMENT 3 3"),
            Map.entry("bank/afup-credit-mutuel-behat.csv", "BANK_STATEMENT 2 2"),
            Map.entry("bank/afup-credit-mutuel-cmut.csv", "BANK_STATEMENT 3 3"),
            Map.entry("bank/afup-credit-mutuel-cmut_extra_columns.csv", "BANK_STATEMENT 11 11"),
            Map.entry("bank/bp-46297554894_02092025_04102025.ofx", "BANK_STATEMENT 0 0"),
            Map.entry("bank/bp-BPACA_OP_20220717.ofx", "BANK_STATEMENT 63 63"),
            Map.entry("bank/bp-BPACA_OP_20220802.ofx", "BANK_STATEMENT 38 38"),
            Map.entry("bank/bp-BPACA_OP_20220828.ofx", "BANK_STATEMENT 69 69"),
            Map.entry("bank/oca-cfonb120-test_cfonb.txt", "BANK_STATEMENT 7 7"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"helloasso", "bank"})
    void everyFileOfTheFolderIsListedHere(String folder) throws IOException {
        assumeSamples();
        try (Stream<Path> files = Files.list(SAMPLES.resolve(folder))) {
            assertThat(files.map(file -> folder + "/" + file.getFileName()).toList())
                    .allMatch(EXPECTED::containsKey, "listed in EXPECTED");
        }
    }

    @Test
    void everyFileIsRecognisedWithItsRowsAndNoneBlocks() {
        assumeSamples();
        EXPECTED.forEach((name, expected) -> {
            String[] parts = expected.split(" ");
            Read read = read(SAMPLES.resolve(name));
            assertThat(read.summary.kinds()).as(name).containsExactlyInAnyOrderElementsOf(
                    Stream.of(parts[0].split(",")).map(SourceKind::valueOf).toList());
            assertThat(read.summary.rowsRead()).as(name + " rows read").isEqualTo(Integer.parseInt(parts[1]));
            assertThat(read.sink.bankLines.size() + read.sink.members.size()).as(name + " rows loaded")
                    .isEqualTo(Integer.parseInt(parts[2]));
            assertThat(read.sink.findings).as(name).noneMatch(Finding::isBlocking);
            assertThat(read.sink.rejected).as(name).isEmpty();
        });
    }

    @Test
    void theEmptyOfxStatementIsInformationOnly() {
        assumeSamples();
        Read read = read(SAMPLES.resolve("bank/bp-46297554894_02092025_04102025.ofx"));

        assertThat(read.sink.findings(CheckId.BANK_STATEMENT_EMPTY)).hasSize(1);
        assertThat(read.sink.findings).allMatch(finding -> finding.severity() == org.cloture.source.Severity.INFO);
    }

    @Test
    void theCaisseDEpargneExportGivesItsAccountAndBothBalancesAroundTheTable() {
        assumeSamples();
        Read read = read(SAMPLES.resolve("bank/afup-caisse-epargne-ce.csv"));

        assertThat(read.sink.bankLines).extracting(line -> line.amount().toPlainString())
                .containsExactly("-0.39", "30.00", "-76.01");
        assertThat(read.sink.bankLines).allMatch(line -> "08045168680".equals(line.accountId()));
        assertThat(read.sink.statedBalances).extracting(balance -> balance.timing() + " " + balance.date() + " "
                + balance.amount().toPlainString())
                .containsExactly("CLOSING 2020-11-30 32127.23", "OPENING 2020-11-28 39916.24");
    }

    @Test
    void theCfonbStatementHoldsTwoAccountsWhoseOperationsLeadFromOpeningToClosing() {
        assumeSamples();
        Read read = read(SAMPLES.resolve("bank/oca-cfonb120-test_cfonb.txt"));

        assertThat(read.sink.statedBalances).extracting(balance -> balance.accountId() + " " + balance.timing()
                + " " + balance.amount().toPlainString()).containsExactly(
                "30001 00794 12345678901 OPENING 19.05", "30001 00794 12345678901 CLOSING -9654.52",
                "30004 00003 12345678901 OPENING -41728.64", "30004 00003 12345678901 CLOSING -43652.23");
        assertThat(read.sink.bankLines.get(0).label()).startsWith("RETRAIT G.A.B.").contains("MT D'ORIGINE USA");
    }

    @Test
    void theTwoStatementsOfOneOfxFileKeepTheirAccounts() {
        assumeSamples();
        Read read = read(SAMPLES.resolve("bank/bp-BPACA_OP_20220717.ofx"));

        assertThat(read.sink.bankLines.stream().map(line -> line.amount()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("-702.16");
        assertThat(read.sink.statedBalances).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theHelloAssoOrdersAreSummedFromTheirItemLines() {
        assumeSamples();
        Read read = read(SAMPLES.resolve("helloasso/helloasso-commandes-boutique-export_PSEUDONYMISED.csv"));

        assertThat(read.sink.findings(CheckId.HELLOASSO_SUMMARY)).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message()).contains("50 commande(s)", "147 article(s)");
                    assertThat(finding.value()).isEqualTo("2976.80");
                });
    }

    private static Read read(Path file) {
        Optional<SourceFileReader> reader = DropFolderIngest.allReaders().stream()
                .filter(candidate -> candidate.accepts(file)).findFirst();
        assertThat(reader).as(file + " accepted").isPresent();
        CollectingRowSink sink = new CollectingRowSink();
        ReadSummary summary = reader.get().read(file, file.getFileName().toString(), 2024, CONFIG, sink);
        return new Read(summary, sink);
    }

    private record Read(ReadSummary summary, CollectingRowSink sink) {
    }

    private static void assumeSamples() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES.resolve("bank")), "../shared/samples absent");
    }
}
