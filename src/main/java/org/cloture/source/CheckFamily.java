package org.cloture.source;

/** The families of checks, one sheet each in the controls workbook, in the order a treasurer works through them. */
public enum CheckFamily {
    FILES("Fichiers"),
    REGISTERS("Registres"),
    FEC("Comptabilité (FEC)"),
    STATEMENTS("États financiers"),
    RECONCILIATIONS("Rapprochements"),
    /** The coming year: the planned actions and the budget prévisionnel. */
    PROGRAMME("Programme et budget");

    private final String frenchLabel;

    CheckFamily(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
