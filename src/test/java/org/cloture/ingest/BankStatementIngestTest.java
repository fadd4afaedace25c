package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LoadedFileQueries;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bank statements dropped in a year folder go through the same idempotent loading as the other files. */
class BankStatementIngestTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path input;

    private JdbcStagingStore store;
    private DropFolderIngest ingest;

    @BeforeEach
    void setUp() throws IOException {
        store = TestDatabase.store(TestDatabase.create());
        ingest = new DropFolderIngest(store.loads());
        Files.createDirectories(input.resolve("2023"));
    }

    @Test
    void aCsvExportAndAnOfxFileAreStoredWithWhereEachLineWasReadAndLoadedOnce() throws IOException {
        Files.writeString(input.resolve("2023/Export banque.csv"), """
                Compte n° 00012345678;;;
                Solde au 31/12/2023 : 1 021,50 €;;;
                Date;Libellé;Débit;Crédit
                02/01/2023;VIR COTISATION;;30,00
                05/01/2023;FRAIS;8,50;
                """, Charset.forName("windows-1252"));
        Files.writeString(input.resolve("2023/telechargement.qfx"),
                org.cloture.ingest.ofx.OfxFileReaderTestAccess.SGML, StandardCharsets.US_ASCII);

        DropFolderIngest.YearIngest first = ingest.ingestYear(input, 2023, CONFIG);
        DropFolderIngest.YearIngest second = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(first.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsOnly(DropFolderIngest.Outcome.LOADED);
        assertThat(second.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsOnly(DropFolderIngest.Outcome.UNCHANGED);
        assertThat(store.registers().bankStatementLines(2023)).extracting(BankStatementLine::amount, line -> line.location().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("30.00"), "Export banque.csv:4"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("-8.50"), "Export banque.csv:5"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("30.00"), "telechargement.qfx:17"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("-8.50"), "telechargement.qfx:25"));
        assertThat(store.registers().bankStatementLines(2023).get(0).accountId()).isEqualTo("00012345678");
        assertThat(store.registers().statedBankBalances(2023)).extracting(StatedBalance::date, StatedBalance::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), new BigDecimal("1021.50")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), new BigDecimal("1021.50")));
        assertThat(store.files().loadedFiles(2023)).extracting(LoadedFileQueries.LoadedFile::kinds)
                .containsOnly("BANK_STATEMENT");
    }

    @Test
    void aWithdrawnStatementTakesItsLinesAndBalancesWithIt() throws IOException {
        Path file = input.resolve("2023/releve.csv");
        Files.writeString(file, "Date;Libellé;Montant;Solde\n02/01/2023;VIR;30,00;1030,00\n", StandardCharsets.UTF_8);
        ingest.ingestYear(input, 2023, CONFIG);
        Files.delete(file);

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.registers().bankStatementLines(2023)).isEmpty();
        assertThat(store.registers().statedBankBalances(2023)).isEmpty();
    }
}
