package org.cloture.ingest.helloasso;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cloture.ingest.RowSink;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The « commandes » export of a shop or a ticketing campaign: one line per item, the order reference repeated on
 * each; an order's amount is the sum of its items (« Montant tarif » less « Montant code promo »). Validated
 * orders are summed for the treasurer (sales and tickets are reconciled with their own income accounts); the
 * others are reported, not counted.
 */
final class OrderLines implements ExportLines {

    /** The category of a « commandes » export's total (reconcile/helloasso-income.yml). */
    static final String ORDERS = "orders";

    private final RowSink sink;
    private final String file;
    private final HelloAssoVocabulary vocabulary;
    private final Set<String> orders = new LinkedHashSet<>();
    private final List<SourceLocation> counted = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private BigDecimal total = Amounts.ZERO;

    OrderLines(RowSink sink, String file, HelloAssoVocabulary vocabulary) {
        this.sink = sink;
        this.file = file;
        this.vocabulary = vocabulary;
    }

    @Override
    public void line(HelloAssoRow row) {
        String status = row.text("statutdelacommande");
        HelloAssoVocabulary.Status meaning = vocabulary.status(status);
        if (meaning != HelloAssoVocabulary.Status.COUNTED) {
            sink.finding(Finding.of(CheckId.HELLOASSO_LINE_NOT_COUNTED,
                    row.location().withColumn("Statut de la commande"), status,
                    "l'article « " + row.text("tarif", "billet") + " » de la commande " + row.text("referencecommande"),
                    status.isEmpty() ? "(vide)" : status,
                    meaning == HelloAssoVocabulary.Status.REFUNDED ? " (remboursement)" : ""));
            return;
        }
        String order = row.required("referencecommande");
        row.date("datedelacommande");
        BigDecimal amount = row.amount("montanttarif").subtract(row.amount("montantcodepromo").abs());
        if (row.rejectedInto(sink)) {
            return;
        }
        orders.add(order);
        counted.add(row.location());
        rows.add(row.location().row());
        total = total.add(amount);
    }

    @Override
    public void finish() {
        if (!counted.isEmpty()) {
            sink.finding(Finding.of(CheckId.HELLOASSO_SUMMARY, SourceLocation.ofFile(file), total.toPlainString(),
                    HelloAssoExport.COMMANDES.frenchLabel(), orders.size() + " commande(s) validée(s), "
                            + counted.size() + " article(s), " + FrenchFormat.amount(total))
                    .withRelated(counted));
            // The export does not say whether the form sold tickets or goods: reconciled as « orders ».
            sink.platformTotal(new PlatformTotal(HelloAssoExport.PLATFORM, ORDERS, null, total, file, rows));
        }
    }

    @Override
    public int members() {
        return 0;
    }
}
