package org.cloture.delivery;

import java.util.List;

/** What the delivery of a report did, with one French sentence for the treasurer. */
public record DeliveryOutcome(Status status, List<String> sentTo, List<String> alreadySentTo,
                              List<String> failures, List<String> unconfirmed) {

    public DeliveryOutcome(Status status, List<String> sentTo, List<String> alreadySentTo, List<String> failures) {
        this(status, sentTo, alreadySentTo, failures, List.of());
    }

    public enum Status {
        /** No {@code mail:} section, or no {@code board.recipients}: nothing to do. */
        NOT_CONFIGURED,
        /** Blocking findings remain and {@code --force} was not given. */
        HELD_BACK,
        /** Every recipient has the report (now or from an earlier run). */
        DELIVERED,
        /** At least one recipient could not be reached. */
        FAILED
    }

    static DeliveryOutcome of(Status status) {
        return new DeliveryOutcome(status, List.of(), List.of(), List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** For the console and the log, in French. */
    public String frenchSummary() {
        String summary = summaryOfStatus();
        if (unconfirmed.isEmpty()) {
            return summary;
        }
        return summary + " Envoi à " + String.join(", ", unconfirmed) + " commencé lors d'une exécution "
                + "interrompue, sans confirmation du serveur : il n'est pas renvoyé ; vérifiez qu'il a été reçu "
                + "(sinon transférez-le à la main).";
    }

    private String summaryOfStatus() {
        return switch (status) {
            case NOT_CONFIGURED -> "Envoi au conseil : non configuré (sections mail et board.recipients "
                    + "d'association.yml).";
            case HELD_BACK -> "Envoi au conseil : suspendu, des contrôles bloquants restent à corriger "
                    + "(--force pour envoyer quand même).";
            case DELIVERED -> sentTo.isEmpty() && alreadySentTo.isEmpty() ? "Envoi au conseil : rien de plus à envoyer."
                    : sentTo.isEmpty()
                    ? "Envoi au conseil : ce rapport a déjà été envoyé à " + String.join(", ", alreadySentTo)
                            + " ; il n'est pas renvoyé."
                    : "Rapport envoyé au conseil : " + String.join(", ", sentTo)
                            + (alreadySentTo.isEmpty() ? "" : " (déjà reçu : " + String.join(", ", alreadySentTo) + ")")
                            + ".";
            case FAILED -> "Échec de l'envoi au conseil : " + String.join(" ; ", failures)
                    + (sentTo.isEmpty() ? "" : " (envoyé à " + String.join(", ", sentTo) + ")");
        };
    }
}
