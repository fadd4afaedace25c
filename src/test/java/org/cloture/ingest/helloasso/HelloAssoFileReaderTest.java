package org.cloture.ingest.helloasso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.cloture.config.AssociationConfig;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.platform.PlatformTotal;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.ReadSummary;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.reconcile.FeeReconciliation;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HelloAsso's three exports, from fixtures built on the layouts of shared/samples/SOURCES-more.md
 * (src/test/resources/formats/helloasso: BOM, {@code ;}, CRLF, decimal comma, dates with and without time and
 * seconds, one line per item, free questions of the form after HelloAsso's columns, {@code ;} inside a quoted
 * answer, quoted header cells with trailing spaces).
 */
class HelloAssoFileReaderTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path folder;

    @Test
    void theAdhesionsExportGivesTheMembersNotThePayersWithTheirFees() throws URISyntaxException {
        Read read = read("adhesions.csv", HelloAssoExport.ADHESIONS);

        assertThat(read.summary.kinds()).containsExactlyInAnyOrder(ReadSummary.SourceKind.HELLOASSO,
                ReadSummary.SourceKind.MEMBERS);
        assertThat(read.summary.rowsRead()).isEqualTo(7);
        assertThat(read.sink.members).extracting(Member::memberId, Member::name, Member::firstName, Member::kind,
                        member -> member.fee().toPlainString(), Member::joined)
                .containsExactly(
                        tuple("HA-110001", "MENGIN", "Anita", MemberKind.NATURAL_PERSON, "30.00", LocalDate.of(2024, 9, 2)),
                        tuple("HA-110002", "Baudry", "Léa", MemberKind.NATURAL_PERSON, "15.00", LocalDate.of(2024, 9, 2)),
                        tuple("HA-110002-2", "Baudry", "Tom", MemberKind.NATURAL_PERSON, "10.00", LocalDate.of(2024, 9, 2)),
                        tuple("HA-110005", "Association du Quartier Nord", null, MemberKind.LEGAL_PERSON, "100.00",
                                LocalDate.of(2024, 9, 5)));
        // The payer (a parent) is not the member: the payer's e-mail is not the member's.
        assertThat(read.sink.members.get(0).email()).isEqualTo("anita@example.org");
        assertThat(read.sink.members.get(1).email()).isNull();
        assertThat(read.sink.members.get(0).paymentMethod()).isEqualTo("HelloAsso (Carte bancaire)");
        assertThat(read.sink.findings(CheckId.HELLOASSO_LINE_NOT_COUNTED)).extracting(Finding::value)
                .containsExactly("En attente", "Remboursé");
        assertThat(read.sink.rejected).extracting(row -> row.location().row()).containsExactly(8);
        assertThat(read.sink.findings(CheckId.INVALID_DATE)).hasSize(1);
        assertThat(read.sink.findings(CheckId.HELLOASSO_MEMBER_KIND_INFERRED)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("3 adhérent(s)", "1 comme personnes morales"));
    }

    @Test
    void thePaiementsExportCountsOnlyPaidLinesAndToldByCampaignType() throws URISyntaxException {
        Read read = read("paiements.csv", HelloAssoExport.PAIEMENTS);

        assertThat(read.summary.rowsRead()).isEqualTo(7);
        assertThat(read.sink.members).extracting(Member::memberId, Member::name, member -> member.fee().toPlainString())
                .containsExactly(tuple("HA-82001", "Dupont", "30.00"), tuple("HA-82003", "larue", "20.00"),
                        tuple("HA-82007", "Dupont", "30.00"));
        assertThat(read.sink.findings(CheckId.HELLOASSO_LINE_NOT_COUNTED)).extracting(Finding::value)
                .containsExactly("Remboursé", "En attente");
        assertThat(read.sink.findings(CheckId.HELLOASSO_SUMMARY)).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("5 paiement(s) compté(s)", "cotisations 80,00", "(3)",
                    "billetterie 40,00", "dons 25,00", "dons supplémentaires 5,00", "non encore versés par HelloAsso 25,00");
            assertThat(finding.sources()).hasSize(6); // the file, then the five lines counted
        });
        assertThat(read.sink.findings(CheckId.HELLOASSO_PAYOUT)).extracting(Finding::value)
                .containsExactly("75.00", "30.00");
        assertThat(read.sink.findings(CheckId.HELLOASSO_PAYOUT).get(0).message()).contains("10/01/2024", "2 paiement(s)");
        assertThat(read.sink.rejected).isEmpty();
    }

    @Test
    void thePaiementsExportHandsItsPayoutsAndCampaignTotalsToTheReconciliations() throws URISyntaxException {
        Read read = read("paiements.csv", HelloAssoExport.PAIEMENTS);

        // Payouts per day with the rows summed; ticketing and donations (« Don supplémentaire » included) per kind;
        // memberships are not there: they are members with their fee, reconciled with 756.
        assertThat(read.sink.platformTotals).extracting(PlatformTotal::category, t -> String.valueOf(t.day()),
                        t -> t.amount().toPlainString(), PlatformTotal::rows)
                .containsExactly(tuple("payout", "2024-01-10", "75.00", List.of(2, 3)),
                        tuple("payout", "2024-01-25", "30.00", List.of(8)),
                        tuple("ticketing", "null", "40.00", List.of(3)),
                        tuple("donation", "null", "30.00", List.of(3, 7)));
    }

    @Test
    void theCommandesExportHandsItsTotalAsOrders() throws URISyntaxException {
        Read read = read("commandes-billetterie.csv", HelloAssoExport.COMMANDES);

        assertThat(read.sink.platformTotals).singleElement().satisfies(total -> {
            assertThat(total.category()).isEqualTo("orders");
            assertThat(total.amount()).isEqualByComparingTo("30.00");
            assertThat(total.rows()).hasSize(3);
        });
    }

    @Test
    void theCommandesExportSumsEachOrderFromItsItemLines() throws URISyntaxException {
        Read read = read("commandes-billetterie.csv", HelloAssoExport.COMMANDES);

        assertThat(read.summary.kinds()).containsExactly(ReadSummary.SourceKind.HELLOASSO);
        assertThat(read.summary.rowsRead()).isEqualTo(4);
        assertThat(read.sink.members).isEmpty();
        assertThat(read.sink.findings(CheckId.HELLOASSO_SUMMARY)).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("2 commande(s) validée(s)", "3 article(s)");
            assertThat(finding.value()).isEqualTo("30.00");
        });
        assertThat(read.sink.findings(CheckId.HELLOASSO_LINE_NOT_COUNTED)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("commande 502", "Annulé"));
    }

    @Test
    void anExcelResaveWithCommasAndQuotedAmountsReadsTheSame() throws IOException {
        Path file = folder.resolve("export.csv");
        Files.writeString(file, "Référence commande,Référence paiement,Montant total,Date du paiement,"
                + "Statut du paiement,Versé,Date du versement,Nom payeur,Prénom payeur,Email payeur,Campagne,"
                + "Type de campagne,Montant du tarif,Montant des options,Don supplémentaire,Montant du code promo,"
                + "Moyen de paiement\n"
                + "9,19,\"12,50\",\"03/04/2026 18:23:13\",Payé,Non,,Roy,Ana,a@example.org,Adh,Adhésion,\"12,50\",,,,Carte bancaire\n",
                StandardCharsets.UTF_8);
        CollectingRowSink sink = new CollectingRowSink();

        new HelloAssoFileReader().read(file, "export.csv", 2026, CONFIG, sink);

        assertThat(sink.members).extracting(member -> member.fee().toPlainString(), Member::paidOn)
                .containsExactly(tuple("12.50", LocalDate.of(2026, 4, 3)));
    }

    @Test
    void feesPaidThroughHelloAssoReconcileWith756LikeAnyOtherFee() throws URISyntaxException {
        Read read = read("adhesions.csv", HelloAssoExport.ADHESIONS);
        BigDecimal fees = new BigDecimal("155.00"); // 30 + 15 + 10 (promo code) + 100

        assertThat(FeeReconciliation.check(read.sink.members, ledger756(fees), List.of())).isEmpty();
        assertThat(FeeReconciliation.check(read.sink.members, ledger756(new BigDecimal("185.00")), List.of()))
                .extracting(Finding::check).containsExactly(CheckId.FEES_MISMATCH);
    }

    @Test
    void otherCsvFilesAreNotHelloAsso() throws IOException {
        Path register = folder.resolve("adherents.csv");
        Files.writeString(register, "N° adhérent;Nom;Prénom;Type;Date d'adhésion;Cotisation\n1;Roy;Ana;PP;01/01/2024;20\n");

        assertThat(new HelloAssoFileReader().accepts(register)).isFalse();
    }

    private static TrialBalance ledger756(BigDecimal credit) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return TrialBalance.fromBalances(List.of(new AccountBalance("756000", null, "Cotisations", zero, credit),
                new AccountBalance("512000", null, "Banque", credit, zero)));
    }

    private Read read(String name, HelloAssoExport expected) throws URISyntaxException {
        Path file = Paths.get(HelloAssoFileReaderTest.class.getResource("/formats/helloasso/" + name).toURI());
        assertThat(HelloAssoFileReader.export(file)).contains(expected);
        assertThat(DropFolderIngest.allReaders().stream().filter(reader -> reader.accepts(file)).findFirst())
                .get().isInstanceOf(HelloAssoFileReader.class);
        CollectingRowSink sink = new CollectingRowSink();
        ReadSummary summary = new HelloAssoFileReader().read(file, name, 2024, CONFIG, sink);
        return new Read(summary, sink);
    }

    private record Read(ReadSummary summary, CollectingRowSink sink) {
    }
}
