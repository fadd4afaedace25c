package org.cloture.membership;

/** Whether a member is a person or an organisation: the board report counts them apart. */
public enum MemberKind {
    NATURAL_PERSON("Personne physique"),
    LEGAL_PERSON("Personne morale");

    private final String frenchLabel;

    MemberKind(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
