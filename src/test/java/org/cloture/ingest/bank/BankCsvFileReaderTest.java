package org.cloture.ingest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.SourceFileReader;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV exports of French banks, one fixture per documented layout (src/test/resources/formats/bank, built
 * from the layouts of shared/samples/SOURCES-more.md): each is taken by the bank reader ahead of the register
 * reader, with its layout, its operations signed from the bank's side, its account and its stated balances.
 */
class BankCsvFileReaderTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "caisse-epargne-a.csv      | caisse-epargne       | -45.99 1500.00 230.00 | 04123456789 | CLOSING 2024-01-31 1250.40, OPENING 2024-01-01 -433.61",
            "caisse-epargne-b.csv      | caisse-epargne       | -12.00 -258.40        | 04123456789 | CLOSING 2024-02-29 980.00, OPENING 2024-02-01 1250.40",
            "caisse-epargne-d-full.csv | caisse-epargne-2026  | 1500.75 -64.20        | 04123456789 | CLOSING 2024-03-31 2480.75, OPENING 2024-03-01 980.00",
            "banque-populaire.csv      | banque-populaire     | 30.00 -62.35          |             | ",
            "credit-mutuel-damaged.csv | credit-mutuel        | -120.00 45.00         |             | ",
            "credit-agricole.csv       | credit-agricole      | -350.00 2000.00       | 12345678901 | CLOSING 2024-05-31 5210.30",
            "banque-postale.csv        | banque-postale       | 300.00 -89.90         | 0123456X020 | CLOSING 2024-06-30 4120.55",
            "banque-postale-tab.csv    | banque-postale       | -19.99 120.00         | 0123456X020 | CLOSING 2024-07-31 4000.00",
            "societe-generale.csv      | societe-generale     | 3000.00 -59.90        |             | ",
            "bnp-paribas.csv           | bnp-paribas          | 50.00 -35.99          |             | ",
            "boursobank.csv            | boursobank           | 1718.70 -25.50        | 00040123456 | ",
            "qonto-en.csv              | qonto                | -120.00 2500.00       |             | ",
            "qonto-fr.csv              | qonto-fr             | -80.00 400.00         |             | ",
            "shine.csv                 | shine                | -650.00 25.00         | FR7616958000011234567890123 | "})
    void eachBankLayoutGivesItsOperationsAccountAndBalances(String name, String layout, String amounts, String account,
                                                           String balances) throws URISyntaxException {
        Path file = fixture(name);
        BankCsvFileReader reader = new BankCsvFileReader();

        assertThat(firstAccepting(file)).isInstanceOf(BankCsvFileReader.class);
        assertThat(reader.layoutId(file)).contains(layout);
        CollectingRowSink sink = new CollectingRowSink();
        ReadSummary summary = reader.read(file, name, 2024, CONFIG, sink);

        assertThat(summary.kinds()).containsExactly(ReadSummary.SourceKind.BANK_STATEMENT);
        assertThat(sink.bankLines).extracting(line -> line.amount().toPlainString())
                .containsExactly(amounts.split(" "));
        assertThat(sink.bankLines).extracting(BankStatementLine::accountId).containsOnly(account);
        assertThat(sink.statedBalances).extracting(balance -> balance.timing() + " " + balance.date() + " "
                + balance.amount().toPlainString()).containsExactlyElementsOf(
                balances == null ? List.of() : List.of(balances.split(", ")));
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.findings).noneMatch(Finding::isBlocking);
        assertThat(sink.findings(CheckId.EXPORT_FORMAT_RECOGNISED)).hasSize(1);
    }

    @Test
    void datesLabelsAndValueDatesAreReadAsTheBankWritesThem() throws URISyntaxException {
        CollectingRowSink sink = read("credit-agricole.csv");
        assertThat(sink.bankLines.get(0).label()).isEqualTo("PRELEVEMENT SEPA URSSAF");
        assertThat(sink.bankLines.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 2));

        CollectingRowSink qonto = read("qonto-en.csv");
        assertThat(qonto.bankLines.get(0).date()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(qonto.bankLines.get(0).label()).isEqualTo("OVH SAS — Hébergement site");
        assertThat(qonto.bankLines.get(0).transactionId()).isEqualTo("txn-0001");

        CollectingRowSink bourso = read("boursobank.csv");
        assertThat(bourso.bankLines.get(1).valueDate()).isEqualTo(LocalDate.of(2024, 10, 4));

        CollectingRowSink mutuel = read("credit-mutuel-damaged.csv");
        assertThat(mutuel.bankLines).extracting(BankStatementLine::runningBalance)
                .containsExactly(new BigDecimal("3380.00"), new BigDecimal("3425.00"));
    }

    @Test
    void aPendingOperationIsReportedAndNotLoaded() throws URISyntaxException {
        CollectingRowSink sink = read("qonto-en.csv");

        assertThat(sink.bankLines).hasSize(2);
        assertThat(sink.findings(CheckId.BANK_LINE_NOT_COUNTED)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("pending", "SNCF"));
    }

    @Test
    void aLabelRepeatedInTheDetailIsNotWrittenTwice() throws URISyntaxException {
        CollectingRowSink sink = read("caisse-epargne-a.csv");

        assertThat(sink.bankLines.get(2).label()).isEqualTo("REMISE CHEQUES 8812");
        assertThat(sink.bankLines.get(0).label()).isEqualTo("PRLV SEPA ORANGE FACTURE 0124");
    }

    @Test
    void anOperationWithAnUnreadableAmountIsRejectedAtItsRowAndTheOthersLoad() throws Exception {
        Path file = folder.resolve("releve.csv");
        Files.writeString(file, "Date;Date de valeur;Débit;Crédit;Libellé;Solde\n"
                + "05/01/2024;05/01/2024;-12,5x;;FRAIS;100,00\n"
                + "32/01/2024;05/01/2024;-1,00;;FRAIS;99,00\n"
                + "06/01/2024;06/01/2024;;20,00;VIR;119,00\n", StandardCharsets.UTF_8);
        CollectingRowSink sink = new CollectingRowSink();

        new BankCsvFileReader().read(file, "releve.csv", 2024, CONFIG, sink);

        assertThat(sink.bankLines).extracting(line -> line.amount().toPlainString()).containsExactly("20.00");
        assertThat(sink.rejected).extracting(row -> row.location().row()).containsExactly(2, 3);
        assertThat(sink.findings).extracting(Finding::check).contains(CheckId.INVALID_AMOUNT, CheckId.INVALID_DATE);
    }

    @Test
    void aStatementWithoutOperationsIsInformation() throws Exception {
        Path file = folder.resolve("vide.csv");
        Files.writeString(file, "Date;Libellé;Débit euros;Crédit euros;\n", StandardCharsets.UTF_8);
        CollectingRowSink sink = new CollectingRowSink();

        new BankCsvFileReader().read(file, "vide.csv", 2024, CONFIG, sink);

        assertThat(sink.findings(CheckId.BANK_STATEMENT_EMPTY)).hasSize(1);
        assertThat(sink.hasBlockingFinding()).isFalse();
    }

    @Test
    void aHandKeptJournalOrARegisterIsNotABankExport() throws Exception {
        Path journal = folder.resolve("journal.csv");
        Files.writeString(journal, "Date;Journal;Pièce;Compte;Libellé;Débit;Crédit\n01/01/2024;BQ;1;512;X;10,00;\n");
        Path members = folder.resolve("adherents.csv");
        Files.writeString(members, "N° adhérent;Nom;Type;Date d'adhésion;Cotisation\n1;Dupont;PP;01/01/2024;20\n");

        assertThat(new BankCsvFileReader().accepts(journal)).isFalse();
        assertThat(new BankCsvFileReader().accepts(members)).isFalse();
    }

    @Test
    void damagedHeadersAreToleratedButShortOnesStayDistinct() {
        assertThat(HeaderWords.compare("Cr3\ufffddit", "credit")).isEqualTo(HeaderWords.Match.DAMAGED);
        assertThat(HeaderWords.compare("D\ufffdbit", "debit")).isEqualTo(HeaderWords.Match.DAMAGED);
        assertThat(HeaderWords.compare("DÃ©bit", "debit")).isEqualTo(HeaderWords.Match.DAMAGED);
        assertThat(HeaderWords.compare("Num\ufffdro d'op\ufffdration", "numerodoperation"))
                .isEqualTo(HeaderWords.Match.DAMAGED);
        assertThat(HeaderWords.compare("Débit", "credit")).isEqualTo(HeaderWords.Match.NONE);
        assertThat(HeaderWords.compare("Date", "date")).isEqualTo(HeaderWords.Match.EXACT);
        assertThat(HeaderWords.compare("Solde", "libelle")).isEqualTo(HeaderWords.Match.NONE);
    }

    private CollectingRowSink read(String name) throws URISyntaxException {
        CollectingRowSink sink = new CollectingRowSink();
        new BankCsvFileReader().read(fixture(name), name, 2024, CONFIG, sink);
        return sink;
    }

    static Path fixture(String name) throws URISyntaxException {
        return Paths.get(BankCsvFileReaderTest.class.getResource("/formats/bank/" + name).toURI());
    }

    private static SourceFileReader firstAccepting(Path file) {
        return DropFolderIngest.allReaders().stream().filter(reader -> reader.accepts(file)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unused")
    private static List<StatedBalance> none() {
        return List.of();
    }
}
