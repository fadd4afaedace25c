package org.cloture.ingest.helloasso;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cloture.ingest.RowSink;
import org.cloture.ingest.cells.Texts;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The « paiements » export: only paid lines count (« Payé », « Validé », « Hors ligne »…); a refunded or pending
 * one is reported, never counted. « Type de campagne » tells what was paid: a membership payment is a fee, loaded
 * as a member (the payer, who is the member in a membership campaign) with its fee, so that it joins the 756
 * reconciliation; ticketing, shop and donations are summed per type. « Don supplémentaire » is a donation
 * whatever the campaign. The payouts (« Versé », « Date du versement ») are summed per day: HelloAsso pays them to
 * the bank in one transfer each, which is one line of the statement and of 512.
 */
final class PaymentLines implements ExportLines {

    /** « Don supplémentaire » is a donation whatever the campaign: the code of helloasso.yml's donations. */
    private static final String DONATION = "donation";

    private final RowSink sink;
    private final String file;
    private final HelloAssoVocabulary vocabulary;
    private final Map<String, Total> byType = new LinkedHashMap<>();
    /** The same totals by campaign code (ticketing, shop, donation…), for the income accounts' reconciliation. */
    private final Map<String, Total> byCampaign = new LinkedHashMap<>();
    private final Total donations = new Total("dons supplémentaires");
    private final TreeMap<LocalDate, Total> payouts = new TreeMap<>();
    private final Total notPaidOut = new Total("non versés");
    private final List<SourceLocation> counted = new ArrayList<>();
    private final Map<String, Integer> linesPerOrder = new LinkedHashMap<>();
    private int members;

    PaymentLines(RowSink sink, String file, HelloAssoVocabulary vocabulary) {
        this.sink = sink;
        this.file = file;
        this.vocabulary = vocabulary;
    }

    @Override
    public void line(HelloAssoRow row) {
        String status = row.text("statutdupaiement");
        HelloAssoVocabulary.Status meaning = vocabulary.status(status);
        if (meaning != HelloAssoVocabulary.Status.COUNTED) {
            sink.finding(Finding.of(CheckId.HELLOASSO_LINE_NOT_COUNTED,
                    row.location().withColumn("Statut du paiement"), status,
                    "le paiement " + row.text("referencepaiement") + " de " + row.text("montanttotal") + " €",
                    status.isEmpty() ? "(vide)" : status,
                    meaning == HelloAssoVocabulary.Status.REFUNDED ? " (remboursement)" : ""));
            return;
        }
        String typeText = row.text("typedecampagne");
        Optional<HelloAssoVocabulary.CampaignType> type = vocabulary.campaign(typeText);
        LocalDate date = row.date("datedupaiement");
        BigDecimal total = row.amount("montanttotal");
        BigDecimal donation = row.amount("donsupplementaire");
        BigDecimal price = row.amount("montantdutarif").subtract(row.amount("montantducodepromo").abs());
        String verse = row.text("verse");
        Optional<LocalDate> payoutDate = row.optionalDate("dateduversement");
        String order = type.filter(HelloAssoVocabulary.CampaignType::isMembership).isPresent()
                ? row.required("referencecommande") : row.text("referencecommande");
        String payer = type.filter(HelloAssoVocabulary.CampaignType::isMembership).isPresent()
                ? row.required("nompayeur") : row.text("nompayeur");
        if (row.rejectedInto(sink)) {
            return;
        }
        counted.add(row.location());
        String label = type.map(HelloAssoVocabulary.CampaignType::label)
                .orElse(typeText.isEmpty() ? "type de campagne non indiqué" : "« " + typeText + " »");
        int rowNumber = row.location().row();
        byType.computeIfAbsent(label, Total::new).add(total.subtract(donation), rowNumber);
        type.filter(campaign -> !campaign.isMembership()).ifPresent(campaign -> byCampaign
                .computeIfAbsent(campaign.code(), Total::new).add(total.subtract(donation), rowNumber));
        if (donation.signum() != 0) {
            donations.add(donation, rowNumber);
            byCampaign.computeIfAbsent(DONATION, Total::new).add(donation, rowNumber);
        }
        if (type.filter(HelloAssoVocabulary.CampaignType::isMembership).isPresent()) {
            member(row, order, payer, date, price.signum() != 0 ? price : total.subtract(donation));
        }
        if (vocabulary.paidOut(verse) && payoutDate.isPresent()) {
            payouts.computeIfAbsent(payoutDate.get(), day -> new Total("versement")).add(total, rowNumber);
        } else if (!isOffline(status, verse)) {
            notPaidOut.add(total, rowNumber); // paid online, still held by HelloAsso
        }
    }

    /** A payment received by the association itself (cash, cheque, transfer), never paid out by HelloAsso. */
    private static boolean isOffline(String status, String verse) {
        return Texts.key(status).equals("horsligne") || Texts.key(verse).equals("horsligne");
    }

    private void member(HelloAssoRow row, String order, String payer, LocalDate date, BigDecimal fee) {
        int rank = linesPerOrder.merge(order, 1, Integer::sum);
        String method = row.text("moyendepaiement");
        String firstName = row.text("prenompayeur");
        String email = row.text("emailpayeur");
        sink.member(new Member("HA-" + order + (rank > 1 ? "-" + rank : ""), payer,
                firstName.isEmpty() ? null : firstName, MemberKind.NATURAL_PERSON, null, null, null, null, date, null,
                fee, date, "HelloAsso" + (method.isEmpty() ? "" : " (" + method + ")"), null,
                email.isEmpty() ? null : email, null, null, row.location()));
        members++;
    }

    @Override
    public void finish() {
        SourceLocation whole = SourceLocation.ofFile(file);
        if (!counted.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byType.values().forEach(total -> parts.add(total.describe()));
            if (donations.count > 0) {
                parts.add(donations.describe());
            }
            if (notPaidOut.count > 0) {
                parts.add("dont non encore versés par HelloAsso " + FrenchFormat.amount(notPaidOut.amount) + " ("
                        + notPaidOut.count + ")");
            }
            sink.finding(Finding.of(CheckId.HELLOASSO_SUMMARY, whole, null, HelloAssoExport.PAIEMENTS.frenchLabel(),
                    counted.size() + " paiement(s) compté(s) : " + String.join(" ; ", parts))
                    .withRelated(counted));
        }
        payouts.forEach((day, total) -> {
            sink.finding(Finding.of(CheckId.HELLOASSO_PAYOUT, whole, total.amount.toPlainString(),
                    FrenchFormat.shortDate(day), FrenchFormat.amount(total.amount), total.count));
            sink.platformTotal(new PlatformTotal(HelloAssoExport.PLATFORM, PlatformTotal.PAYOUT, day, total.amount,
                    file, total.rows));
        });
        byCampaign.forEach((code, total) -> sink.platformTotal(
                new PlatformTotal(HelloAssoExport.PLATFORM, code, null, total.amount, file, total.rows)));
    }

    @Override
    public int members() {
        return members;
    }

    /** A running total and its number of lines. */
    private static final class Total {
        private final String label;
        private final List<Integer> rows = new ArrayList<>();
        private BigDecimal amount = Amounts.ZERO;
        private int count;

        Total(String label) {
            this.label = label;
        }

        void add(BigDecimal value, int row) {
            amount = amount.add(value);
            count++;
            rows.add(row);
        }

        String describe() {
            return label + " " + FrenchFormat.amount(amount) + " (" + count + ")";
        }
    }
}
