package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.table.Workbooks.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bank statement exports as French banks write them, recognised by their headers like the registers. */
class BankStatementReaderTest {

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @Test
    void readsDebitAndCreditColumnsInWindows1252UnderTitleRowsWithTheAccountAndTheBalance() throws IOException {
        String text = """
                Téléchargement du 05/01/2024;;;;
                Compte courant n° 00012345678;;;;
                Solde au 04/01/2024 1 234,56 €;;;;
                ;;;;
                Date;Libellé;Débit euros;Crédit euros;
                03/01/2024;PRLV SEPA ÉLECTRICITÉ;45,10;;
                28/12/2023;REMISE CHEQUES;;1 250,00;
                """;
        RegisterReadResult result = read("export.csv", text, Charset.forName("windows-1252"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo(SourceKind.BANK_STATEMENT);
            assertThat(sheet.headerRow()).isEqualTo(5);
        });
        assertThat(result.bankLines()).extracting(BankStatementLine::amount)
                .containsExactly(new BigDecimal("-45.10"), new BigDecimal("1250.00"));
        assertThat(result.bankLines().get(0)).satisfies(line -> {
            assertThat(line.date()).isEqualTo(LocalDate.of(2024, 1, 3));
            assertThat(line.label()).isEqualTo("PRLV SEPA ÉLECTRICITÉ");
            assertThat(line.accountId()).isEqualTo("00012345678");
            assertThat(line.location()).isEqualTo(new SourceLocation("export.csv", null, 6, null));
        });
        assertThat(result.statedBalances()).singleElement().satisfies(balance -> {
            assertThat(balance.date()).isEqualTo(LocalDate.of(2024, 1, 4));
            assertThat(balance.amount()).isEqualTo(new BigDecimal("1234.56"));
            assertThat(balance.timing()).isEqualTo(StatedBalance.Timing.CLOSING);
            assertThat(balance.accountId()).isEqualTo("00012345678");
            assertThat(balance.location().row()).isEqualTo(3);
        });
    }

    @Test
    void readsTheBalanceOfATitleBlockWhereTheDateIsOnItsOwnRowAndAnOverdraftAsNegative() throws IOException {
        RegisterReadResult postal = read("postal.csv", """
                Numéro Compte   ;0123456X020
                Type   ;CCP
                Compte tenu en  ;euros
                Date   ;05/01/2024
                Solde (EUROS)   ;1 234,56
                Solde (FRANCS)  ;8 098,24

                Date;Libellé;Montant(EUROS)
                04/01/2024;CB PAPETERIE;-12,00
                """, StandardCharsets.UTF_8);
        RegisterReadResult overdrawn = read("decouvert.csv", """
                Solde débiteur au 31/12/2023;150,00
                Date;Libellé;Montant
                30/12/2023;CB;-10,00
                """, StandardCharsets.UTF_8);

        assertThat(postal.findings()).isEmpty();
        assertThat(postal.statedBalances()).singleElement().satisfies(balance -> {
            assertThat(balance.date()).isEqualTo(LocalDate.of(2024, 1, 5));
            assertThat(balance.amount()).isEqualTo(new BigDecimal("1234.56"));
            assertThat(balance.accountId()).isEqualTo("0123456X020");
        });
        assertThat(postal.bankLines()).singleElement().satisfies(line ->
                assertThat(line.amount()).isEqualTo(new BigDecimal("-12.00")));
        assertThat(overdrawn.statedBalances()).extracting(StatedBalance::amount)
                .containsExactly(new BigDecimal("-150.00"));
    }

    @Test
    void readsOneSignedAmountColumnWithCommasUtf8BomValueDateAndRunningBalance() throws IOException {
        String text = "\uFEFFDate opération,Date de valeur,Libellé,Montant,Solde\r\n"
                + "02/01/2023,04/01/2023,VIR SEPA COTISATION A0012,\"30,00\",\"1 030,00\"\r\n"
                + "05/01/2023,05/01/2023,FRAIS TENUE DE COMPTE,\"-8,50\",\"1 021,50\"\r\n";
        RegisterReadResult result = read("operations.csv", text, StandardCharsets.UTF_8);

        assertThat(result.findings()).isEmpty();
        assertThat(result.bankLines()).hasSize(2);
        assertThat(result.bankLines().get(0)).satisfies(line -> {
            assertThat(line.valueDate()).isEqualTo(LocalDate.of(2023, 1, 4));
            assertThat(line.amount()).isEqualTo(new BigDecimal("30.00"));
            assertThat(line.runningBalance()).isEqualTo(new BigDecimal("1030.00"));
            assertThat(line.accountId()).isNull();
        });
        assertThat(result.bankLines().get(1).amount()).isEqualTo(new BigDecimal("-8.50"));
    }

    @Test
    void debitsWrittenNegativeAreStillMoneyOut() throws IOException {
        RegisterReadResult result = read("ce.csv", """
                Date de comptabilisation;Libelle simplifie;Debit;Credit
                10/03/2023;CB PAPETERIE;-19,90;
                11/03/2023;VIR RECU;;+200,00
                """, StandardCharsets.UTF_8);

        assertThat(result.bankLines()).extracting(BankStatementLine::amount)
                .containsExactly(new BigDecimal("-19.90"), new BigDecimal("200.00"));
    }

    @Test
    void balanceRowsAmongTheOperationsAreStatedBalancesNotOperations() throws IOException {
        RegisterReadResult result = read("releve.csv", """
                Date;Libellé;Montant;Solde
                ;Ancien solde au 31/12/2022;;5 000,00
                02/01/2023;CHQ 1234567;-120,00;
                31/12/2023;Nouveau solde;;4 880,00
                """, StandardCharsets.UTF_8);

        assertThat(result.findings()).isEmpty();
        assertThat(result.bankLines()).singleElement().satisfies(line ->
                assertThat(line.amount()).isEqualTo(new BigDecimal("-120.00")));
        assertThat(result.statedBalances()).extracting(StatedBalance::timing, StatedBalance::date, StatedBalance::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.OPENING, LocalDate.of(2022, 12, 31),
                                new BigDecimal("5000.00")),
                        org.assertj.core.groups.Tuple.tuple(StatedBalance.Timing.CLOSING, LocalDate.of(2023, 12, 31),
                                new BigDecimal("4880.00")));
    }

    @Test
    void badRowsAreRejectedWithTheirFindingAndGoodRowsLoad() throws IOException {
        RegisterReadResult result = read("releve.csv", """
                Date;Libellé;Débit;Crédit
                02/01/2023;VIR RECU;;100,00
                32/01/2023;DATE FAUSSE;10,00;
                03/01/2023;MONTANT FAUX;dix euros;
                04/01/2023;SANS MONTANT;;
                05/01/2023;FRAIS;2,00;
                """, StandardCharsets.UTF_8);

        assertThat(result.bankLines()).extracting(BankStatementLine::label).containsExactly("VIR RECU", "FRAIS");
        assertThat(result.rejectedRows()).extracting(row -> row.location().row()).containsExactly(3, 4, 5);
        assertThat(result.findings()).extracting(Finding::check, finding -> finding.location().row())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CheckId.INVALID_DATE, 3),
                        org.assertj.core.groups.Tuple.tuple(CheckId.INVALID_AMOUNT, 4),
                        org.assertj.core.groups.Tuple.tuple(CheckId.REQUIRED_VALUE_MISSING, 5));
        assertThat(result.findings().get(2).message()).contains("Débit ou Crédit");
    }

    @Test
    void readsAnXlsxExportWithDateAndNumberCells() throws IOException {
        Path file = workbook().sheet("Opérations",
                new Object[] {"Relevé de compte"},
                new Object[] {"Numéro de compte", "FR7630001007941234567890185"},
                null,
                new Object[] {"Date", "Libellé", "Montant", "Solde"},
                new Object[] {LocalDate.of(2023, 6, 1), "VIR SUBVENTION REGION", 5000.0, 7000.0},
                new Object[] {LocalDate.of(2023, 6, 2), "PRLV URSSAF", -812.4, 6187.6})
                .writeTo(dir.resolve("banque.xlsx"));

        RegisterReadResult result = reader.read(file, "banque.xlsx", Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.bankLines()).extracting(BankStatementLine::amount, BankStatementLine::runningBalance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("5000.00"), new BigDecimal("7000.00")),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("-812.40"), new BigDecimal("6187.60")));
        assertThat(result.bankLines().get(1).location()).isEqualTo(new SourceLocation("banque.xlsx", "Opérations", 6, null));
        assertThat(result.bankLines().get(0).accountId()).isEqualTo("FR7630001007941234567890185");
    }

    @Test
    void aJournalSheetIsNeverTakenForABankStatement() throws IOException {
        RegisterReadResult result = read("journal.csv", """
                Date;Journal;Pièce;Compte;Libellé;Débit;Crédit
                02/01/2023;BQ;1;512000;Cotisation;30,00;
                """, StandardCharsets.UTF_8);

        assertThat(result.bankLines()).isEmpty();
        assertThat(result.sheets()).isEmpty();
    }

    @Test
    void aStatementWithATypeColumnIsAStatementNotAnActivityLog() throws IOException {
        // « Date », « Type » and « Libellé » would make an activity log; the amounts and the balance say statement.
        RegisterReadResult result = read("export.csv", """
                Date;Type;Libellé;Montant;Solde
                02/01/2023;VIREMENT;VIR RECU;30,00;1030,00
                """, StandardCharsets.UTF_8);

        assertThat(result.sheets()).extracting(SheetResult::kind).containsExactly(SourceKind.BANK_STATEMENT);
        assertThat(result.activities()).isEmpty();
    }

    @Test
    void anActivityLogIsNotABankStatementEvenWithALibelleAndAMontant() throws IOException {
        RegisterReadResult log = read("actions.csv", """
                Date;Intitulé;Catégorie;Recettes;Dépenses
                02/03/2023;Salon du patrimoine;salon;120,00;80,00
                """, StandardCharsets.UTF_8);
        RegisterReadResult ambiguous = read("actions2.csv", """
                Date;Libellé;Catégorie;Montant
                02/03/2023;Salon du patrimoine;salon;120,00
                """, StandardCharsets.UTF_8);

        assertThat(log.sheets()).extracting(SheetResult::kind).containsExactly(SourceKind.ACTIVITIES);
        assertThat(ambiguous.sheets()).extracting(SheetResult::kind).containsExactly(SourceKind.ACTIVITIES);
        assertThat(log.bankLines()).isEmpty();
        assertThat(ambiguous.bankLines()).isEmpty();
    }

    private RegisterReadResult read(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return reader.read(file, name, Map.of());
    }
}
