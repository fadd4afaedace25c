package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Registers as associations title them: every header drawn from the wordings below — collected from real
 * registers, the Paheko, HelloAsso and Bénévalibre exports of ../shared/samples and how staff write column
 * titles, never from the recogniser's own patterns — with any case, accents dropped or kept, punctuation and
 * spacing, columns in any order, title rows above and a total row below. Every member, action and volunteer
 * line must load.
 */
class RegisterWordingsPropertyTest {

    // --- Membership register ------------------------------------------------------------------------------
    static final List<String> MEMBER_ID = List.of("N° adhérent", "N°", "Numéro", "Numéro d'adhérent",
            "N° d'adhérent", "No adhérent", "Num adhérent", "Numéro de membre", "N° membre", "Identifiant", "ID",
            "Id adhérent", "Code adhérent", "Matricule", "Référence", "N° de carte", "Numéro de carte", "N° licence",
            "Numéro de licence", "N° Adh.", "Code membre", "Numéro d'inscription", "N° de dossier", "Member ID",
            "Réf. adhérent", "N° adh", "Identifiant adhérent", "Numéro adhérent");
    static final List<String> MEMBER_NAME = List.of("Nom", "NOM", "Nom de famille", "Nom usuel", "Nom d'usage",
            "Raison sociale", "Dénomination", "Structure", "Structure ou nom", "Nom / Raison sociale",
            "Nom ou raison sociale", "Nom de la structure", "Organisme", "Nom de l'organisme", "Adhérent", "Membre",
            "Nom adhérent", "Nom du membre", "Nom de l'adhérent", "Patronyme", "Société", "Nom (ou structure)",
            "Last name", "Nom de naissance", "Collectivité", "Établissement", "Nom de l'association",
            "Nom / Structure", "Dénomination sociale");
    static final List<String> MEMBER_FIRST_NAME = List.of("Prénom", "PRENOM", "Prénom(s)", "Prénom de l'adhérent",
            "Prénom adhérent", "Prenom", "First name", "Prénom usuel");
    static final List<String> MEMBER_FULL_NAME = List.of("Nom & prénom", "Nom et prénom", "Nom Prénom", "NOM Prénom",
            "Nom, prénom", "Nom - Prénom", "Identité", "Adhérent (nom prénom)", "Nom complet", "Nom/Prénom",
            "Nom prénom de l'adhérent");
    static final List<String> MEMBER_KIND = List.of("Type", "Type d'adhérent", "Type de membre", "Type adhésion",
            "Type d'adhésion", "Personne", "Personne physique / morale", "PP/PM", "PM / PP", "Nature",
            "Catégorie", "Catégorie d'adhérent", "Type de personne", "Individuel / Structure", "Type de cotisant",
            "Particulier ou structure", "Nature de l'adhérent");
    static final List<String> MEMBER_JOINED = List.of("Date d'adhésion", "Date adhésion", "Adhésion", "Adhérent depuis",
            "Membre depuis", "Inscrit le", "Date d'inscription", "Inscription", "Date d'entrée", "Entrée",
            "Date de première adhésion", "1ère adhésion", "Adhéré le", "Date adh.", "Date d'adh", "Depuis",
            "Date début adhésion", "Date de souscription", "Joined", "Date d'arrivée", "Date d'adhésion initiale",
            "Première adhésion");
    static final List<String> MEMBER_FEE = List.of("Cotisation", "Cotisation versée (€)", "Cotisation payée",
            "Cotisation réglée", "Montant", "Montant réglé", "Montant payé", "Montant versé", "Montant cotisation",
            "Montant de la cotisation", "Cotis.", "Cotisation 2024", "Cotisation annuelle", "Somme versée", "Réglé",
            "Payé", "Versé", "Tarif", "Prix", "Montant (€)", "Montant TTC", "Cotisation (EUR)", "Montant adhésion",
            "Montant de l'adhésion", "Cotisation en euros");
    static final List<String> MEMBER_POSTAL_CODE = List.of("Code postal", "CP", "C.P.", "Cp", "Code post.",
            "CODE POSTAL", "Code Postal (CP)");
    static final List<String> MEMBER_EMAIL = List.of("Email", "E-mail", "Mail", "Courriel", "Adresse mail",
            "Adresse e-mail", "Adresse électronique", "Mél", "Adresse email", "Adresse E-Mail");
    static final List<String> MEMBER_PHONE = List.of("Téléphone", "Tél.", "Tel", "Portable", "Mobile",
            "N° de téléphone", "Numéro de téléphone", "Tél. portable", "GSM");
    static final List<String> MEMBER_PAID_ON = List.of("Date de paiement", "Payé le", "Réglé le",
            "Date de règlement", "Date encaissement", "Date du versement", "Date paiement");
    static final List<String> MEMBER_PAYMENT_METHOD = List.of("Mode de paiement", "Moyen de paiement", "Règlement",
            "Mode de règlement", "Paiement par", "Moyen de règlement");
    /** Columns a register has that are no field: they must not take a field's place. */
    static final List<String> MEMBER_OTHER = List.of("Commune", "Ville", "Localité", "Observations", "Remarques",
            "Commentaire", "Date de naissance", "Newsletter", "Inscription à la lettre d'information", "Profession",
            "Civilité", "Sexe", "Nom du payeur", "Site web");

    static final List<String> KIND_VALUES_LEGAL = List.of("Personne morale", "personne morale", "PM", "P.M.",
            "Structure", "Collectivité", "Entreprise", "Association", "Organisme", "MORALE", "Personne Morale");
    static final List<String> KIND_VALUES_NATURAL = List.of("Personne physique", "PP", "P.P.", "Individuel",
            "individuelle", "Particulier", "physique", "PERSONNE PHYSIQUE");
    static final List<String> SURNAMES = List.of("Durand", "Lefèvre", "Martin", "Petit", "Le Gall", "N'Diaye",
            "Dubois-Martel", "Œuvray", "Garçon");
    static final List<String> FIRST_NAMES = List.of("Hélène", "Jean", "Marie-Anne", "Zoé", "Loïc", "Amandine");
    static final List<String> ORGANISATIONS = List.of("Mairie de Brest", "Club nautique de Lorient",
            "Association Les Amis du Musée", "SARL Dupont", "Comité des fêtes", "Musée de la Mine");
    static final List<String> TITLES = List.of("Registre des adhérents 2024", "Association Les Amis du Musée",
            "Liste des membres — mise à jour du 15/01/2025", "ADHÉRENTS", "Exercice 2024");

    // --- Activity log ------------------------------------------------------------------------------------
    static final List<String> ACTION_DATE = List.of("Date", "Date de l'action", "Date début", "Le", "Jour",
            "Date de l'événement", "Date de la manifestation", "DATE");
    static final List<String> ACTION_TITLE = List.of("Intitulé", "Action", "Nom de l'action", "Titre", "Libellé",
            "Objet", "Événement", "Manifestation", "Intitulé de l'action", "Description", "Thème", "Animation");
    static final List<String> ACTION_CATEGORY = List.of("Catégorie", "Type", "Type d'action", "Nature",
            "Type d'événement", "Typologie", "Rubrique", "Catégorie d'action", "Type d'activité");
    static final List<String> ACTION_PARTICIPANTS = List.of("Participants", "Nombre de participants",
            "Nb participants", "Nb de personnes", "Public", "Effectif", "Fréquentation", "Nombre de personnes",
            "Présents", "Nb présents", "Nbre de participants");
    static final List<String> ACTION_PLACE = List.of("Lieu", "Commune", "Ville", "Salle", "Localisation");
    static final List<String> CATEGORY_VALUES = List.of("AG", "CA", "formation", "rencontre", "salon",
            "événement", "Bureau", "visite");

    // --- Volunteer hours ---------------------------------------------------------------------------------
    static final List<String> VOLUNTEER = List.of("Bénévole", "Nom du bénévole", "Bénévoles", "Nom Prénom",
            "Prénom Nom", "Intervenant", "Nom et prénom", "Qui", "Volontaire", "Nom du volontaire",
            "Bénévole (nom prénom)", "Nom");
    static final List<String> VOLUNTEER_DATE = List.of("Date", "Jour", "Date de l'intervention", "Date de la mission",
            "Le", "Date d'activité", "Date de l'action");
    static final List<String> VOLUNTEER_HOURS = List.of("Heures", "Nombre d'heures", "Nb heures", "Nb d'heures",
            "Durée", "Durée (h)", "Temps passé", "Temps", "Heures de bénévolat", "Heures bénévoles",
            "Volume horaire", "Total heures", "Durée en heures", "Nbre h", "Heures effectuées", "Temps consacré");
    static final List<String> VOLUNTEER_ACTIVITY = List.of("Activité", "Mission", "Action", "Tâche", "Projet",
            "Poste", "Nature de l'activité", "Événement");
    static final List<String> HOURS_VALUES = List.of("3", "3,5", "3h30", "2 h", "1:30", "90 min", "2h", "1,25");

    static final List<String> DATES = List.of("15/03/2021", "2021-03-15", "15 mars 2021", "15.03.2021",
            "15/03/21", "1er février 2022", "03/04/2023 18:23:13");

    /** A generated register: its file name, its text, and how many records it holds. */
    record Register(String name, String text, int records, String kind) {
        @Override
        public String toString() {
            return name + " (" + records + " " + kind + ")\n" + text;
        }
    }

    @Property(tries = 250)
    void everyMemberLoadsWhateverTheWording(@ForAll("memberRegisters") Register register) throws IOException {
        RegisterReadResult result = read(register);

        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SourceKind.MEMBERS));
        assertThat(result.rejectedRows()).isEmpty();
        assertThat(result.members()).hasSize(register.records());
    }

    @Property(tries = 150)
    void everyActionLoadsWhateverTheWording(@ForAll("actionLogs") Register register) throws IOException {
        RegisterReadResult result = read(register);

        assertThat(result.sheets()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SourceKind.ACTIVITIES));
        assertThat(result.rejectedRows()).isEmpty();
        assertThat(result.activities()).hasSize(register.records());
    }

    @Property(tries = 150)
    void everyVolunteerLineLoadsWhateverTheWording(@ForAll("volunteerHours") Register register) throws IOException {
        RegisterReadResult result = read(register);

        assertThat(result.sheets()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SourceKind.VOLUNTEERING));
        assertThat(result.rejectedRows()).isEmpty();
        assertThat(result.volunteerEntries()).hasSize(register.records());
    }

    @Provide
    Arbitrary<Register> memberRegisters() {
        return Arbitraries.randomValue(RegisterWordingsPropertyTest::memberRegister);
    }

    @Provide
    Arbitrary<Register> actionLogs() {
        return Arbitraries.randomValue(RegisterWordingsPropertyTest::actionLog);
    }

    @Provide
    Arbitrary<Register> volunteerHours() {
        return Arbitraries.randomValue(RegisterWordingsPropertyTest::volunteerLog);
    }

    private static Register memberRegister(Random random) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(MEMBER_ID, (r, i) -> "A" + (100 + i)));
        boolean fullName = random.nextInt(4) == 0;
        boolean firstNameColumn = !fullName && random.nextBoolean();
        boolean kindColumn = random.nextBoolean();
        boolean[] legal = new boolean[64];
        if (fullName) {
            columns.add(new Column(MEMBER_FULL_NAME, (r, i) -> legal[i] ? pick(r, ORGANISATIONS)
                    : pick(r, SURNAMES) + " " + pick(r, FIRST_NAMES)));
        } else {
            columns.add(new Column(MEMBER_NAME, (r, i) -> legal[i] ? pick(r, ORGANISATIONS) : pick(r, SURNAMES)));
        }
        if (firstNameColumn) {
            columns.add(new Column(MEMBER_FIRST_NAME, (r, i) -> legal[i] ? "" : pick(r, FIRST_NAMES)));
        }
        if (kindColumn) {
            columns.add(new Column(MEMBER_KIND, (r, i) -> pick(r, legal[i] ? KIND_VALUES_LEGAL : KIND_VALUES_NATURAL)));
        }
        columns.add(new Column(MEMBER_JOINED, (r, i) -> pick(r, DATES)));
        List<Column> optional = new ArrayList<>(List.of(
                new Column(MEMBER_FEE, (r, i) -> pick(r, List.of("25", "25,00", "25,00 €", "40.5", "1 200,00", "30 €"))),
                new Column(MEMBER_POSTAL_CODE, (r, i) -> pick(r, List.of("29200", "59000", "2A004", "01000"))),
                new Column(MEMBER_EMAIL, (r, i) -> "adherent" + i + "@exemple.fr"),
                new Column(MEMBER_PHONE, (r, i) -> "06 12 34 56 7" + (i % 10)),
                new Column(MEMBER_PAID_ON, (r, i) -> pick(r, DATES)),
                new Column(MEMBER_PAYMENT_METHOD, (r, i) -> pick(r, List.of("chèque", "virement", "espèces", "CB"))),
                new Column(MEMBER_OTHER, (r, i) -> pick(r, List.of("", "RAS", "Brest", "oui")))));
        Collections.shuffle(optional, random);
        columns.addAll(optional.subList(0, random.nextInt(optional.size() + 1)));
        int records = 1 + random.nextInt(12);
        for (int i = 0; i < records; i++) {
            legal[i] = random.nextInt(3) == 0;
        }
        boolean total = columns.stream().anyMatch(c -> c.wordings() == MEMBER_FEE) && random.nextBoolean();
        return register(random, "adherents", columns, records, total ? MEMBER_FEE : null, "adhérents");
    }

    private static Register actionLog(Random random) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(ACTION_DATE, (r, i) -> pick(r, DATES)),
                new Column(ACTION_TITLE, (r, i) -> pick(r, List.of("Assemblée générale", "Fête du printemps",
                        "Formation des bénévoles", "Visite de la mine", "Salon du livre"))),
                new Column(ACTION_CATEGORY, (r, i) -> pick(r, CATEGORY_VALUES))));
        List<Column> optional = new ArrayList<>(List.of(
                new Column(ACTION_PARTICIPANTS, (r, i) -> String.valueOf(r.nextInt(300))),
                new Column(ACTION_PLACE, (r, i) -> pick(r, List.of("Brest", "Lille", "Salle des fêtes")))));
        Collections.shuffle(optional, random);
        columns.addAll(optional.subList(0, random.nextInt(optional.size() + 1)));
        boolean total = columns.stream().anyMatch(c -> c.wordings() == ACTION_PARTICIPANTS) && random.nextBoolean();
        return register(random, "actions", columns, 1 + random.nextInt(10), total ? ACTION_PARTICIPANTS : null,
                "actions");
    }

    private static Register volunteerLog(Random random) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(VOLUNTEER, (r, i) -> pick(r, FIRST_NAMES) + " " + pick(r, SURNAMES)),
                new Column(VOLUNTEER_DATE, (r, i) -> pick(r, DATES)),
                new Column(VOLUNTEER_HOURS, (r, i) -> pick(r, HOURS_VALUES))));
        if (random.nextBoolean()) {
            columns.add(new Column(VOLUNTEER_ACTIVITY, (r, i) -> pick(r, List.of("Accueil", "Buvette", "Montage"))));
        }
        boolean total = random.nextBoolean();
        return register(random, "benevolat", columns, 1 + random.nextInt(10), total ? VOLUNTEER_HOURS : null,
                "bénévolat");
    }

    /** One column of a generated register: the wordings its header is drawn from and how its cells are filled. */
    record Column(List<String> wordings, CellValue value) {
    }

    interface CellValue {
        String of(Random random, int row);
    }

    private static Register register(Random random, String name, List<Column> columns, int records,
                                     List<String> totalled, String kind) {
        Collections.shuffle(columns, random);
        List<List<String>> rows = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            rows.add(List.of(pick(random, TITLES)));
            if (random.nextBoolean()) {
                rows.add(List.of());
            }
        }
        rows.add(columns.stream().map(c -> decorate(random, pick(random, c.wordings()))).toList());
        for (int i = 0; i < records; i++) {
            int row = i;
            rows.add(columns.stream().map(c -> c.value().of(random, row)).toList());
        }
        if (totalled != null) {
            List<String> total = new ArrayList<>();
            for (Column column : columns) {
                total.add(column.wordings() == totalled ? "" : "");
            }
            total.set(0, pick(random, List.of("Total", "TOTAL", "Total général")));
            rows.add(total);
        }
        char delimiter = random.nextBoolean() ? ';' : ',';
        boolean quoteAll = random.nextBoolean();
        return new Register(name + ".csv", csv(rows, delimiter, quoteAll), records, kind);
    }

    /** The header as someone typed it: case, accents, punctuation and spacing vary, the words do not. */
    static String decorate(Random random, String header) {
        String text = header;
        switch (random.nextInt(5)) {
            case 0 -> text = text.toUpperCase(Locale.FRENCH);
            case 1 -> text = text.toLowerCase(Locale.FRENCH);
            case 2 -> text = Character.toUpperCase(text.charAt(0)) + text.substring(1).toLowerCase(Locale.FRENCH);
            default -> { }
        }
        if (random.nextInt(3) == 0) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        switch (random.nextInt(8)) {
            case 0 -> text = text + " :";
            case 1 -> text = text + " *";
            case 2 -> text = "  " + text + " ";
            case 3 -> text = text.replace(' ', '_');
            case 4 -> text = text.replace(" ", "  ");
            default -> { }
        }
        return text;
    }

    private static String csv(List<List<String>> rows, char delimiter, boolean quoteAll) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setQuoteMode(quoteAll ? QuoteMode.ALL : QuoteMode.MINIMAL).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static RegisterReadResult read(Register register) throws IOException {
        Path dir = Files.createTempDirectory("wordings");
        try {
            Path file = dir.resolve(register.name());
            Files.writeString(file, register.text(), StandardCharsets.UTF_8);
            return new RegisterReader().read(file, register.name(), Map.of());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
