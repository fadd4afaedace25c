package org.cloture.delivery;

import java.nio.file.Path;

/** The mail the board receives: a French message and the report as attachment. */
public record BoardMessage(String sender, String subject, String body, Path attachment) {

    /** The board's mail for the year's report of the association. */
    public static BoardMessage forReport(String sender, String associationName, int year, Path pdf) {
        String subject = "Rapport d'activité " + year + " — " + associationName;
        String body = """
                Bonjour,

                Vous trouverez ci-joint le rapport d'activité et les comptes de l'exercice %d de %s, \
                tels qu'arrêtés par la trésorerie pour le conseil d'administration.

                Le document contient les chiffres clés, le compte de résultat, le bilan, l'annexe et \
                l'évolution sur les exercices disponibles. Les états détaillés et les contrôles sont \
                à votre disposition auprès du trésorier.

                Ce message a été envoyé automatiquement par Clôture ; merci de ne pas y répondre \
                directement mais de vous adresser au trésorier.

                Bien cordialement,
                La trésorerie
                """.formatted(year, associationName);
        return new BoardMessage(sender, subject, body, pdf);
    }
}
