package org.cloture.ingest.table;

import static org.cloture.ingest.table.FieldSpec.optional;
import static org.cloture.ingest.table.FieldSpec.required;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three registers staff keep, each recognised by its headers rather than its file name. */
public enum SourceKind {

    MEMBERS("adhérents", List.of("id", "name"), List.of("fee"), List.of(
            required("id", "N° adhérent", "N° adhérent", "Numéro adhérent", "Numéro", "N°", "Num adhérent",
                    "Identifiant", "Member ID", "Member number", "ID"),
            required("name", "Nom", "Nom", "Raison sociale", "Structure", "Nom ou raison sociale", "Name",
                    "Last name", "Organisation", "Organization"),
            optional("firstName", "Prénom", "Prénom", "First name", "Given name"),
            required("kind", "Type", "Type", "Catégorie", "Personne", "Type d'adhérent", "Type de membre",
                    "Kind", "Member type"),
            optional("legalStatus", "Statut juridique", "Statut", "Statut juridique", "Forme juridique", "Legal status"),
            optional("postalCode", "Code postal", "Code postal", "CP", "Postal code", "Zip", "Zip code"),
            optional("departement", "Département", "Département", "Dept", "Dép", "Department"),
            optional("country", "Pays", "Pays", "Country"),
            required("joined", "Date d'adhésion", "Date d'adhésion", "Adhésion", "Date d'entrée",
                    "Joined", "Join date", "Membership date"),
            optional("left", "Date de sortie", "Date de sortie", "Radiation", "Date de radiation", "Left", "Leave date"),
            optional("fee", "Cotisation", "Cotisation", "Montant", "Montant cotisation", "Fee", "Amount"),
            optional("paidOn", "Date de paiement", "Date de paiement", "Payé le", "Paid on", "Payment date"),
            optional("paymentMethod", "Mode de paiement", "Mode de paiement", "Moyen de paiement", "Règlement",
                    "Payment method"),
            optional("role", "Fonction", "Fonction", "Mandat", "Role"),
            optional("email", "Email", "Email", "E-mail", "Courriel", "Mail", "Adresse mail"),
            optional("phone", "Téléphone", "Téléphone", "Tél", "Tel", "Portable", "Phone"),
            optional("address", "Adresse", "Adresse", "Address"))),

    ACTIVITIES("actions", List.of("title"), List.of("participants", "memberStructures", "income", "expense"), List.of(
            required("date", "Date", "Date", "Date de début", "Début", "Start date"),
            optional("endDate", "Date de fin", "Date de fin", "Fin", "End date"),
            required("title", "Intitulé", "Intitulé", "Action", "Événement", "Titre", "Libellé", "Title", "Event"),
            required("category", "Catégorie", "Catégorie", "Type d'action", "Type", "Category"),
            optional("place", "Lieu", "Lieu", "Commune", "Ville", "Place", "Venue", "City"),
            optional("departement", "Département", "Département", "Dept", "Dép", "Department"),
            optional("participants", "Participants", "Participants", "Nombre de participants", "Nb participants",
                    "Attendees"),
            optional("memberStructures", "Structures présentes", "Structures présentes", "Membres présents",
                    "Member structures", "Members present"),
            optional("income", "Recettes", "Recettes", "Recette", "Income"),
            optional("expense", "Dépenses", "Dépenses", "Dépense", "Expense", "Expenses"),
            optional("account", "Compte", "Compte", "Compte comptable", "Account"),
            optional("highlight", "Fait marquant", "Fait marquant", "Faits marquants", "Highlight"))),

    VOLUNTEERING("bénévolat", List.of("volunteer"), List.of("hours"), List.of(
            required("volunteer", "Bénévole", "Bénévole", "Nom", "Nom du bénévole", "Volunteer", "Name"),
            optional("memberId", "N° adhérent", "N° adhérent", "Numéro adhérent", "Member ID"),
            required("date", "Date", "Date", "Mois", "Jour", "Month", "Day"),
            required("hours", "Heures", "Heures", "Durée", "Nombre d'heures", "Nb heures", "Temps", "Hours",
                    "Duration"),
            optional("activity", "Activité", "Activité", "Mission", "Action", "Activity", "Task")));

    private final String frenchLabel;
    private final List<String> identityFields;
    private final List<String> summedFields;
    private final List<FieldSpec> fields;

    SourceKind(String frenchLabel, List<String> identityFields, List<String> summedFields, List<FieldSpec> fields) {
        this.frenchLabel = frenchLabel;
        this.identityFields = identityFields;
        this.summedFields = summedFields;
        this.fields = fields;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    /** Fields that name the row: when all are empty but numbers are present, the row is a total. */
    public List<String> identityFields() {
        return identityFields;
    }

    /** Fields a total row sums, and which are checked against the rows above it. */
    public List<String> summedFields() {
        return summedFields;
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** « adhérents (N° adhérent, Nom, Type, Date d'adhésion) », for the unrecognised-file message. */
    public String describeRequired() {
        return frenchLabel + " (" + fields.stream().filter(FieldSpec::required).map(FieldSpec::label)
                .collect(Collectors.joining(", ")) + ")";
    }
}
