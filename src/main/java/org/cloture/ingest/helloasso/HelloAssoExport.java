package org.cloture.ingest.helloasso;

import java.util.Optional;
import java.util.Set;

/**
 * The CSV exports of HelloAsso's back office that Clôture reads, told apart by their header (never by the file
 * name: a « commandes » export is often saved as « export-paiements.csv »).
 */
public enum HelloAssoExport {

    /** One line per membership bought: the member (« Nom adhérent », « Prénom adhérent ») and the fee paid. */
    ADHESIONS("adhésions"),
    /** One line per payment of any campaign, with its status, its campaign type and its payout to the bank. */
    PAIEMENTS("paiements"),
    /** One line per item of an order (shop, ticketing): orders are summed from their lines. */
    COMMANDES("commandes");

    /** The platform's name, as the reconciliations name it. */
    public static final String PLATFORM = "HelloAsso";

    private final String frenchLabel;

    HelloAssoExport(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    /** The export whose header row has these keys ({@code Texts.key} of each cell), if any. */
    static Optional<HelloAssoExport> of(Set<String> keys) {
        if (!keys.contains("referencecommande")) {
            return Optional.empty();
        }
        if (keys.contains("statutdupaiement") || keys.contains("referencepaiement") && keys.contains("montanttotal")) {
            return Optional.of(PAIEMENTS);
        }
        if (keys.contains("nomadherent") && keys.contains("datedelacommande")) {
            return Optional.of(ADHESIONS);
        }
        if (keys.contains("datedelacommande") && keys.contains("statutdelacommande")
                && (keys.contains("montanttarif") || keys.contains("tarif"))) {
            return Optional.of(COMMANDES);
        }
        return Optional.empty();
    }
}
