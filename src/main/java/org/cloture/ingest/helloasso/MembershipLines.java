package org.cloture.ingest.helloasso;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.cloture.ingest.RowSink;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.Departements;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The « adhésions » export: each validated line is a member and the fee paid, which joins the register's fees in
 * the reconciliation with account 756. The member is « Nom adhérent » / « Prénom adhérent »; the payer (a
 * parent, an employer) may be someone else and is not a member. HelloAsso has no member number: the order
 * reference stands for it (« HA-124665468 », « HA-124665468-2 » for the second membership of one order).
 */
final class MembershipLines implements ExportLines {

    private final RowSink sink;
    private final String file;
    private final HelloAssoVocabulary vocabulary;
    private final Map<String, Integer> linesPerOrder = new HashMap<>();
    private int natural;
    private int legal;

    MembershipLines(RowSink sink, String file, HelloAssoVocabulary vocabulary) {
        this.sink = sink;
        this.file = file;
        this.vocabulary = vocabulary;
    }

    @Override
    public void line(HelloAssoRow row) {
        String status = row.text("statutdelacommande");
        String lastName = row.text("nomadherent");
        String firstName = row.text("prenomadherent");
        String company = row.text("raisonsociale");
        HelloAssoVocabulary.Status meaning = vocabulary.status(status);
        if (meaning != HelloAssoVocabulary.Status.COUNTED) {
            sink.finding(Finding.of(CheckId.HELLOASSO_LINE_NOT_COUNTED, row.location().withColumn("Statut de la commande"),
                    status, "l'adhésion de la commande " + row.text("referencecommande"),
                    status.isEmpty() ? "(vide)" : status,
                    meaning == HelloAssoVocabulary.Status.REFUNDED ? " (remboursement)" : ""));
            return;
        }
        String order = row.required("referencecommande");
        LocalDate date = row.date("datedelacommande");
        BigDecimal fee = row.has("montanttarif")
                ? row.amount("montanttarif").subtract(row.amount("montantcodepromo").abs()) : null;
        boolean isLegalPerson = lastName.isEmpty() && firstName.isEmpty() && !company.isEmpty();
        String name = isLegalPerson ? company : lastName;
        if (name.isEmpty()) {
            row.required("nomadherent");
        }
        if (row.rejectedInto(sink)) {
            return;
        }
        int rank = linesPerOrder.merge(order, 1, Integer::sum);
        String id = "HA-" + order + (rank > 1 ? "-" + rank : "");
        String postalCode = emptyToNull(row.text("codepostal", "codepostaladherent"));
        String payerEmail = samePerson(row, lastName, firstName) ? row.text("emailpayeur") : "";
        String email = emptyToNull(row.text("emailadherent", "email", "adresseemail").isEmpty() ? payerEmail
                : row.text("emailadherent", "email", "adresseemail"));
        String method = row.text("moyendepaiement");
        sink.member(new Member(id, name, isLegalPerson ? null : emptyToNull(firstName),
                isLegalPerson ? MemberKind.LEGAL_PERSON : MemberKind.NATURAL_PERSON, null, postalCode,
                Departements.fromPostalCode(postalCode), null, date, null, fee, date,
                "HelloAsso" + (method.isEmpty() ? "" : " (" + method + ")"), null, email,
                emptyToNull(row.text("telephone", "numerodetelephone")), null, row.location()));
        if (isLegalPerson) {
            legal++;
        } else {
            natural++;
        }
    }

    private static boolean samePerson(HelloAssoRow row, String lastName, String firstName) {
        return Texts.key(row.text("nompayeur")).equals(Texts.key(lastName))
                && Texts.key(row.text("prenompayeur")).equals(Texts.key(firstName));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public void finish() {
        if (natural + legal > 0) {
            sink.finding(Finding.of(CheckId.HELLOASSO_MEMBER_KIND_INFERRED, SourceLocation.ofFile(file), null,
                    natural, legal));
        }
    }

    @Override
    public int members() {
        return natural + legal;
    }
}
