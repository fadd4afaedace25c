package org.cloture.ingest.table;

import static org.cloture.ingest.table.FieldSpec.optional;
import static org.cloture.ingest.table.FieldSpec.required;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registers staff keep, and the coming year's planning and budget, each recognised by its headers rather
 * than its file name.
 */
public enum SourceKind {

    MEMBERS("adhérents", List.of("id", "name"), List.of("fee"), List.of(
            required("id", "N° adhérent", "N° adhérent", "Numéro adhérent", "Numéro", "N°", "Num adhérent",
                    "Identifiant", "Member ID", "Member number", "ID"),
            required("name", "Nom", "Nom", "Raison sociale", "Structure", "Nom ou raison sociale", "Name",
                    "Last name", "Organisation", "Organization"),
            optional("fullName", "Nom & prénom", "Nom & prénom", "Nom et prénom", "Prénom Nom", "Nom Prénom",
                    "Full name"),
            optional("firstName", "Prénom", "Prénom", "First name", "Given name"),
            // Optional: without it each member's kind is inferred from the first name and the name (KindInference).
            optional("kind", "Type", "Type", "Personne", "Type d'adhérent", "Type de membre",
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
            optional("activity", "Activité", "Activité", "Mission", "Action", "Activity", "Task"))),

    /**
     * A bank's export of the account's operations. Recognised by a date, a label and the amounts (one signed
     * « Montant » column, or « Débit » and « Crédit »), and only when no header names a ledger column (Journal,
     * Compte…): the hand-kept journal sheet has Date, Libellé, Débit and Crédit too.
     */
    BANK_STATEMENT("relevé bancaire", List.of("date", "label"), List.of("amount", "debit", "credit"), List.of(
            required("date", "Date", "Date", "Date opération", "Date d'opération", "Date de l'opération",
                    "Date operation", "Date comptable", "Date de comptabilisation", "Date d'écriture", "dateOp",
                    "Booking date", "Transaction date"),
            optional("valueDate", "Date de valeur", "Date de valeur", "Date valeur", "dateVal", "Value date"),
            required("label", "Libellé", "Libellé", "Libellé de l'opération", "Libellé opération", "Libellé court",
                    "Libellé simplifié", "Nature de l'opération", "Opération", "Description", "label", "Wording"),
            optional("detail", "Détail", "Détail", "Détail de l'écriture", "Libellé long", "Informations complémentaires",
                    "Complément", "Memo"),
            optional("amount", "Montant", "Montant", "Montant (EUR)", "Montant en euros", "Montant euros",
                    "Montant de l'opération", "Montant opération", "Montant (€)", "Amount"),
            optional("debit", "Débit", "Débit", "Débit (EUR)", "Débit euros", "Débit en euros", "Débit (€)", "Debit"),
            optional("credit", "Crédit", "Crédit", "Crédit (EUR)", "Crédit euros", "Crédit en euros", "Crédit (€)",
                    "Credit"),
            optional("balance", "Solde", "Solde", "Solde (EUR)", "Solde euros", "Solde en euros", "Solde (€)",
                    "Balance", "accountbalance"),
            optional("reference", "Référence", "Référence", "Référence de l'opération", "N° d'opération",
                    "Numéro d'opération", "FITID", "Transaction ID"),
            optional("account", "N° de compte", "N° de compte", "Numéro de compte", "accountNum", "Account number"))),

    /**
     * The coming year's planning: one row per planned action, grouped by axis or project, with its dates,
     * place, partners and target count. The programme of activities reads it ({@code org.cloture.programme});
     * the year's ingest only recognises it.
     */
    PLANNING("planning du programme", List.of("action"), List.of(), List.of(
            required("axis", "Axe", "Axe", "Axes", "Axe stratégique", "Axe du projet", "Axe de travail", "Projet",
                    "Programme", "Thème", "Thématique", "Orientation", "Axis", "Project", "Theme"),
            required("action", "Action", "Action", "Actions", "Action prévue", "Actions prévues", "Activité prévue",
                    "Intitulé de l'action", "Opération", "Planned action"),
            optional("date", "Dates", "Date", "Dates", "Date prévue", "Dates prévues", "Période", "Calendrier",
                    "Échéance", "Échéancier", "Quand", "Date de début", "Début", "Mois", "When", "Planned date"),
            optional("endDate", "Date de fin", "Date de fin", "Fin", "End date"),
            optional("place", "Lieu", "Lieu", "Lieux", "Commune", "Ville", "Lieu prévu", "Place", "Venue"),
            optional("partners", "Partenaires", "Partenaires", "Partenaire", "Partenariats", "Partenaires associés",
                    "Partners"),
            optional("target", "Objectif chiffré", "Objectif chiffré", "Objectif", "Cible", "Nombre prévu",
                    "Quantité", "Quantité prévue", "Volume", "Nombre", "Prévu", "Target"),
            optional("unit", "Unité", "Unité", "Unités", "Unité de compte", "Unit"),
            optional("description", "Description", "Description", "Objectifs", "Détail", "Contenu", "Commentaire",
                    "Commentaires", "Details"))),

    /**
     * A budget prévisionnel: a line of the compte de résultat (by its label) or an account prefix, and one
     * amount column per year whose header names the year (« Budget 2026 », « BP 2025 », « Prévisionnel 2026 »),
     * found by {@link BudgetYearColumns}. Recognised only when a header speaks of a budget, so that a published
     * compte de résultat (« Exercice 2024 ») is not taken for one.
     */
    BUDGET("budget prévisionnel", List.of("line", "account"), List.of(), List.of(
            optional("line", "Poste", "Poste", "Postes", "Poste budgétaire", "Ligne", "Ligne budgétaire", "Rubrique",
                    "Libellé", "Intitulé", "Nature", "Nature des charges et produits", "Charges et produits", "Item",
                    "Budget line"),
            optional("account", "Compte", "Compte", "Comptes", "N° de compte", "Numéro de compte", "Compte comptable",
                    "Account")));

    /**
     * Headers of a ledger: a sheet that has one is a journal or a general ledger extract, never a bank
     * statement (compared with {@link org.cloture.ingest.cells.Texts#key}).
     */
    private static final java.util.Set<String> LEDGER_HEADER_KEYS = java.util.Set.of("journal", "codejournal",
            "jnl", "journalcode", "compte", "comptenum", "comptegeneral", "ecriturenum", "ncompte", "nocompte");

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

    /**
     * Whether a header row with these columns is this source. For the registers, every required field is
     * there; a bank statement also needs its amounts and must not carry a ledger's columns.
     */
    boolean recognises(ColumnMap columns) {
        if (this == BUDGET) {
            // The header matcher gives a budget's year columns only to a row that reads as a budget.
            return (columns.has("line") || columns.has("account")) && !BudgetYearColumns.years(columns).isEmpty();
        }
        return missingRequired(columns).isEmpty() && bankShape(columns);
    }

    /**
     * The required fields this header row lacks; a member's name may come from a « Nom & prénom » column,
     * which is split.
     */
    public List<FieldSpec> missingRequired(ColumnMap columns) {
        return fields.stream().filter(FieldSpec::required)
                .filter(f -> !columns.has(f.key()) && !(this == MEMBERS && f.key().equals("name") && columns.has("fullName")))
                .toList();
    }

    private boolean bankShape(ColumnMap columns) {
        boolean required = true;
        if (this != BANK_STATEMENT) {
            return required;
        }
        boolean amounts = columns.has("amount") || columns.has("debit") && columns.has("credit");
        boolean ledger = columns.headers().stream().map(org.cloture.ingest.cells.Texts::key)
                .anyMatch(LEDGER_HEADER_KEYS::contains);
        return required && amounts && !ledger;
    }

    /**
     * The French header that names a field of a kind (« Date d'adhésion » for joined), for showing which field a
     * column was taken for; the key itself when the kind or field is not one of these.
     */
    public static String fieldLabel(String kindName, String field) {
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(kindName)).findFirst()
                .flatMap(k -> k.field(field)).map(FieldSpec::label).orElse(field);
    }

    /** The name of this kind's mapping profile in association.yml ({@code columns:}). */
    public String profileName() {
        return switch (this) {
            case MEMBERS -> "members";
            case ACTIVITIES -> "activities";
            case VOLUNTEERING -> "volunteering";
            case BANK_STATEMENT -> "bank";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The vocabulary file's name for this kind. */
    public String vocabularyName() {
        return name();
    }

    /** « adhérents (N° adhérent, Nom, Type, Date d'adhésion) », for the unrecognised-file message. */
    public String describeRequired() {
        if (this == BANK_STATEMENT) {
            return frenchLabel + " (Date, Libellé, Montant ou Débit et Crédit)";
        }
        if (this == BUDGET) {
            return frenchLabel + " (Poste ou Compte, Budget <année>)";
        }
        return frenchLabel + " (" + fields.stream().filter(FieldSpec::required).map(FieldSpec::label)
                .collect(Collectors.joining(", ")) + ")";
    }
}
