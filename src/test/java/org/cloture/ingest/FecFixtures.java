package org.cloture.ingest;

/** What tests that write small FEC files share. */
public final class FecFixtures {

    /** The 18 column names of a FEC, tab-separated, as fec.md gives them. */
    public static final String HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
            + "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
            + "ValidDate\tMontantdevise\tIdevise";

    private FecFixtures() {
    }
}
