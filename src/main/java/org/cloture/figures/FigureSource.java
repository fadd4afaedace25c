package org.cloture.figures;

/**
 * The sources a key figure is counted from. A figure whose source was not read (absent, unreadable or not
 * recognised) is unknown, never zero: see {@link KeyFigures#unavailable()}.
 */
public enum FigureSource {
    MEMBERS("registre des adhérents"),
    ACTIVITIES("journal des actions"),
    VOLUNTEERING("fichier de bénévolat"),
    ACCOUNTS("comptabilité (FEC)");

    private final String frenchLabel;

    FigureSource(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
