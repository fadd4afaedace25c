package org.cloture.source;

/**
 * Every check Clôture runs, one closed list. Each has its default severity, a French message template
 * ({@link String#format} style) and a hint telling the user what to do.
 */
public enum CheckId {

    // --- Files -------------------------------------------------------------------------------
    FILE_UNREADABLE(Severity.ERROR,
            "Fichier illisible : %s",
            "Vérifiez que le fichier n'est ni corrompu, ni protégé par un mot de passe, puis déposez-le à nouveau."),
    FILE_UNRECOGNISED(Severity.WARNING,
            "Fichier non reconnu : colonnes trouvées %s ; attendues pour l'une des sources : %s",
            "Renommez les en-têtes selon input/README.md ou ajoutez un profil « columns » dans association.yml."),
    FILE_EMPTY(Severity.WARNING,
            "Fichier vide : aucune ligne de données",
            "Déposez la version complète du fichier."),
    FILE_UNSUPPORTED(Severity.INFO,
            "Fichier ignoré : format non pris en charge (%s)",
            "Formats acceptés : .xlsx, .xls, .ods, .csv et FEC .txt."),
    FILE_DUPLICATE(Severity.WARNING,
            "Fichier identique à « %s », déjà chargé : ignoré pour ne pas compter ses lignes deux fois",
            "Supprimez la copie du dossier de l'exercice."),
    FILE_BEING_WRITTEN(Severity.WARNING,
            "Fichier modifié pendant sa lecture (copie en cours ?) : il sera relu au prochain passage",
            "Attendez la fin de la copie puis relancez."),
    FILE_REFUSED(Severity.ERROR,
            "Fichier refusé par précaution : %s",
            "Ouvrez le fichier dans le tableur, vérifiez son contenu, enregistrez-le à nouveau puis déposez-le."),
    SHEET_HIDDEN(Severity.INFO,
            "Feuille masquée ignorée : %s",
            "Affichez la feuille dans le tableur si elle doit être lue."),
    YEAR_FOLDER_MISSING(Severity.ERROR,
            "Aucun dossier d'exercice %s dans %s",
            "Créez le dossier input/<année>/ et déposez-y les fichiers de l'exercice."),
    SOURCE_MISSING(Severity.WARNING,
            "Source absente pour l'exercice %s : %s",
            "Déposez le fichier correspondant dans le dossier de l'exercice."),
    CONFIG_INVALID(Severity.ERROR,
            "association.yml : %s",
            "Corrigez association.yml (voir input/README.md)."),
    CONFIG_UNKNOWN_KEY(Severity.WARNING,
            "association.yml : clé inconnue « %s »",
            "Supprimez la clé ou corrigez son orthographe (voir input/README.md)."),

    // --- Rows of the registers -----------------------------------------------------------------
    REQUIRED_VALUE_MISSING(Severity.ERROR,
            "Valeur obligatoire absente : %s",
            "Complétez la cellule ; la ligne n'a pas été chargée."),
    INVALID_DATE(Severity.ERROR,
            "Date illisible : « %s »",
            "Écrivez la date au format JJ/MM/AAAA (par exemple 15/03/2023)."),
    INVALID_AMOUNT(Severity.ERROR,
            "Montant illisible : « %s »",
            "Écrivez un montant comme 1 234,56 (sans texte autour)."),
    INVALID_NUMBER(Severity.ERROR,
            "Nombre illisible : « %s »",
            "Écrivez un nombre entier positif ou nul."),
    INVALID_HOURS(Severity.ERROR,
            "Durée illisible : « %s »",
            "Écrivez la durée en heures, par exemple 3,5 ou 3h30."),
    UNKNOWN_MEMBER_KIND(Severity.ERROR,
            "Type d'adhérent inconnu : « %s »",
            "Utilisez « personne physique » (PP) ou « personne morale » (PM)."),
    UNKNOWN_ACTIVITY_CATEGORY(Severity.WARNING,
            "Catégorie d'action inconnue : « %s », classée en « autre »",
            "Utilisez l'une des catégories de input/README.md."),
    DUPLICATE_MEMBER_ID(Severity.ERROR,
            "Numéro d'adhérent en double : « %s » (déjà ligne %s)",
            "Chaque adhérent doit avoir un numéro unique dans le registre."),
    TOTAL_ROW_MISMATCH(Severity.WARNING,
            "La ligne de total indique %s mais la somme des lignes vaut %s",
            "Corrigez la formule du total dans le fichier source."),
    INVALID_YES_NO(Severity.WARNING,
            "Valeur oui/non illisible : « %s », prise pour « non »",
            "Écrivez oui ou non (une croix « x » vaut oui)."),

    // --- FEC -------------------------------------------------------------------------------------
    FEC_FIELD_COUNT(Severity.ERROR,
            "Ligne FEC avec %s champs au lieu de %s",
            "Réexportez le FEC depuis le logiciel comptable ; une valeur contient peut-être le séparateur."),
    FEC_REQUIRED_FIELD(Severity.ERROR,
            "Champ FEC obligatoire vide : %s",
            "Réexportez le FEC ; ce champ doit être renseigné sur chaque ligne."),
    FEC_OPTIONAL_FIELD(Severity.WARNING,
            "Champ FEC attendu vide : %s",
            "Vérifiez l'export comptable ; la ligne a été chargée."),
    FEC_INVALID_ACCOUNT(Severity.ERROR,
            "Numéro de compte invalide : « %s » (3 premiers caractères numériques attendus)",
            "Corrigez le compte dans le logiciel comptable puis réexportez le FEC."),
    FEC_INVALID_DATE(Severity.ERROR,
            "Date FEC illisible dans %s : « %s » (format AAAAMMJJ attendu)",
            "Réexportez le FEC ; les dates doivent être au format AAAAMMJJ."),
    FEC_INVALID_AMOUNT(Severity.ERROR,
            "Montant FEC illisible dans %s : « %s »",
            "Réexportez le FEC ; les montants s'écrivent 1234,56."),
    FEC_DEBIT_AND_CREDIT(Severity.WARNING,
            "Ligne avec un débit et un crédit non nuls (ou tous deux nuls) : débit %s, crédit %s",
            "La ligne est prise pour débit − crédit ; vérifiez l'écriture."),
    FEC_UNBALANCED_ENTRY(Severity.ERROR,
            "Écriture %s déséquilibrée : débit %s, crédit %s",
            "Corrigez l'écriture dans le logiciel comptable puis réexportez le FEC."),
    FEC_UNBALANCED_FILE(Severity.ERROR,
            "Le FEC n'est pas équilibré : total débit %s, total crédit %s",
            "Réexportez le FEC complet."),
    FEC_DATE_OUTSIDE_YEAR(Severity.WARNING,
            "Écriture %s datée du %s, hors de l'exercice %s",
            "Vérifiez la date de l'écriture ou le dossier de l'exercice."),
    FEC_HEADER_INVALID(Severity.ERROR,
            "En-tête FEC incomplet : colonnes manquantes %s",
            "Réexportez le FEC au format de l'article A47 A-1 du LPF."),
    FEC_YEAR_MISMATCH(Severity.WARNING,
            "Le nom du FEC indique une clôture au %s, hors de l'exercice %s",
            "Déposez le FEC dans le dossier de son exercice."),
    FEC_VALID_DATE_ORDER(Severity.WARNING,
            "Date de validation du %s antérieure à celle de la ligne précédente (%s) : lignes hors de l'ordre de validation",
            "Le FEC doit suivre l'ordre de validation des écritures ; réexportez-le trié par date de validation."),
    FEC_ENTRY_DATES_DIFFER(Severity.WARNING,
            "Écriture %s : %s du %s, différente de celle de sa première ligne (%s)",
            "Toutes les lignes d'une écriture partagent EcritureDate et ValidDate ; corrigez l'écriture dans le logiciel comptable."),
    FEC_CURRENCY_INCOMPLETE(Severity.WARNING,
            "%s renseigné (« %s ») mais %s vide",
            "Montantdevise et Idevise vont ensemble : renseignez les deux ou aucun dans l'export."),
    FEC_NUMBERING_GAP(Severity.INFO,
            "Numérotation %s : %s",
            "Un trou s'explique souvent par un brouillon supprimé ; vérifiez-le dans le logiciel comptable."),
    FEC_CLOSING_ENTRY_SET_ASIDE(Severity.WARNING,
            "Écriture %s : clôture des classes 6 et 7 vers %s, mise de côté (%s lignes non chargées)",
            "Un FEC ne contient pas d'écriture de clôture ; Clôture calcule le résultat lui-même. Réexportez le FEC avant clôture si possible."),
    FEC_CLOSING_ENTRY_UNIDENTIFIED(Severity.ERROR,
            "%s : écriture de clôture des classes 6 et 7 probable, impossible à isoler ; le résultat serait faux",
            "Réexportez le FEC sans les écritures de clôture (avant la clôture de l'exercice dans le logiciel comptable)."),
    FEC_PART_HEADER_MISSING(Severity.ERROR,
            "Partie %s d'un FEC découpé sans ligne d'en-tête, et partie 1 (%s) introuvable dans le dossier",
            "Déposez toutes les parties du FEC (_1, _2…) dans le dossier de l'exercice."),
    FEC_FINDINGS_TRUNCATED(Severity.INFO,
            "%s : %s autres cas non détaillés",
            "Corrigez d'abord les cas détaillés : ils ont souvent une cause commune."),

    // --- Ledger and statements ---------------------------------------------------------------------
    LEDGER_MISSING(Severity.ERROR,
            "Aucun FEC chargé pour l'exercice %s",
            "Déposez l'export FEC du logiciel comptable dans input/%s/."),
    ACCOUNT_UNMAPPED(Severity.ERROR,
            "Compte %s (%s) sans ligne dans les états financiers ; solde %s",
            "Vérifiez le numéro du compte : il doit appartenir au plan comptable associatif."),
    BALANCE_SHEET_UNBALANCED(Severity.ERROR,
            "Le bilan n'est pas équilibré : actif %s, passif %s",
            "Vérifiez les à-nouveaux et les comptes de classes 1 à 5."),
    STATEMENT_TOTAL_MISMATCH(Severity.ERROR,
            "%s : total des états %s, total de la balance %s",
            "Signalez cette anomalie : les états ne reprennent pas toute la balance."),
    IN_KIND_UNBALANCED(Severity.ERROR,
            "Contributions volontaires : emplois (86) %s, ressources (87) %s",
            "Les comptes 86 et 87 doivent avoir le même total."),
    PREVIOUS_YEAR_MISSING(Severity.INFO,
            "Exercice précédent %s non disponible : la colonne N-1 reste vide",
            "Déposez le FEC de l'exercice précédent dans input/%s/ pour l'afficher."),

    // --- Reconciliations ------------------------------------------------------------------------------
    FEES_MISMATCH(Severity.WARNING,
            "Cotisations : %s au registre des adhérents, %s au compte 756",
            "Vérifiez les cotisations non saisies en comptabilité ou absentes du registre."),
    VOLUNTEER_VALUATION_MISMATCH(Severity.WARNING,
            "Bénévolat : %s h × taux = %s, mais %s en comptabilité (864/875)",
            "Vérifiez le fichier des heures ou l'écriture de valorisation."),
    ACTIVITY_INCOME_MISMATCH(Severity.WARNING,
            "Recettes des actions imputées au compte %s : %s au journal des actions, %s en comptabilité",
            "Vérifiez les recettes saisies dans le journal des actions et en comptabilité.");

    private final Severity defaultSeverity;
    private final String template;
    private final String hint;

    CheckId(Severity defaultSeverity, String template, String hint) {
        this.defaultSeverity = defaultSeverity;
        this.template = template;
        this.hint = hint;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String message(Object... arguments) {
        return arguments.length == 0 ? template : String.format(java.util.Locale.FRANCE, template, arguments);
    }

    public String hint() {
        return hint;
    }
}
