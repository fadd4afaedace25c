package org.cloture.activity;

/** The closed list of action categories the activity report groups by. */
public enum ActivityCategory {
    AG("Assemblée générale"),
    CA("Conseil d'administration"),
    BUREAU("Bureau"),
    COMITE("Comité"),
    RENCONTRE("Rencontre"),
    SALON("Salon"),
    VISITE("Visite / circuit"),
    FORMATION("Formation"),
    ACCOMPAGNEMENT("Audit / accompagnement"),
    EVENEMENT("Événement"),
    COMMUNICATION("Communication"),
    AUTRE("Autre");

    private final String frenchLabel;

    ActivityCategory(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
