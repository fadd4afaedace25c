package org.cloture.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Deterministic generator of the FICTIONAL demo association "Réseau des Musées de la Vallée de la Lys":
 * association.yml, and per year a FEC, a membership register, an activity log and volunteer hours.
 * Every person, museum and company is invented (names combined from small lists with a seeded Random).
 *
 * <p>Usage: {@code java ... org.cloture.demo.DemoAssociationGenerator [outputFolder]} (default {@code input}).
 * Text files are byte-stable; xlsx files have fixed core properties and fixed zip entry times.
 *
 * <p>Money is handled as long cents throughout.
 */
public final class DemoAssociationGenerator {

    static final long SEED = 19010701L;
    static final String SIREN = "900000001";
    static final String NAME = "Réseau des Musées de la Vallée de la Lys";
    static final long HOURLY_RATE_CENTS = 1500;
    static final String FIXED_TIMESTAMP = "2024-01-15T09:00:00Z";
    static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2024, 1, 15, 9, 0, 0);
    static final long BANK_FLOOR_CENTS = 300_000;

    static final String BANK = "512100";
    static final String SAVINGS = "512200";
    static final String SUPPLIERS = "401000";
    static final String USERS = "411000";
    static final String GRANTS_RECEIVABLE = "441000";

    static final DateTimeFormatter FEC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    // ------------------------------------------------------------------ chart of accounts (labels)

    static final Map<String, String> ACCOUNTS = new TreeMap<>();

    static {
        account("102000", "Fonds propres sans droit de reprise");
        account("110000", "Report à nouveau (solde créditeur)");
        account("119000", "Report à nouveau (solde débiteur)");
        account("120000", "Résultat de l'exercice (excédent)");
        account("129000", "Résultat de l'exercice (déficit)");
        account("194000", "Fonds dédiés sur subventions d'exploitation");
        account("218300", "Matériel de bureau et matériel informatique");
        account("281830", "Amortissements du matériel de bureau et informatique");
        account(SUPPLIERS, "Fournisseurs");
        account(USERS, "Usagers");
        account("421000", "Personnel - rémunérations dues");
        account("431000", "Sécurité sociale");
        account("437000", "Autres organismes sociaux");
        account(GRANTS_RECEIVABLE, "État et collectivités - subventions à recevoir");
        account(BANK, "Banque - compte courant");
        account(SAVINGS, "Banque - livret associatif");
        account("606100", "Fournitures non stockables (eau, énergie)");
        account("606300", "Fournitures d'entretien et de petit équipement");
        account("606400", "Fournitures administratives");
        account("611000", "Sous-traitance générale (transports, visites)");
        account("613200", "Locations immobilières");
        account("613500", "Locations mobilières");
        account("616000", "Primes d'assurance");
        account("622600", "Honoraires");
        account("622800", "Rémunérations d'intervenants");
        account("623100", "Annonces et insertions");
        account("623600", "Catalogues et imprimés");
        account("625100", "Voyages et déplacements");
        account("625700", "Réceptions");
        account("626100", "Frais postaux");
        account("626300", "Frais de télécommunications");
        account("627000", "Services bancaires");
        account("628100", "Cotisations");
        account("641100", "Salaires");
        account("645100", "Cotisations à l'URSSAF");
        account("645300", "Cotisations aux caisses de retraite");
        account("681100", "Dotations aux amortissements des immobilisations");
        account("689400", "Reports en fonds dédiés sur subventions d'exploitation");
        account("706100", "Prestations de services - circuits de visite");
        account("706200", "Prestations de services - formations");
        account("741100", "Subvention d'exploitation - État DRAC Hauts-de-France");
        account("741200", "Subvention d'exploitation - Région Hauts-de-France");
        account("741300", "Subvention d'exploitation - Département du Nord");
        account("741400", "Subvention d'exploitation - Département du Pas-de-Calais");
        account("741500", "Subvention d'exploitation - Département de la Somme");
        account("741800", "Subvention d'exploitation - Métropole Européenne de Lille");
        account("754100", "Dons manuels");
        account("754200", "Mécénat");
        account("756000", "Cotisations");
        account("768100", "Intérêts des comptes sur livret");
        account("789400", "Utilisations des fonds dédiés sur subventions d'exploitation");
        account("864000", "Personnel bénévole");
        account("875000", "Bénévolat");
    }

    private static void account(String number, String label) {
        ACCOUNTS.put(number, label);
    }

    // ------------------------------------------------------------------ places

    record Commune(String name, String postalCode, String departement, String country) {
        static Commune fr(String name, String postalCode) {
            return new Commune(name, postalCode, postalCode.substring(0, 2), "France");
        }

        static Commune be(String name, String postalCode) {
            return new Commune(name, postalCode, "", "Belgique");
        }
    }

    static final Map<String, Commune> COMMUNES = new LinkedHashMap<>();

    static {
        for (Commune c : List.of(
            Commune.fr("Lille", "59000"), Commune.fr("Roubaix", "59100"), Commune.fr("Tourcoing", "59200"),
            Commune.fr("Armentières", "59280"), Commune.fr("Hazebrouck", "59190"), Commune.fr("Bailleul", "59270"),
            Commune.fr("Cambrai", "59400"), Commune.fr("Valenciennes", "59300"), Commune.fr("Maubeuge", "59600"),
            Commune.fr("Douai", "59500"), Commune.fr("Dunkerque", "59140"), Commune.fr("Estaires", "59940"),
            Commune.fr("Merville", "59660"),
            Commune.fr("Aire-sur-la-Lys", "62120"), Commune.fr("Saint-Omer", "62500"), Commune.fr("Béthune", "62400"),
            Commune.fr("Arras", "62000"), Commune.fr("Lens", "62300"), Commune.fr("Boulogne-sur-Mer", "62200"),
            Commune.fr("Calais", "62100"), Commune.fr("Lillers", "62190"), Commune.fr("Hesdin", "62140"),
            Commune.fr("Amiens", "80000"), Commune.fr("Abbeville", "80100"), Commune.fr("Albert", "80300"),
            Commune.fr("Péronne", "80200"),
            Commune.fr("Saint-Quentin", "02100"), Commune.fr("Laon", "02000"), Commune.fr("Soissons", "02200"),
            Commune.fr("Guise", "02120"),
            Commune.fr("Beauvais", "60000"), Commune.fr("Compiègne", "60200"), Commune.fr("Senlis", "60300"),
            Commune.fr("Creil", "60100"),
            Commune.be("Tournai", "7500"), Commune.be("Mouscron", "7700"), Commune.be("Comines-Warneton", "7780"))) {
            COMMUNES.put(c.name(), c);
        }
    }

    static Commune commune(String name) {
        Commune c = COMMUNES.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown commune " + name);
        }
        return c;
    }

    /** Communes of natural persons, repeated to weight the départements (59 > 62 > 80 > 02, 60). */
    static final List<String> PERSON_COMMUNES = List.of(
        "Lille", "Lille", "Lille", "Roubaix", "Tourcoing", "Armentières", "Armentières", "Hazebrouck", "Bailleul",
        "Cambrai", "Valenciennes", "Douai", "Dunkerque", "Estaires", "Merville", "Merville", "Lille", "Roubaix",
        "Aire-sur-la-Lys", "Aire-sur-la-Lys", "Aire-sur-la-Lys", "Saint-Omer", "Saint-Omer", "Béthune", "Béthune",
        "Arras", "Lens", "Lillers", "Hesdin", "Boulogne-sur-Mer",
        "Amiens", "Abbeville", "Albert", "Péronne",
        "Saint-Quentin", "Laon", "Soissons",
        "Beauvais", "Compiègne", "Creil");

    // ------------------------------------------------------------------ people (invented)

    static final List<String> FEMALE_FIRST = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine",
        "Christine", "Sophie", "Valérie", "Sandrine", "Véronique", "Céline", "Claire", "Anne", "Martine", "Monique",
        "Françoise", "Hélène", "Aurélie", "Julie", "Camille", "Élise", "Brigitte", "Chantal", "Émilie", "Pauline",
        "Laure", "Agnès", "Odile", "Josiane", "Léa");
    static final List<String> MALE_FIRST = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick",
        "Nicolas", "Christophe", "Daniel", "Bernard", "Éric", "Frédéric", "Laurent", "Stéphane", "Pascal",
        "Olivier", "Thierry", "Didier", "Gérard", "Francis", "Hervé", "Bruno", "Xavier", "Julien", "Thomas",
        "Antoine", "Lucien", "Rémi", "Hugo", "Benoît");
    static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Lefebvre", "Leroy", "Dupont",
        "Lemaire", "Delattre", "Lambert", "Fontaine", "Petit", "Duhamel", "Leclercq", "Carpentier", "Dumont",
        "Vasseur", "Mercier", "Caron", "Lecomte", "Delannoy", "Deschamps", "Vandamme", "Lefort", "Hennebert",
        "Delaporte", "Lemoine", "Bouchez", "Dupuis", "Descamps", "Roussel", "Lenoir", "Wattel", "Poulain",
        "Masquelier", "Desmet", "Flament", "Cordier", "Hochart", "Baillet", "Dewaele", "Morel", "Gosselin",
        "Blondel", "Lebrun", "Catteau", "Maillard", "Lheureux", "Verhaeghe", "Cuvelier", "Delplanque");

    record LegalPerson(String name, String legalStatus, String commune) {
    }

    /** Invented legal persons; the last five are the museums that join in 2023. */
    static final List<LegalPerson> LEGAL_PERSONS = List.of(
        new LegalPerson("Écomusée des Vanniers de la Lys", "association", "Merville"),
        new LegalPerson("Musée du Lin et du Teillage", "association", "Estaires"),
        new LegalPerson("Maison des Tisserands de Haute-Deûle", "association", "Armentières"),
        new LegalPerson("Musée de l'École d'autrefois", "association", "Hazebrouck"),
        new LegalPerson("Conservatoire des Outils agricoles", "association", "Bailleul"),
        new LegalPerson("Musée de la Batellerie de la Lys", "association", "Aire-sur-la-Lys"),
        new LegalPerson("Maison du Sabotier", "association", "Hesdin"),
        new LegalPerson("Musée de la Chaussure et du Cuir", "association", "Lillers"),
        new LegalPerson("Atelier-musée de l'Imprimerie", "association", "Saint-Omer"),
        new LegalPerson("Musée du Chemin de fer minier", "association", "Lens"),
        new LegalPerson("Musée des Métiers de la Mer", "association", "Boulogne-sur-Mer"),
        new LegalPerson("Conservatoire de la Dentelle mécanique", "association", "Calais"),
        new LegalPerson("Musée de la Vie rurale picarde", "association", "Albert"),
        new LegalPerson("Maison de la Bonneterie", "association", "Mouscron"),
        new LegalPerson("Musée municipal des Beaux-Arts et de l'Industrie", "établissement public", "Cambrai"),
        new LegalPerson("Musée de la Mine et des Mineurs", "établissement public", "Douai"),
        new LegalPerson("Centre d'interprétation du Port et des Canaux", "établissement public", "Dunkerque"),
        new LegalPerson("Musée du Textile et de la Mode", "établissement public", "Tourcoing"),
        new LegalPerson("Centre d'interprétation de l'Architecture industrielle", "établissement public", "Roubaix"),
        new LegalPerson("Musée intercommunal de la Céramique", "établissement public", "Soissons"),
        new LegalPerson("Les Amis du Moulin de Bailleul", "association", "Bailleul"),
        new LegalPerson("Cercle d'histoire locale d'Aire-sur-la-Lys", "association", "Aire-sur-la-Lys"),
        new LegalPerson("Société d'études du patrimoine industriel du Valenciennois", "association", "Valenciennes"),
        new LegalPerson("Les Amis du Beffroi de Béthune", "association", "Béthune"),
        new LegalPerson("Patrimoine et Canaux de l'Audomarois", "association", "Saint-Omer"),
        new LegalPerson("Collectif des Métiers d'art de Picardie", "association", "Abbeville"),
        new LegalPerson("Vapeur et Patrimoine de la Sambre", "association", "Maubeuge"),
        new LegalPerson("Les Amis des Jardins ouvriers de Creil", "association", "Creil"),
        new LegalPerson("Brasserie des Trois Écluses", "entreprise", "Merville"),
        new LegalPerson("Tissages de la Deûle", "entreprise", "Roubaix"),
        new LegalPerson("Biscuiterie du Boulonnais", "entreprise", "Boulogne-sur-Mer"),
        new LegalPerson("Imprimerie Lysienne", "entreprise", "Aire-sur-la-Lys"),
        new LegalPerson("Ateliers Mécaniques de la Sambre", "entreprise", "Maubeuge"),
        new LegalPerson("Chocolaterie des Flandres", "entreprise", "Hazebrouck"),
        new LegalPerson("Office de tourisme de la Vallée de la Lys", "établissement public", "Aire-sur-la-Lys"),
        new LegalPerson("Office de tourisme du Ternois Nord", "établissement public", "Hesdin"),
        new LegalPerson("Lycée professionnel des Métiers d'art", "établissement public", "Abbeville"),
        new LegalPerson("Musée des Horlogers", "établissement public", "Saint-Quentin"),
        new LegalPerson("Musée de la Préhistoire et des Carrières", "établissement public", "Laon"),
        new LegalPerson("Maison des Artisans du Bois", "association", "Compiègne"),
        new LegalPerson("Musée de la Vannerie de Thiérache", "association", "Guise"),
        new LegalPerson("Maison du Velours", "association", "Amiens"));

    static final class Member {
        String id;
        boolean legal;
        String name;
        String firstName = "";
        boolean female;
        String legalStatus = "";
        Commune commune;
        LocalDate joined;
        LocalDate left;
        String role = "";
        String email;
        String phone;
        final Map<Integer, Payment> payments = new TreeMap<>();

        boolean memberIn(int year) {
            return joined.getYear() <= year && (left == null || left.getYear() >= year);
        }

        boolean museum() {
            return legal && (name.startsWith("Musée") || name.startsWith("Écomusée") || name.startsWith("Maison")
                || name.startsWith("Conservatoire") || name.startsWith("Centre") || name.startsWith("Atelier-musée"));
        }

        String displayName() {
            return legal ? name : firstName + " " + name;
        }
    }

    record Payment(long feeCents, LocalDate paidOn, String method) {
    }

    // ------------------------------------------------------------------ activities and hours

    record Activity(LocalDate date, String title, String category, String place, String departement,
                    int participants, int structures, long incomeCents, long expenseCents, String incomeAccount,
                    String expenseAccount, String supplier, boolean highlight) {
    }

    /** One row of the volunteer register: a day, or a whole month when {@code month} is set. */
    record VolunteerRow(String volunteer, String memberId, LocalDate date, YearMonth month, int halfHours,
                        String activity) {
        LocalDate sortDate() {
            return date != null ? date : month.atEndOfMonth();
        }
    }

    // ------------------------------------------------------------------ ledger

    record Line(String account, long debit, long credit) {
    }

    static final class Entry {
        final String journal;
        final LocalDate date;
        final String pieceRef;
        final LocalDate pieceDate;
        final String label;
        final List<Line> lines = new ArrayList<>();
        int priority = 1;
        int seq;
        String number;

        Entry(String journal, LocalDate date, String pieceRef, LocalDate pieceDate, String label) {
            this.journal = journal;
            this.date = date;
            this.pieceRef = pieceRef;
            this.pieceDate = pieceDate;
            this.label = label;
        }

        Entry debit(String account, long cents) {
            lines.add(new Line(account, cents, 0));
            return this;
        }

        Entry credit(String account, long cents) {
            lines.add(new Line(account, 0, cents));
            return this;
        }

        void checkBalanced() {
            long d = lines.stream().mapToLong(Line::debit).sum();
            long c = lines.stream().mapToLong(Line::credit).sum();
            if (d != c || d == 0) {
                throw new IllegalStateException("unbalanced entry " + label + ": " + d + " / " + c);
            }
        }
    }

    static final Map<String, String> JOURNALS = Map.of("AN", "À nouveaux", "BQ", "Banque", "HA", "Achats",
        "VT", "Ventes", "SA", "Salaires", "OD", "Opérations diverses");

    static final class Ledger {
        final int year;
        final List<Entry> entries = new ArrayList<>();
        final List<Entry> carryOut = new ArrayList<>();
        private int seq;

        Ledger(int year) {
            this.year = year;
        }

        /** Books the entry, or carries it to next year when it is dated after the closing date. */
        Entry add(Entry e) {
            e.checkBalanced();
            if (e.date.getYear() > year) {
                carryOut.add(e);
            } else {
                e.seq = seq++;
                entries.add(e);
            }
            return e;
        }

        List<Entry> sorted() {
            List<Entry> list = new ArrayList<>(entries);
            list.sort(Comparator.comparing((Entry e) -> e.date).thenComparingInt(e -> e.priority)
                .thenComparingInt(e -> e.seq));
            return list;
        }

        Map<String, Long> balances() {
            Map<String, Long> b = new TreeMap<>();
            for (Entry e : entries) {
                for (Line l : e.lines) {
                    b.merge(l.account(), l.debit() - l.credit(), Long::sum);
                }
            }
            return b;
        }

        long balance(String prefix) {
            return balances().entrySet().stream().filter(x -> x.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
        }

        /** Σ class 7 (credit positive) − Σ class 6 (debit positive). */
        long result() {
            return -balance("7") - balance("6");
        }
    }

    // ------------------------------------------------------------------ per-year plan

    record Grant(String account, long amountCents, LocalDate notified, int[] percents, LocalDate[] paidOn) {
    }

    record Post(String label, long monthlyGrossCents) {
    }

    /** Recurring expenses that are not tied to one action: account, label, suppliers, annual total, count. */
    record ExpenseKind(String account, String label, List<String> suppliers, long annualCents, int count,
                       boolean directDebit) {
    }

    record YearPlan(int year, LocalDate generalAssembly, List<Post> posts, List<Grant> grants,
                    List<ExpenseKind> expenses, Map<String, Long> fees, long circuitPriceCents,
                    long trainingPriceCents, long depreciationCents, long assetPurchaseCents, String assetLabel,
                    long dedicatedFundsUsedCents, long dedicatedFundsReportedCents, int savingsRateBasisPoints,
                    long targetResultCents, int donations, List<long[]> patronage) {
    }

    static List<ExpenseKind> recurringExpenses(int year) {
        long k = year == 2022 ? 100 : year == 2023 ? 104 : year == 2024 ? 107 : 109; // prices +4 %, +3 %, +2 %
        return List.of(
            new ExpenseKind("606100", "Électricité et chauffage du siège", List.of("Lys Énergies"),
                360_000 * k / 100, 12, true),
            new ExpenseKind("606300", "Petit équipement", List.of("Quincaillerie Lysienne",
                "Fournitures Pro du Nord"), 280_000 * k / 100, 20, false),
            new ExpenseKind("606400", "Fournitures de bureau", List.of("Papeterie de la Lys"),
                240_000 * k / 100, 24, false),
            new ExpenseKind("611000", "Visites guidées et médiation", List.of("Guides du Patrimoine des Flandres",
                "Médiation Culturelle de l'Artois"), 1_200_000 * k / 100, 10, false),
            new ExpenseKind("613200", "Loyer du siège", List.of("SCI du Rivage"), 1_920_000 * k / 100, 12, true),
            new ExpenseKind("616000", "Assurance multirisque et responsabilité civile",
                List.of("Assurances Mutuelles de l'Artois"), 235_000 * k / 100, 1, false),
            new ExpenseKind("622600", "Établissement des bulletins de paie", List.of("Cabinet Comptable du Rivage"),
                114_000 * k / 100, 12, false),
            new ExpenseKind("623100", "Annonces et insertions", List.of("L'Écho de la Lys (annonces)",
                "Gazette des Flandres (annonces)"), 350_000 * k / 100, 10, false),
            new ExpenseKind("623600", "Impression de dépliants et affiches", List.of("Imprimerie Lysienne",
                "Atelier Graphique des Flandres"), 900_000 * k / 100, 20, false),
            new ExpenseKind("625100", "Remboursement de frais de déplacement", List.of("Note de frais"),
                850_000 * k / 100, 48, true),
            new ExpenseKind("625700", "Accueil et réceptions", List.of("Traiteur des Flandres", "Café des Arts"),
                200_000 * k / 100, 16, false),
            new ExpenseKind("626100", "Affranchissements et routage", List.of("Routage Express Nord"),
                150_000 * k / 100, 20, false),
            new ExpenseKind("626300", "Téléphone et internet", List.of("Télécom Flandres"),
                156_000 * k / 100, 12, true),
            new ExpenseKind("628100", "Cotisations aux réseaux professionnels",
                List.of("Fédération régionale des écomusées", "Union des musées de société du Nord",
                    "Conseil régional du tourisme associatif"), 260_000 * k / 100, 4, false));
    }

    static YearPlan plan2022() {
        return new YearPlan(2022, LocalDate.of(2022, 5, 21),
            List.of(new Post("direction", 375_000), new Post("chargée de mission", 265_000),
                new Post("chargée de communication (mi-temps)", 130_000)),
            List.of(
                grant("741100", 15_000_00, "2022-04-12", new int[] {100}, "2022-07-08"),
                grant("741200", 65_000_00, "2022-02-18", new int[] {50, 50}, "2022-03-30", "2022-10-14"),
                grant("741300", 80_000_00, "2022-01-28", new int[] {40, 40, 20}, "2022-02-25", "2022-06-24",
                    "2023-02-17"),
                grant("741400", 22_000_00, "2022-03-15", new int[] {100}, "2022-05-20"),
                grant("741500", 4_500_00, "2022-05-10", new int[] {100}, "2022-09-09"),
                grant("741800", 20_000_00, "2022-06-03", new int[] {100}, "2022-09-30")),
            recurringExpenses(2022),
            Map.of("PP", 25_00L, "association", 60_00L, "museum", 80_00L, "établissement public", 150_00L,
                "entreprise", 250_00L),
            45_00, 30_00, 2_900_00, 1_800_00, "Ordinateur portable et écran",
            6_000_00, 0, 50, 3_186_42, 48,
            List.of(new long[] {6, 5_000_00}, new long[] {11, 3_000_00}));
    }

    static YearPlan plan2023() {
        return new YearPlan(2023, LocalDate.of(2023, 5, 20),
            List.of(new Post("direction", 386_000), new Post("chargée de mission", 273_000),
                new Post("chargée de communication (0,8 ETP)", 214_000)),
            List.of(
                grant("741100", 12_000_00, "2023-04-14", new int[] {100}, "2023-07-07"),
                grant("741200", 70_000_00, "2023-02-17", new int[] {50, 50}, "2023-03-31", "2023-10-13"),
                grant("741300", 96_000_00, "2023-01-27", new int[] {40, 40, 20}, "2023-02-24", "2023-06-23",
                    "2024-02-16"),
                grant("741400", 22_000_00, "2023-03-14", new int[] {100}, "2023-05-19"),
                grant("741500", 6_000_00, "2023-05-12", new int[] {100}, "2023-09-08"),
                grant("741800", 25_000_00, "2023-06-02", new int[] {100}, "2023-09-29")),
            recurringExpenses(2023),
            Map.of("PP", 25_00L, "association", 65_00L, "museum", 85_00L, "établissement public", 150_00L,
                "entreprise", 250_00L),
            48_00, 30_00, 3_100_00, 2_400_00, "Vidéoprojecteur et écran pour les rencontres",
            0, 5_000_00, 200, -4_275_18, 44,
            List.of(new long[] {6, 5_000_00}, new long[] {10, 2_500_00}));
    }


    // ------------------------------------------------------------------ 2024 and 2025

    /** The 2025 FEC booked in the old chart, for the tests of the old-meaning findings (not a drop folder). */
    static final String OLD_CHART_COPY = "src/test/resources/demo-ancien-plan/900000001FEC20251231.txt";

    /** 2025 accounts of the modernised chart and the account the old chart used for the same thing. */
    static final Map<String, String> NEW_TO_OLD_CHART = new TreeMap<>(Map.of(
        "747000", "777000", "649000", "791000", "758700", "791000", "757000", "775000"));

    static {
        account("131000", "Subvention d'investissement - Région Hauts-de-France (bornes audioguides)");
        account("139000", "Subventions d'investissement inscrites au compte de résultat");
        account("218800", "Bornes audioguides itinérantes");
        account("281880", "Amortissements des bornes audioguides");
        account("649000", "Remboursements de charges de personnel (indemnités journalières)");
        account("747000", "Quote-part des subventions d'investissement virée au résultat");
        account("757000", "Produits des cessions d'éléments d'actif");
        account("758700", "Indemnités d'assurance");
        account("775000", "Produits des cessions d'éléments d'actif");
        account("777000", "Quote-part des subventions d'investissement virée au résultat");
        account("791000", "Transferts de charges d'exploitation");
    }

    static YearPlan plan2024() {
        return new YearPlan(2024, LocalDate.of(2024, 5, 25),
            List.of(new Post("direction", 395_000), new Post("chargée de mission", 280_000),
                new Post("chargée de communication (0,8 ETP)", 219_000)),
            List.of(
                grant("741100", 10_000_00, "2024-04-12", new int[] {100}, "2024-07-05"),
                grant("741200", 71_000_00, "2024-02-16", new int[] {50, 50}, "2024-03-29", "2024-10-11"),
                grant("741300", 94_000_00, "2024-01-26", new int[] {40, 40, 20}, "2024-02-23", "2024-06-21",
                    "2025-02-14"),
                grant("741400", 23_000_00, "2024-03-15", new int[] {100}, "2024-05-17"),
                grant("741500", 6_000_00, "2024-05-14", new int[] {100}, "2024-09-06"),
                grant("741800", 26_000_00, "2024-06-07", new int[] {100}, "2024-09-27")),
            recurringExpenses(2024),
            Map.of("PP", 25_00L, "association", 65_00L, "museum", 85_00L, "établissement public", 150_00L,
                "entreprise", 250_00L),
            48_00, 32_00, 2_600_00, 1_500_00, "Poste informatique pour l'accueil du siège",
            5_000_00, 0, 240, 1_862_37, 46,
            List.of(new long[] {6, 5_000_00}, new long[] {10, 3_000_00}));
    }

    static YearPlan plan2025() {
        return new YearPlan(2025, LocalDate.of(2025, 5, 24),
            List.of(new Post("direction", 404_000), new Post("chargée de mission", 287_000),
                new Post("chargée de communication", 272_000)),
            List.of(
                grant("741100", 12_000_00, "2025-04-11", new int[] {100}, "2025-07-04"),
                grant("741200", 74_000_00, "2025-02-14", new int[] {50, 50}, "2025-03-28", "2025-10-10"),
                grant("741300", 100_000_00, "2025-01-31", new int[] {40, 40, 20}, "2025-02-28", "2025-06-20",
                    "2026-02-13"),
                grant("741400", 24_000_00, "2025-03-14", new int[] {100}, "2025-05-16"),
                grant("741500", 6_000_00, "2025-05-13", new int[] {100}, "2025-09-05"),
                grant("741800", 30_000_00, "2025-06-06", new int[] {100}, "2025-09-26")),
            recurringExpenses(2025),
            Map.of("PP", 28_00L, "association", 70_00L, "museum", 90_00L, "établissement public", 160_00L,
                "entreprise", 260_00L),
            50_00, 32_00, 1_500_00, 2_000_00, "Ordinateurs portables pour les médiateurs",
            0, 0, 170, 3_415_08, 47,
            List.of(new long[] {6, 5_500_00}, new long[] {10, 3_000_00}));
    }

    /** Museums and partners that join in 2024 and 2025 (invented, like the others). */
    static final List<LegalPerson> LEGAL_PERSONS_2024_2025 = List.of(
        new LegalPerson("Musée des Écluses et de la Navigation", "association", "Merville"),
        new LegalPerson("Coopérative des Guides de la Lys", "entreprise", "Aire-sur-la-Lys"),
        new LegalPerson("Atelier-musée du Verre soufflé", "association", "Hazebrouck"),
        new LegalPerson("Maison de la Poterie de l'Artois", "association", "Arras"));

    /**
     * Newcomers of 2024 (7 persons, 2 structures) and 2025 (6 persons, 2 structures), and leavers: 3 persons
     * in 2024, 4 persons and one company in 2025; volunteers and the board stay.
     */
    static void addMembers2024And2025(List<Member> members, List<Member> volunteers, Random rnd) {
        List<Member> leaving = new ArrayList<>(members.stream().filter(m -> m.role.isEmpty() && m.left == null
            && m.joined.getYear() < 2023 && !volunteers.contains(m)).toList());
        Collections.shuffle(leaving, rnd);
        List<LocalDate> exits = List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 12, 31),
            LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31),
            LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31));
        List<Member> persons = leaving.stream().filter(m -> !m.legal).toList();
        for (int i = 0; i < exits.size(); i++) {
            persons.get(i).left = exits.get(i);
        }
        leaving.stream().filter(m -> m.legal && m.legalStatus.equals("entreprise") && !PATRONS.contains(m.name))
            .findFirst().orElseThrow().left = LocalDate.of(2025, 12, 31);

        Set<String> usedNames = new LinkedHashSet<>();
        members.forEach(m -> usedNames.add(m.firstName + " " + m.name));
        int number = members.stream().mapToInt(m -> Integer.parseInt(m.id.substring(1))).max().orElseThrow();
        int legalIndex = 0;
        for (int year : new int[] {2024, 2025}) {
            int count = year == 2024 ? 9 : 8;
            List<LocalDate> joins = sortedDates(rnd, LocalDate.of(year, 1, 20), LocalDate.of(year, 11, 20), count);
            for (int i = 0; i < count; i++) {
                Member m = new Member();
                m.id = String.format("A%04d", ++number);
                m.joined = joins.get(i);
                m.legal = i == 2 || i == 6;
                if (m.legal) {
                    LegalPerson lp = LEGAL_PERSONS_2024_2025.get(legalIndex++);
                    m.name = lp.name();
                    m.legalStatus = lp.legalStatus();
                    m.commune = commune(lp.commune());
                    m.email = "contact." + slug(m.name).replace(' ', '-') + "@example.org";
                    m.phone = String.format("03 53 01 %02d %02d", rnd.nextInt(100), rnd.nextInt(100));
                } else {
                    naturalPerson(m, rnd, usedNames);
                }
                members.add(m);
            }
        }
    }

    /**
     * What the modernised chart changes, booked the way each year's chart says: in 2024 (old chart) the
     * investment grant's share goes to 777 and the sick-pay refunds to 791 (transferts de charges); in 2025
     * (new chart) the share goes to 747, the refunds to 649, an insurance indemnity to 7587 and the sale of a
     * fully depreciated laptop to 757. Nothing for the earlier years.
     */
    static void bookInvestmentGrantRefundsAndDisposals(Ledger ledger, YearPlan plan) {
        int year = plan.year();
        LocalDate end = LocalDate.of(year, 12, 31);
        if (year == 2024) {
            LocalDate notified = LocalDate.of(2024, 2, 20);
            ledger.add(new Entry("OD", notified, "NOTIF-2024-INV", notified.minusDays(5),
                "Subvention d'investissement 2024 - Région Hauts-de-France (bornes audioguides)")
                .debit(GRANTS_RECEIVABLE, 10_000_00).credit("131000", 10_000_00));
            ledger.add(receive(LocalDate.of(2024, 6, 14), GRANTS_RECEIVABLE, 10_000_00, "NOTIF-2024-INV-V1",
                "Versement subvention d'investissement 2024 - Région Hauts-de-France"));
            LocalDate bought = LocalDate.of(2024, 4, 2);
            ledger.add(new Entry("HA", bought, "FA2024-IMMO2", bought.minusDays(3),
                "Bornes audioguides itinérantes (4) - Sonorisation des Flandres")
                .debit("218800", 15_000_00).credit(SUPPLIERS, 15_000_00));
            ledger.add(pay(LocalDate.of(2024, 5, 3), SUPPLIERS, 15_000_00, "FA2024-IMMO2-R",
                "Règlement FA2024-IMMO2 - Bornes audioguides itinérantes"));
            int n = 0;
            for (long refund : new long[] {780_00, 920_00, 640_00}) {
                LocalDate d = LocalDate.of(2024, 3 + 3 * n, 18);
                ledger.add(new Entry("BQ", d, String.format("IJSS-2024-%02d", ++n), d,
                    "Indemnités journalières CPAM (subrogation) - transfert de charges").debit(BANK, refund)
                    .credit("791000", refund));
            }
        } else if (year == 2025) {
            int n = 0;
            for (long refund : new long[] {560_00, 1_000_00}) {
                LocalDate d = LocalDate.of(2025, 4 + 4 * n, 16);
                ledger.add(new Entry("BQ", d, String.format("IJSS-2025-%02d", ++n), d,
                    "Indemnités journalières CPAM (subrogation) - remboursement de charges de personnel")
                    .debit(BANK, refund).credit("649000", refund));
            }
            LocalDate indemnity = LocalDate.of(2025, 3, 21);
            ledger.add(new Entry("BQ", indemnity, "ASS-2025-01", indemnity,
                "Indemnité dégât des eaux - Assurances Mutuelles de l'Artois").debit(BANK, 950_00)
                .credit("758700", 950_00));
            LocalDate sold = LocalDate.of(2025, 9, 15);
            ledger.add(new Entry("OD", sold, "CESSION-2025-01", sold,
                "Sortie de l'ordinateur portable 2022 (entièrement amorti)").debit("281830", 1_800_00)
                .credit("218300", 1_800_00));
            ledger.add(new Entry("BQ", sold, "CESSION-2025-01-P", sold,
                "Cession de l'ordinateur portable 2022 - prix de vente").debit(BANK, 200_00).credit("757000", 200_00));
        } else {
            return;
        }
        // Bornes depreciated over 5 years from April 2024, the grant taken to income at the same pace.
        long depreciation = year == 2024 ? 2_250_00 : 3_000_00;
        long share = year == 2024 ? 1_500_00 : 2_000_00;
        ledger.add(new Entry("OD", end, "AMORT-" + year + "-B", end, "Dotation aux amortissements " + year
            + " - bornes audioguides").debit("681100", depreciation).credit("281880", depreciation));
        ledger.add(new Entry("OD", end, "QP-SUBV-" + year, end, "Quote-part " + year
            + " de la subvention d'investissement virée au résultat").debit("139000", share)
            .credit(year == 2024 ? "777000" : "747000", share));
    }

    /** The 2025 FEC with the old chart's accounts: same entries, same totals, other numbers. */
    static void writeOldChartCopy(Path file, Ledger ledger2025) throws IOException {
        Files.createDirectories(file.getParent());
        writeFec(file, ledger2025, NEW_TO_OLD_CHART);
    }

    static Grant grant(String account, long amount, String notified, int[] percents, String... paidOn) {
        LocalDate[] dates = new LocalDate[paidOn.length];
        for (int i = 0; i < paidOn.length; i++) {
            dates[i] = LocalDate.parse(paidOn[i]);
        }
        return new Grant(account, amount, LocalDate.parse(notified), percents, dates);
    }

    // ------------------------------------------------------------------ generation

    /** The key totals of one year, printed by main and asserted by the pipeline's tests. */
    record YearSummary(int year, int fecLines, int entries, int members, int legalPersons, int naturalPersons,
                       int newMembers, int activities, int volunteerRows, long halfHours, long feesCents,
                       long class7Cents, long class6Cents, long resultCents, long totalBilanCents,
                       long circuitsCents, long volunteeringCents) {
        @Override
        public String toString() {
            return year + ": FEC " + fecLines + " lines / " + entries + " entries; register " + members
                + " (PM " + legalPersons + ", PP " + naturalPersons + ", new " + newMembers + "); activities "
                + activities + "; volunteer rows " + volunteerRows + ", hours " + hours(halfHours)
                + "; Σ756 " + money(feesCents) + "; Σ706100 " + money(circuitsCents) + "; Σ7 " + money(class7Cents)
                + "; Σ6 " + money(class6Cents) + "; result " + money(resultCents) + "; total bilan "
                + money(totalBilanCents) + "; CVN 864/875 " + money(volunteeringCents);
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "input");
        Path oldChartCopy = Path.of(args.length > 1 ? args[1] : OLD_CHART_COPY);
        for (YearSummary s : generate(out, oldChartCopy)) {
            System.out.println(s);
        }
    }

    public static List<YearSummary> generate(Path out) throws IOException {
        return generate(out, null);
    }

    /**
     * @param oldChartCopy where to write the 2025 FEC booked in the old chart (777, 791, 775), for the tests of
     *                     the old-meaning findings; null: not written
     */
    public static List<YearSummary> generate(Path out, Path oldChartCopy) throws IOException {
        List<Member> members = buildMembers(new Random(SEED + 1));
        List<Member> volunteers = pickVolunteers(members, new Random(SEED + 2));
        List<String> outsiders = outsiderVolunteers(members, new Random(SEED + 3));

        Files.createDirectories(out);
        Files.writeString(out.resolve("association.yml"), associationYml(), StandardCharsets.UTF_8);

        List<YearSummary> summaries = new ArrayList<>();
        Map<String, Long> opening = openingBalances2021();
        List<Entry> carryIn = carryIn2021();
        long previousResult = 2_140_55;
        for (YearPlan plan : List.of(plan2022(), plan2023(), plan2024(), plan2025())) {
            int year = plan.year();
            if (year == 2024) {
                addMembers2024And2025(members, volunteers, new Random(SEED + 4));
            }
            Path dir = out.resolve(String.valueOf(year));
            Files.createDirectories(dir);
            Random yr = new Random(SEED * 31 + year);
            assignPayments(members, plan, yr);
            List<Activity> activities = buildActivities(plan, members, yr);
            List<VolunteerRow> hours = buildVolunteerRows(year, activities, volunteers, outsiders, yr);
            Ledger ledger = buildLedger(plan, opening, carryIn, previousResult, members, activities, hours, yr);

            int fecLines = writeFec(dir.resolve(SIREN + "FEC" + year + "1231.txt"), ledger);
            writeMembers(dir.resolve("adherents.xlsx"), members, year);
            writeActivities(dir.resolve("activites.xlsx"), activities);
            if (year == 2022) {
                writeVolunteersCsv(dir.resolve("benevolat.csv"), hours, yr);
            } else {
                writeVolunteersXlsx(dir.resolve("benevolat.xlsx"), hours);
            }
            if (year >= 2023) {
                Files.writeString(dir.resolve("rapport.md"), reportMarkdown(plan, members, activities),
                    StandardCharsets.UTF_8);
                writeBankStatement(dir.resolve("releve-compte-courant.csv"), ledger, opening.getOrDefault(BANK, 0L));
            }
            summaries.add(summarize(plan, ledger, fecLines, members, activities, hours));
            if (year == 2025 && oldChartCopy != null) {
                writeOldChartCopy(oldChartCopy, ledger);
            }

            previousResult = ledger.result();
            opening = closingBalances(ledger);
            carryIn = ledger.carryOut;
        }
        writeBudget(out.resolve("2025").resolve("budget-previsionnel.xlsx"));
        Path coming = out.resolve("2026");
        Files.createDirectories(coming);
        Files.writeString(coming.resolve("programme.md"), programmeMarkdown(), StandardCharsets.UTF_8);
        writePlanning(coming.resolve("planning-2026.xlsx"));
        return summaries;
    }

    // ------------------------------------------------------------------ members

    static List<Member> buildMembers(Random rnd) {
        int old = 145;
        int fresh2022 = 10;
        int fresh2023 = 12;
        int total = old + fresh2023;
        List<Boolean> legalFlags = new ArrayList<>();
        for (int i = 0; i < old; i++) {
            legalFlags.add(i < 37);
        }
        Collections.shuffle(legalFlags, rnd);
        for (int i = 0; i < fresh2023; i++) {
            legalFlags.add(i % 2 == 0 && i < 10); // 5 legal persons among the 2023 newcomers
        }
        List<LocalDate> joins = new ArrayList<>();
        joins.addAll(sortedDates(rnd, LocalDate.of(2008, 1, 15), LocalDate.of(2021, 12, 10), old - fresh2022));
        joins.addAll(sortedDates(rnd, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 11, 30), fresh2022));
        joins.addAll(sortedDates(rnd, LocalDate.of(2023, 1, 20), LocalDate.of(2023, 11, 20), fresh2023));

        List<Member> members = new ArrayList<>();
        Set<String> usedNames = new LinkedHashSet<>();
        int number = 0;
        int legalIndex = 0;
        for (int i = 0; i < total; i++) {
            number += rnd.nextInt(6) == 0 ? 2 : 1; // gaps: members who left before 2022
            Member m = new Member();
            m.id = String.format("A%04d", number);
            m.joined = joins.get(i);
            m.legal = legalFlags.get(i);
            if (m.legal) {
                LegalPerson lp = LEGAL_PERSONS.get(legalIndex++);
                m.name = lp.name();
                m.legalStatus = lp.legalStatus();
                m.commune = commune(lp.commune());
                m.email = "contact." + slug(m.name).replace(' ', '-') + "@example.org";
                m.phone = String.format("03 53 01 %02d %02d", rnd.nextInt(100), rnd.nextInt(100));
            } else {
                naturalPerson(m, rnd, usedNames);
            }
            members.add(m);
        }
        placeBelgianPersons(members, rnd);
        assignBoard(members, rnd);
        assignLeavers(members, rnd);
        return members;
    }

    static void naturalPerson(Member m, Random rnd, Set<String> usedNames) {
        do {
            m.female = rnd.nextBoolean();
            m.firstName = pick(rnd, m.female ? FEMALE_FIRST : MALE_FIRST);
            m.name = pick(rnd, LAST_NAMES);
        } while (!usedNames.add(m.firstName + " " + m.name));
        m.commune = commune(pick(rnd, PERSON_COMMUNES));
        m.email = slug(m.firstName).replace(' ', '-') + "." + slug(m.name).replace(' ', '-') + "@example.org";
        m.phone = String.format("06 39 98 %02d %02d", rnd.nextInt(100), rnd.nextInt(100));
    }

    static void placeBelgianPersons(List<Member> members, Random rnd) {
        List<Member> persons = members.stream().filter(m -> !m.legal).toList();
        persons.get(10 + rnd.nextInt(20)).commune = commune("Comines-Warneton");
        persons.get(60 + rnd.nextInt(20)).commune = commune("Tournai");
    }

    static void assignBoard(List<Member> members, Random rnd) {
        List<Member> candidates = new ArrayList<>(members.stream()
            .filter(m -> !m.legal && m.joined.getYear() < 2020 && m.commune.country().equals("France")).toList());
        Collections.shuffle(candidates, rnd);
        Member president = candidates.stream().filter(m -> m.female).findFirst().orElseThrow();
        president.role = "Présidente";
        candidates.remove(president);
        Member treasurer = candidates.stream().filter(m -> !m.female).findFirst().orElseThrow();
        treasurer.role = "Trésorier";
        candidates.remove(treasurer);
        candidates.get(0).role = "Secrétaire";
        for (int i = 1; i <= 4; i++) {
            Member m = candidates.get(i);
            m.role = m.female ? "Administratrice" : "Administrateur";
        }
    }

    /** Three members leave in 2022 (one legal person), four natural persons in 2023. */
    static void assignLeavers(List<Member> members, Random rnd) {
        List<Member> candidates = new ArrayList<>(members.stream()
            .filter(m -> m.role.isEmpty() && m.joined.getYear() < 2022).toList());
        Collections.shuffle(candidates, rnd);
        candidates.stream().filter(m -> m.legal && !m.museum() && !PATRONS.contains(m.name)).findFirst()
            .orElseThrow().left = LocalDate.of(2022, 12, 31);
        List<LocalDate> exits = List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 3, 31), LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31),
            LocalDate.of(2023, 12, 31));
        List<Member> persons = candidates.stream().filter(m -> !m.legal).toList();
        for (int i = 0; i < exits.size(); i++) {
            persons.get(i).left = exits.get(i);
        }
    }

    /** Fees of the year: most members pay between January and June, newcomers on the day they join. */
    static void assignPayments(List<Member> members, YearPlan plan, Random rnd) {
        int year = plan.year();
        int unpaid = 0;
        for (Member m : members) {
            if (!m.memberIn(year)) {
                continue;
            }
            boolean newcomer = m.joined.getYear() == year;
            boolean skip = !newcomer && m.role.isEmpty() && (rnd.nextInt(30) == 0
                || (m.left != null && m.left.getYear() == year && m.left.getMonthValue() < 6));
            if (skip && unpaid < 6) {
                unpaid++;
                continue;
            }
            LocalDate paidOn = newcomer ? m.joined
                : randomDate(rnd, LocalDate.of(year, 1, 5), LocalDate.of(year, rnd.nextInt(4) == 0 ? 10 : 6, 28));
            m.payments.put(year, new Payment(fee(m, plan), paidOn, paymentMethod(m, rnd)));
        }
    }

    static long fee(Member m, YearPlan plan) {
        if (!m.legal) {
            return plan.fees().get("PP");
        }
        if (m.legalStatus.equals("association") && m.museum()) {
            return plan.fees().get("museum");
        }
        return plan.fees().get(m.legalStatus);
    }

    static String paymentMethod(Member m, Random rnd) {
        List<String> methods = m.legal ? List.of("virement", "virement", "virement", "chèque")
            : List.of("chèque", "chèque", "HelloAsso", "HelloAsso", "virement", "espèces", "CB");
        return pick(rnd, methods);
    }

    static List<Member> pickVolunteers(List<Member> members, Random rnd) {
        List<Member> board = members.stream().filter(m -> !m.role.isEmpty()).toList();
        List<Member> others = new ArrayList<>(members.stream()
            .filter(m -> !m.legal && m.role.isEmpty() && m.left == null && m.joined.getYear() < 2022).toList());
        Collections.shuffle(others, rnd);
        List<Member> volunteers = new ArrayList<>(board);
        volunteers.addAll(others.subList(0, 22 - board.size()));
        return volunteers;
    }

    /** Three volunteers who are not members: names not in the register. */
    static List<String> outsiderVolunteers(List<Member> members, Random rnd) {
        Set<String> taken = new LinkedHashSet<>();
        members.forEach(m -> taken.add(m.displayName()));
        List<String> names = new ArrayList<>();
        while (names.size() < 3) {
            boolean female = rnd.nextBoolean();
            String n = pick(rnd, female ? FEMALE_FIRST : MALE_FIRST) + " " + pick(rnd, LAST_NAMES);
            if (taken.add(n)) {
                names.add(n);
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ activities

    record ActivityKind(String category, int count, int[] months, List<String> titles, int minPeople,
                        int maxPeople, int minStructures, int maxStructures, long minExpense, long maxExpense,
                        String expenseAccount, String supplier) {
    }

    static List<ActivityKind> activityKinds(int year) {
        return List.of(
            new ActivityKind("CA", 4, new int[] {3, 6, 9, 12}, List.of("Conseil d'administration de %s"),
                9, 13, 6, 9, 0, 0, null, null),
            new ActivityKind("bureau", 4, new int[] {1, 4, 7, 10}, List.of("Réunion de bureau de %s"),
                4, 6, 0, 0, 0, 0, null, null),
            new ActivityKind("visite/circuit", 5, new int[] {4, 6, 7, 9, 10}, List.of(
                "Circuit découverte : filatures et teillages de la vallée de la Lys",
                "Circuit découverte : brasseries et malteries des Flandres",
                "Circuit découverte : cités minières et chevalements du Bassin",
                "Circuit en Belgique : Tournai et Mouscron, savoir-faire textiles",
                "Circuit découverte : faïences et céramiques du Soissonnais",
                "Circuit découverte : moulins et canaux de l'Audomarois",
                "Circuit découverte : ateliers d'art de la baie de Somme"), 22, 42, 3, 6, 90_000, 160_000,
                "611000", "Autocars du Ternois"),
            new ActivityKind("rencontre", 6, new int[] {2, 3, 5, 6, 10, 11}, List.of(
                "Rencontre du réseau : inventaire et récolement des collections",
                "Rencontre du réseau : accueil des publics scolaires",
                "Rencontre du réseau : médiation numérique",
                "Rencontre du réseau : bénévolat dans les petits musées",
                "Rencontre du réseau : conservation préventive",
                "Rencontre du réseau : tourisme de savoir-faire",
                "Rencontre du réseau : mécénat et entreprises locales",
                "Rencontre du réseau : musées et transition écologique"), 14, 38, 8, 22, 12_000, 45_000,
                "625700", "Traiteur des Flandres"),
            new ActivityKind("salon", 3, new int[] {1, 3, 11}, List.of(
                "Salon régional du tourisme de Lille", "Forum des métiers d'art de Picardie",
                "Salon des associations patrimoniales de l'Artois", "Salon du livre d'histoire locale"),
                300, 1400, 10, 25, 40_000, 150_000, "613500", "Parc des Expositions de la Lys"),
            new ActivityKind("formation", 5, new int[] {2, 3, 5, 10, 11}, List.of(
                "Formation : rédiger un dossier de subvention",
                "Formation : inventaire informatisé des collections",
                "Formation : accueillir les publics en situation de handicap",
                "Formation : réseaux sociaux pour les musées",
                "Formation : plan de sauvegarde des collections",
                "Formation : concevoir une visite guidée"), 8, 16, 5, 12, 30_000, 90_000,
                "622800", "Intervenant formation"),
            new ActivityKind("audit/accompagnement", 4, new int[] {3, 5, 9, 11}, List.of(
                "Accompagnement du projet scientifique et culturel - %s",
                "Audit de l'accueil des publics - %s"), 3, 8, 1, 1, 0, 0, null, null),
            new ActivityKind("événement", 5, new int[] {5, 6, 9, 10, 12}, List.of(
                "Nuit des musées : programme coordonné du réseau",
                "Festival des savoir-faire de la Lys",
                "Journées européennes du patrimoine : parcours du réseau",
                "Fête de la science : ateliers des musées du réseau",
                "Marché de Noël des artisans du patrimoine"), 80, 650, 5, 20, 30_000, 120_000,
                "623600", "Imprimerie Lysienne"),
            new ActivityKind("communication", 3, new int[] {3, 6, 12}, List.of(
                "Parution du guide des musées du réseau " + year,
                "Campagne d'affichage estivale",
                year == 2022 ? "Refonte de la carte interactive des musées" : year == 2023
                    ? "Lancement du nouveau site internet" : "Publication de l'annuaire des savoir-faire du réseau"),
                0, 0, 0, 0, 60_000, 140_000,
                "623600", "Atelier Graphique des Flandres"));
    }

    /** Categories whose titles are tied to their month (Nuit des musées in May...): never shuffled. */
    static final Set<String> DATED_TITLES = Set.of("événement", "communication");

    /** Where each circuit goes, and where the Lille fair is held. */
    static final Map<String, String> FIXED_PLACES = Map.of(
        "Circuit découverte : filatures et teillages de la vallée de la Lys", "Estaires",
        "Circuit découverte : brasseries et malteries des Flandres", "Hazebrouck",
        "Circuit découverte : cités minières et chevalements du Bassin", "Lens",
        "Circuit en Belgique : Tournai et Mouscron, savoir-faire textiles", "Tournai",
        "Circuit découverte : faïences et céramiques du Soissonnais", "Soissons",
        "Circuit découverte : moulins et canaux de l'Audomarois", "Saint-Omer",
        "Circuit découverte : ateliers d'art de la baie de Somme", "Abbeville",
        "Salon régional du tourisme de Lille", "Lille");

    static List<Activity> buildActivities(YearPlan plan, List<Member> members, Random rnd) {
        int year = plan.year();
        List<Member> museums = members.stream().filter(m -> m.memberIn(year) && m.museum()).toList();
        List<Activity> activities = new ArrayList<>();
        Member agHost = pick(rnd, museums);
        activities.add(new Activity(plan.generalAssembly(), "Assemblée générale " + year, "AG",
            agHost.commune.name(), agHost.commune.departement(), 58 + rnd.nextInt(30), 28 + rnd.nextInt(14), 0,
            110_000 + rnd.nextInt(60) * 1_000L, null, "625700", "Traiteur des Flandres", true));
        for (ActivityKind kind : activityKinds(year)) {
            List<String> titles = new ArrayList<>(kind.titles());
            if (!DATED_TITLES.contains(kind.category())) {
                Collections.shuffle(titles, rnd);
            }
            for (int i = 0; i < kind.count(); i++) {
                activities.add(activity(plan, kind, i, titles, museums, rnd));
            }
        }
        activities.sort(Comparator.comparing(Activity::date).thenComparing(Activity::title));
        return activities;
    }

    static Activity activity(YearPlan plan, ActivityKind kind, int index, List<String> titles,
                             List<Member> museums, Random rnd) {
        int year = plan.year();
        int month = kind.months()[index];
        LocalDate date = LocalDate.of(year, month, 2 + rnd.nextInt(20));
        Member host = pick(rnd, museums);
        String template = titles.get(index % titles.size());
        String title;
        if (kind.category().equals("CA") || kind.category().equals("bureau")) {
            String m = MONTHS_FR[month - 1];
            title = template.replace("de %s", ("aeiou".indexOf(m.charAt(0)) >= 0 ? "d'" : "de ") + m);
        } else if (template.contains("%s")) {
            title = String.format(template, host.name);
        } else {
            title = template;
        }
        String place = host.commune.name();
        String dept = host.commune.departement();
        if (FIXED_PLACES.containsKey(title)) {
            Commune c = commune(FIXED_PLACES.get(title));
            place = c.name();
            dept = c.departement();
        } else if (kind.category().equals("CA") || kind.category().equals("bureau")
            || kind.category().equals("communication")) {
            place = "Aire-sur-la-Lys";
            dept = "62";
        }
        int people = between(rnd, kind.minPeople(), kind.maxPeople());
        int structures = Math.min(between(rnd, kind.minStructures(), kind.maxStructures()), Math.max(people, 1));
        if (kind.category().equals("communication")) {
            structures = 0;
        }
        long expense = kind.maxExpense() == 0 ? 0
            : roundTo(between(rnd, kind.minExpense(), kind.maxExpense()), 500);
        if (title.startsWith("Parution du guide")) {
            expense = year == 2022 ? 720_000 : 760_000;
        }
        long income = 0;
        String incomeAccount = null;
        if (kind.category().equals("visite/circuit")) {
            income = people * plan.circuitPriceCents();
            incomeAccount = "706100";
        } else if (kind.category().equals("formation") && index % 2 == 0) {
            income = people * plan.trainingPriceCents();
            incomeAccount = "706200";
        }
        boolean highlight = title.startsWith("Circuit en Belgique") || title.startsWith("Parution du guide")
            || title.startsWith("Lancement du nouveau site") || title.startsWith("Festival")
            || title.startsWith("Salon régional")
            || title.startsWith("Nuit des musées") || title.startsWith("Journées européennes");
        return new Activity(date, title, kind.category(), place, dept, people, structures, income, expense,
            incomeAccount, kind.expenseAccount(), kind.supplier(), highlight);
    }

    // ------------------------------------------------------------------ volunteer hours

    static int halfHoursFor(String category, Random rnd) {
        return switch (category) {
            case "AG" -> 10 + rnd.nextInt(3);
            case "CA" -> 5 + rnd.nextInt(2);
            case "bureau" -> 4;
            case "visite/circuit" -> 16 + rnd.nextInt(4);
            case "salon" -> 12 + rnd.nextInt(6);
            case "événement" -> 8 + rnd.nextInt(8);
            case "rencontre" -> 6 + rnd.nextInt(3);
            case "formation" -> 6;
            case "communication" -> 4 + rnd.nextInt(6);
            default -> 4 + rnd.nextInt(4);
        };
    }

    static List<VolunteerRow> buildVolunteerRows(int year, List<Activity> activities, List<Member> volunteers,
                                                 List<String> outsiders, Random rnd) {
        List<VolunteerRow> rows = new ArrayList<>();
        List<Member> board = volunteers.stream().filter(m -> !m.role.isEmpty()).toList();
        for (Activity a : activities) {
            List<Member> team = new ArrayList<>();
            switch (a.category()) {
                case "AG" -> team.addAll(board);
                case "CA" -> board.stream().filter(m -> rnd.nextInt(5) > 0).forEach(team::add);
                case "bureau" -> board.stream().filter(m -> !m.role.startsWith("Admin")).forEach(team::add);
                case "audit/accompagnement" -> {
                    // done by the staff
                }
                default -> {
                    List<Member> pool = new ArrayList<>(volunteers);
                    Collections.shuffle(pool, rnd);
                    team.addAll(pool.subList(0, 2 + rnd.nextInt(4)));
                }
            }
            for (Member m : team) {
                rows.add(new VolunteerRow(m.displayName(), m.id, a.date(), null, halfHoursFor(a.category(), rnd),
                    a.title()));
            }
            if (Set.of("salon", "événement", "visite/circuit").contains(a.category()) && rnd.nextBoolean()) {
                rows.add(new VolunteerRow(pick(rnd, outsiders), "", a.date(), null,
                    halfHoursFor(a.category(), rnd), a.title()));
            }
        }
        monthlyRows(year, volunteers, outsiders, rows, rnd);
        rows.sort(Comparator.comparing(VolunteerRow::sortDate).thenComparing(VolunteerRow::volunteer));
        return rows;
    }

    static void monthlyRows(int year, List<Member> volunteers, List<String> outsiders, List<VolunteerRow> rows,
                            Random rnd) {
        Member treasurer = volunteers.stream().filter(m -> m.role.startsWith("Trésor")).findFirst().orElseThrow();
        Member secretary = volunteers.stream().filter(m -> m.role.equals("Secrétaire")).findFirst().orElseThrow();
        Member desk = volunteers.get(volunteers.size() - 1);
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            rows.add(new VolunteerRow(treasurer.displayName(), treasurer.id, null, ym, 12 + rnd.nextInt(12),
                "Tenue de la comptabilité"));
            if (month % 2 == 0) {
                rows.add(new VolunteerRow(secretary.displayName(), secretary.id, null, ym, 8 + rnd.nextInt(8),
                    "Secrétariat et courrier"));
            }
            if (month % 3 == 1) {
                rows.add(new VolunteerRow(desk.displayName(), desk.id, null, ym, 10 + rnd.nextInt(6),
                    "Permanences d'accueil au siège"));
                rows.add(new VolunteerRow(outsiders.get(0), "", null, ym, 6 + rnd.nextInt(6),
                    "Classement de la documentation"));
            }
        }
    }

    // ------------------------------------------------------------------ ledger construction

    /** Invented closing bilan of 2021 (balances, debit positive), whose bank balances the rest. */
    static Map<String, Long> openingBalances2021() {
        Map<String, Long> b = new TreeMap<>();
        b.put("102000", -15_000_00L);
        b.put("110000", -69_482_18L);
        b.put("120000", -2_140_55L);
        b.put("194000", -6_000_00L);
        b.put("218300", 9_600_00L);
        b.put("281830", -5_400_00L);
        b.put(SUPPLIERS, -3_240_00L);
        b.put(USERS, 1_150_00L);
        b.put("431000", -4_120_00L);
        b.put("437000", -1_865_00L);
        b.put(GRANTS_RECEIVABLE, 17_000_00L);
        b.put(SAVINGS, 35_000_00L);
        long rest = b.values().stream().mapToLong(Long::longValue).sum();
        b.put(BANK, -rest);
        return b;
    }

    /** Settlements in early 2022 of the open items of the 2021 bilan. */
    static List<Entry> carryIn2021() {
        return List.of(
            pay(LocalDate.of(2022, 1, 12), SUPPLIERS, 2_160_00, "VIR-2201-01",
                "Règlement facture Imprimerie Lysienne F2021-412"),
            pay(LocalDate.of(2022, 1, 20), SUPPLIERS, 1_080_00, "VIR-2201-02",
                "Règlement facture Autocars du Ternois F21-1187"),
            pay(LocalDate.of(2022, 1, 15), "431000", 4_120_00, "PRL-2201-01", "URSSAF - cotisations décembre 2021"),
            pay(LocalDate.of(2022, 1, 15), "437000", 1_865_00, "PRL-2201-02",
                "Retraite complémentaire - cotisations décembre 2021"),
            receive(LocalDate.of(2022, 1, 25), USERS, 1_150_00, "REM-2201-01",
                "Règlement facture circuit VT2021-014"),
            receive(LocalDate.of(2022, 3, 10), GRANTS_RECEIVABLE, 17_000_00, "VIR-2203-01",
                "Solde subvention 2021 - Département du Nord"));
    }

    static Entry pay(LocalDate date, String account, long cents, String ref, String label) {
        return new Entry("BQ", date, ref, date, label).debit(account, cents).credit(BANK, cents);
    }

    static Entry receive(LocalDate date, String account, long cents, String ref, String label) {
        return new Entry("BQ", date, ref, date, label).debit(BANK, cents).credit(account, cents);
    }

    static Ledger buildLedger(YearPlan plan, Map<String, Long> opening, List<Entry> carryIn, long previousResult,
                              List<Member> members, List<Activity> activities, List<VolunteerRow> hours,
                              Random rnd) {
        Ledger ledger = new Ledger(plan.year());
        bookOpening(ledger, opening);
        carryIn.forEach(ledger::add);
        bookResultAllocation(ledger, plan, previousResult);
        bookFees(ledger, members);
        bookGrants(ledger, plan);
        bookPayroll(ledger, plan);
        bookRecurringExpenses(ledger, plan, rnd);
        bookActivities(ledger, activities, rnd);
        bookDonations(ledger, plan, rnd);
        bookFixedAssets(ledger, plan);
        bookDedicatedFunds(ledger, plan);
        bookInvestmentGrantRefundsAndDisposals(ledger, plan);
        bookBankFees(ledger, rnd);
        bookVolunteering(ledger, hours);
        bookSavingsTransfers(ledger);
        bookInterest(ledger, plan);
        bookAccountantFeesToTarget(ledger, plan);
        checkLedger(ledger);
        number(ledger);
        return ledger;
    }

    static void bookOpening(Ledger ledger, Map<String, Long> opening) {
        LocalDate d = LocalDate.of(ledger.year, 1, 1);
        Entry e = new Entry("AN", d, "AN" + ledger.year, d, "À nouveaux au 01/01/" + ledger.year);
        e.priority = -1;
        opening.forEach((account, b) -> {
            if (b > 0) {
                e.debit(account, b);
            } else if (b < 0) {
                e.credit(account, -b);
            }
        });
        ledger.add(e);
    }

    /** The general assembly approves the accounts of the previous year; the result goes to report à nouveau. */
    static void bookResultAllocation(Ledger ledger, YearPlan plan, long previousResult) {
        LocalDate d = plan.generalAssembly().plusDays(2);
        Entry e = new Entry("OD", d, "PV-AG-" + plan.generalAssembly().format(FEC_DATE), plan.generalAssembly(),
            "Affectation du résultat " + (ledger.year - 1) + " (AG du " + plan.generalAssembly().format(FR_DATE) + ")");
        if (previousResult >= 0) {
            e.debit("120000", previousResult).credit("110000", previousResult);
        } else {
            e.debit("119000", -previousResult).credit("129000", -previousResult);
        }
        ledger.add(e);
    }

    static void bookFees(Ledger ledger, List<Member> members) {
        int year = ledger.year;
        for (Member m : members) {
            Payment p = m.payments.get(year);
            if (p == null) {
                continue;
            }
            ledger.add(new Entry("BQ", p.paidOn(), "COT" + year + "-" + m.id.substring(1), p.paidOn(),
                "Cotisation " + year + " - " + m.id).debit(BANK, p.feeCents()).credit("756000", p.feeCents()));
        }
    }

    static void bookGrants(Ledger ledger, YearPlan plan) {
        int n = 0;
        for (Grant g : plan.grants()) {
            String funder = ACCOUNTS.get(g.account()).replace("Subvention d'exploitation - ", "");
            String ref = "NOTIF-" + plan.year() + "-" + (++n);
            ledger.add(new Entry("OD", g.notified(), ref, g.notified().minusDays(6),
                "Subvention de fonctionnement " + plan.year() + " - " + funder)
                .debit(GRANTS_RECEIVABLE, g.amountCents()).credit(g.account(), g.amountCents()));
            long paid = 0;
            for (int i = 0; i < g.paidOn().length; i++) {
                long part = i == g.paidOn().length - 1 ? g.amountCents() - paid
                    : g.amountCents() * g.percents()[i] / 100;
                paid += part;
                String what = g.paidOn().length == 1 ? "Versement" : i == g.paidOn().length - 1 ? "Solde"
                    : "Acompte " + (i + 1);
                ledger.add(receive(g.paidOn()[i], GRANTS_RECEIVABLE, part, ref + "-V" + (i + 1),
                    what + " subvention " + plan.year() + " - " + funder));
            }
        }
    }

    /** Monthly payroll: gross and employer charges, net paid on the day, social charges on the 15th of M+1. */
    static void bookPayroll(Ledger ledger, YearPlan plan) {
        int year = plan.year();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            String period = MONTHS_FR[month - 1] + " " + year;
            String ref = String.format("PAIE-%d-%02d", year, month);
            Entry e = new Entry("SA", end, ref, end, "Salaires " + period);
            long gross = 0;
            for (Post p : plan.posts()) {
                e.debit("641100", p.monthlyGrossCents());
                gross += p.monthlyGrossCents();
            }
            long employerUrssaf = percent(gross, 3000);
            long employerPension = percent(gross, 1200);
            long employeeUrssaf = percent(gross, 1400);
            long employeePension = percent(gross, 800);
            long net = gross - employeeUrssaf - employeePension;
            long urssaf = employerUrssaf + employeeUrssaf;
            long pension = employerPension + employeePension;
            e.debit("645100", employerUrssaf).debit("645300", employerPension)
                .credit("421000", net).credit("431000", urssaf).credit("437000", pension);
            ledger.add(e);
            ledger.add(new Entry("BQ", end, ref + "-NET", end,
                "Virement des salaires nets " + period).debit("421000", net).credit(BANK, net));
            LocalDate chargesDay = end.plusDays(15);
            ledger.add(pay(chargesDay, "431000", urssaf, ref + "-URSSAF", "URSSAF - cotisations " + period));
            ledger.add(pay(chargesDay, "437000", pension, ref + "-RETR",
                "Retraite complémentaire - cotisations " + period));
        }
    }

    static void bookRecurringExpenses(Ledger ledger, YearPlan plan, Random rnd) {
        int year = plan.year();
        int invoice = 0;
        for (ExpenseKind kind : plan.expenses()) {
            long[] parts = split(kind.annualCents(), kind.count(), rnd, kind.count() == 12 && kind.directDebit());
            for (int i = 0; i < kind.count(); i++) {
                LocalDate date = kind.count() >= 12 && kind.count() % 12 == 0
                    ? LocalDate.of(year, 1 + i * 12 / kind.count(), 3 + rnd.nextInt(24))
                    : spreadDate(year, i, kind.count(), rnd);
                String supplier = kind.suppliers().get(i % kind.suppliers().size());
                String label = kind.label() + " - " + supplier;
                if (kind.directDebit()) {
                    String ref = String.format("PRL-%d-%s-%02d", year, kind.account(), i + 1);
                    ledger.add(new Entry("BQ", date, ref, date.minusDays(rnd.nextInt(4)), label)
                        .debit(kind.account(), parts[i]).credit(BANK, parts[i]));
                } else {
                    invoice++;
                    bookInvoiceAndPayment(ledger, date, String.format("FA%d-%04d", year, invoice), kind.account(),
                        parts[i], label, rnd);
                }
            }
        }
    }

    /** A supplier invoice (HA) and its payment by transfer 8 to 40 days later (next year if after 31/12). */
    static void bookInvoiceAndPayment(Ledger ledger, LocalDate date, String ref, String account, long cents,
                                      String label, Random rnd) {
        ledger.add(new Entry("HA", date, ref, date.minusDays(rnd.nextInt(5)), label)
            .debit(account, cents).credit(SUPPLIERS, cents));
        LocalDate paid = date.plusDays(8 + rnd.nextInt(33));
        ledger.add(pay(paid, SUPPLIERS, cents, ref + "-R", "Règlement " + ref + " - " + label));
    }

    static void bookActivities(Ledger ledger, List<Activity> activities, Random rnd) {
        int year = ledger.year;
        int sale = 0;
        int purchase = 0;
        for (Activity a : activities) {
            if (a.incomeCents() > 0 && "706100".equals(a.incomeAccount())) {
                String ref = String.format("VT%d-%03d", year, ++sale);
                ledger.add(new Entry("VT", a.date(), ref, a.date(), "Participations - " + a.title())
                    .debit(USERS, a.incomeCents()).credit("706100", a.incomeCents()));
                ledger.add(receive(a.date().plusDays(20 + rnd.nextInt(40)), USERS, a.incomeCents(), ref + "-R",
                    "Encaissement " + ref + " - " + a.title()));
            } else if (a.incomeCents() > 0) {
                ledger.add(new Entry("BQ", a.date(), String.format("REM-%d-F%02d", year, ++sale), a.date(),
                    "Inscriptions - " + a.title()).debit(BANK, a.incomeCents()).credit(a.incomeAccount(),
                    a.incomeCents()));
            }
            if (a.expenseCents() > 0) {
                LocalDate invoiceDate = a.date().plusDays(3 + rnd.nextInt(10));
                bookInvoiceAndPayment(ledger, invoiceDate, String.format("FA%d-A%03d", year, ++purchase),
                    a.expenseAccount(), a.expenseCents(), a.supplier() + " - " + a.title(), rnd);
            }
        }
    }

    static final List<String> PATRONS = List.of("Brasserie des Trois Écluses", "Chocolaterie des Flandres");

    static final long[] GIFT_AMOUNTS = {20_00, 30_00, 40_00, 50_00, 50_00, 80_00, 100_00, 100_00, 150_00,
        200_00, 250_00, 300_00, 500_00};

    static void bookDonations(Ledger ledger, YearPlan plan, Random rnd) {
        int year = plan.year();
        List<LocalDate> dates = sortedDates(rnd, LocalDate.of(year, 1, 8), LocalDate.of(year, 12, 28),
            plan.donations());
        for (int i = 0; i < dates.size(); i++) {
            long amount = GIFT_AMOUNTS[rnd.nextInt(GIFT_AMOUNTS.length)];
            if (i == dates.size() - 3) {
                amount = 1_500_00; // one larger gift at the end of the year
            }
            String receipt = String.format("RF%d-%03d", year, i + 1);
            ledger.add(new Entry("BQ", dates.get(i), receipt, dates.get(i), "Don manuel - reçu fiscal " + receipt)
                .debit(BANK, amount).credit("754100", amount));
        }
        for (int i = 0; i < plan.patronage().size(); i++) {
            long[] p = plan.patronage().get(i);
            LocalDate d = LocalDate.of(year, (int) p[0], 12 + i);
            ledger.add(new Entry("BQ", d, String.format("MEC%d-%02d", year, i + 1), d,
                "Mécénat " + year + " - " + PATRONS.get(i)).debit(BANK, p[1]).credit("754200", p[1]));
        }
    }

    static void bookFixedAssets(Ledger ledger, YearPlan plan) {
        int year = plan.year();
        LocalDate d = LocalDate.of(year, 3, 14);
        String ref = "FA" + year + "-IMMO1";
        ledger.add(new Entry("HA", d, ref, d.minusDays(2), plan.assetLabel() + " - Informatique du Nord")
            .debit("218300", plan.assetPurchaseCents()).credit(SUPPLIERS, plan.assetPurchaseCents()));
        ledger.add(pay(d.plusDays(21), SUPPLIERS, plan.assetPurchaseCents(), ref + "-R",
            "Règlement " + ref + " - " + plan.assetLabel()));
        LocalDate end = LocalDate.of(year, 12, 31);
        ledger.add(new Entry("OD", end, "AMORT-" + year, end, "Dotation aux amortissements " + year)
            .debit("681100", plan.depreciationCents()).credit("281830", plan.depreciationCents()));
    }

    static void bookDedicatedFunds(Ledger ledger, YearPlan plan) {
        LocalDate end = LocalDate.of(plan.year(), 12, 31);
        if (plan.dedicatedFundsUsedCents() > 0) {
            ledger.add(new Entry("OD", end, "FD-" + plan.year() + "-U", end,
                plan.year() < 2024 ? "Utilisation des fonds dédiés DRAC 2021 - inventaire partagé des collections"
                    : "Utilisation des fonds dédiés DRAC " + (plan.year() - 1) + " - numérisation des collections")
                .debit("194000", plan.dedicatedFundsUsedCents()).credit("789400", plan.dedicatedFundsUsedCents()));
        }
        if (plan.dedicatedFundsReportedCents() > 0) {
            ledger.add(new Entry("OD", end, "FD-" + plan.year() + "-R", end,
                "Report en fonds dédiés - subvention DRAC " + plan.year() + " non utilisée (numérisation)")
                .debit("689400", plan.dedicatedFundsReportedCents())
                .credit("194000", plan.dedicatedFundsReportedCents()));
        }
    }

    static void bookBankFees(Ledger ledger, Random rnd) {
        for (int month = 1; month <= 12; month++) {
            LocalDate d = YearMonth.of(ledger.year, month).atEndOfMonth();
            long fee = 24_50 + rnd.nextInt(8) * 50;
            ledger.add(new Entry("BQ", d, String.format("FRAIS-%d-%02d", ledger.year, month), d,
                "Frais de tenue de compte " + MONTHS_FR[month - 1]).debit("627000", fee).credit(BANK, fee));
        }
    }

    static void bookVolunteering(Ledger ledger, List<VolunteerRow> hours) {
        long halfHours = hours.stream().mapToLong(VolunteerRow::halfHours).sum();
        long value = halfHours * HOURLY_RATE_CENTS / 2;
        LocalDate end = LocalDate.of(ledger.year, 12, 31);
        ledger.add(new Entry("OD", end, "CVN-" + ledger.year, end, "Valorisation du bénévolat " + ledger.year
            + " : " + hours(halfHours) + " h x 15,00 €").debit("864000", value).credit("875000", value));
    }

    /** Keeps the current account above a floor by transfers from the savings account, dated when needed. */
    static void bookSavingsTransfers(Ledger ledger) {
        long bank = 0;
        int n = 0;
        for (Entry e : ledger.sorted()) {
            for (Line l : e.lines) {
                if (l.account().equals(BANK)) {
                    bank += l.debit() - l.credit();
                }
            }
            if (bank < BANK_FLOOR_CENTS) {
                long amount = roundUp(BANK_FLOOR_CENTS - bank + 10_000_00, 5_000_00);
                Entry t = new Entry("BQ", e.date, String.format("VIRINT-%d-%02d", ledger.year, ++n), e.date,
                    "Virement interne du livret vers le compte courant").debit(BANK, amount).credit(SAVINGS, amount);
                t.priority = 0;
                ledger.add(t);
                bank += amount;
            }
        }
        checkNeverNegative(ledger, BANK);
        checkNeverNegative(ledger, SAVINGS);
    }

    static void checkNeverNegative(Ledger ledger, String account) {
        long b = 0;
        for (Entry e : ledger.sorted()) {
            for (Line l : e.lines) {
                if (l.account().equals(account)) {
                    b += l.debit() - l.credit();
                }
            }
            if (b < 0) {
                throw new IllegalStateException(account + " negative on " + e.date + ": " + money(b));
            }
        }
    }

    static void bookInterest(Ledger ledger, YearPlan plan) {
        long savings = ledger.balance(SAVINGS);
        long interest = BigDecimal.valueOf(savings).multiply(BigDecimal.valueOf(plan.savingsRateBasisPoints()))
            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
        LocalDate end = LocalDate.of(ledger.year, 12, 31);
        ledger.add(new Entry("BQ", end, "INT-" + ledger.year, end, "Intérêts créditeurs du livret " + ledger.year)
            .debit(SAVINGS, interest).credit("768100", interest));
    }

    /** The accountant's annual invoice is the one amount that lands the result on the planned target. */
    static void bookAccountantFeesToTarget(Ledger ledger, YearPlan plan) {
        long fees = ledger.result() - plan.targetResultCents();
        if (fees < 3_000_00 || fees > 9_000_00) {
                throw new IllegalStateException("accountant fees out of range for " + plan.year() + ": " + money(fees)
                + " (tune the plan)");
        }
        LocalDate d = LocalDate.of(plan.year(), 12, 20);
        String ref = "FA" + plan.year() + "-EC";
        String label = "Mission annuelle de présentation des comptes - Cabinet Comptable du Rivage";
        ledger.add(new Entry("HA", d, ref, d.minusDays(1), label).debit("622600", fees).credit(SUPPLIERS, fees));
        LocalDate paid = LocalDate.of(plan.year() + 1, 1, 18);
        ledger.add(pay(paid, SUPPLIERS, fees, ref + "-R", "Règlement " + ref + " - " + label));
    }

    static void checkLedger(Ledger ledger) {
        for (Entry e : ledger.entries) {
            if (!e.journal.equals("AN") && e.date.getYear() != ledger.year) {
                throw new IllegalStateException("entry outside the year: " + e.label);
            }
            for (Line l : e.lines) {
                if (!ACCOUNTS.containsKey(l.account())) {
                    throw new IllegalStateException("unknown account " + l.account());
                }
            }
        }
        Map<String, Long> b = ledger.balances();
        for (String liability : List.of(SUPPLIERS, "421000", "431000", "437000", "194000")) {
            if (b.getOrDefault(liability, 0L) > 0) {
                throw new IllegalStateException(liability + " has a debit balance");
            }
        }
        for (String asset : List.of(USERS, GRANTS_RECEIVABLE, BANK, SAVINGS)) {
            if (b.getOrDefault(asset, 0L) < 0) {
                throw new IllegalStateException(asset + " has a credit balance");
            }
        }
    }

    /** Numbers the entries per journal in date order (à-nouveaux first). */
    static void number(Ledger ledger) {
        Map<String, Integer> counters = new TreeMap<>();
        for (Entry e : ledger.sorted()) {
            int n = counters.merge(e.journal, 1, Integer::sum);
            e.number = String.format("%s%06d", e.journal, n);
        }
    }

    /** Closing balances of classes 1–5, with the year's result in 120 (excédent) or 129 (déficit). */
    static Map<String, Long> closingBalances(Ledger ledger) {
        Map<String, Long> closing = new TreeMap<>();
        ledger.balances().forEach((account, b) -> {
            if (account.charAt(0) >= '1' && account.charAt(0) <= '5' && b != 0) {
                closing.put(account, b);
            }
        });
        long result = ledger.result();
        if (result >= 0) {
            closing.merge("120000", -result, Long::sum);
        } else {
            closing.merge("129000", -result, Long::sum);
        }
        closing.values().removeIf(v -> v == 0);
        return closing;
    }

    // ------------------------------------------------------------------ FEC

    static final String FEC_HEADER = String.join("\t", "JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
        "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
        "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

    static int writeFec(Path file, Ledger ledger) throws IOException {
        return writeFec(file, ledger, Map.of());
    }

    /** @param renamed accounts written under another number (the old chart copy of 2025) */
    static int writeFec(Path file, Ledger ledger, Map<String, String> renamed) throws IOException {
        StringBuilder sb = new StringBuilder(FEC_HEADER).append("\r\n");
        int lines = 0;
        for (Entry e : ledger.sorted()) {
            LocalDate valid = e.journal.equals("AN") ? e.date : YearMonth.from(e.date).atEndOfMonth();
            for (Line l : e.lines) {
                String account = renamed.getOrDefault(l.account(), l.account());
                sb.append(String.join("\t", e.journal, JOURNALS.get(e.journal), e.number, e.date.format(FEC_DATE),
                    account, ACCOUNTS.get(account), "", "", e.pieceRef, e.pieceDate.format(FEC_DATE),
                    e.label, fecAmount(l.debit()), fecAmount(l.credit()), "", "", valid.format(FEC_DATE), "", ""))
                    .append("\r\n");
                lines++;
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return lines;
    }

    static String fecAmount(long cents) {
        return String.format("%d,%02d", cents / 100, cents % 100);
    }

    // ------------------------------------------------------------------ workbooks

    /** A workbook with the two styles every register uses, written with fixed metadata and zip times. */
    static final class Book implements AutoCloseable {
        final XSSFWorkbook wb = new XSSFWorkbook();
        final CellStyle dateStyle;
        final CellStyle moneyStyle;
        final CellStyle headerStyle;
        final CellStyle titleStyle;

        Book() {
            dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            moneyStyle = wb.createCellStyle();
            moneyStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            headerStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
        }

        Row header(Sheet sheet, int rowIndex, String... names) {
            Row r = sheet.createRow(rowIndex);
            for (int i = 0; i < names.length; i++) {
                Cell c = r.createCell(i);
                c.setCellValue(names[i]);
                c.setCellStyle(headerStyle);
            }
            return r;
        }

        void text(Row r, int col, String value) {
            if (value != null && !value.isEmpty()) {
                r.createCell(col).setCellValue(value);
            }
        }

        void number(Row r, int col, long value) {
            r.createCell(col).setCellValue(value);
        }

        void date(Row r, int col, LocalDate value) {
            if (value != null) {
                Cell c = r.createCell(col);
                c.setCellValue(value);
                c.setCellStyle(dateStyle);
            }
        }

        void money(Row r, int col, Long cents) {
            if (cents != null) {
                Cell c = r.createCell(col);
                c.setCellValue(BigDecimal.valueOf(cents, 2).doubleValue()); // the cell type is a double
                c.setCellStyle(moneyStyle);
            }
        }

        void save(Path file, int columns) throws IOException {
            for (Sheet s : wb) {
                for (int i = 0; i < columns; i++) {
                    s.setColumnWidth(i, 18 * 256);
                }
            }
            var core = wb.getProperties().getCoreProperties();
            core.setCreator("Clôture - générateur de démonstration");
            core.setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(FIXED_TIMESTAMP))));
            core.setModified(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(FIXED_TIMESTAMP))));
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            Files.write(file, withFixedZipTimes(raw.toByteArray()));
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }

    /** Rewrites a zip with a fixed timestamp on every entry, so that the xlsx bytes do not depend on the clock. */
    static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_ZIP_TIME);
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void writeMembers(Path file, List<Member> members, int year) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.wb.createSheet("Adhérents " + year);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Registre des adhérents " + year);
            title.getCell(0).setCellStyle(book.titleStyle);
            book.header(sheet, 2, "N° adhérent", "Nom", "Prénom", "Type", "Statut juridique", "Code postal", "Pays",
                "Date d'adhésion", "Date de sortie", "Cotisation", "Date de paiement", "Mode de paiement", "Fonction",
                "Email", "Téléphone");
            int r = 3;
            for (Member m : members) {
                if (!m.memberIn(year)) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                Payment p = m.payments.get(year);
                book.text(row, 0, m.id);
                book.text(row, 1, m.name);
                book.text(row, 2, m.firstName);
                book.text(row, 3, m.legal ? "personne morale" : "personne physique");
                book.text(row, 4, m.legalStatus);
                book.text(row, 5, m.commune.postalCode());
                book.text(row, 6, m.commune.country());
                book.date(row, 7, m.joined);
                book.date(row, 8, m.left);
                book.money(row, 9, p == null ? null : p.feeCents());
                book.date(row, 10, p == null ? null : p.paidOn());
                book.text(row, 11, p == null ? null : p.method());
                book.text(row, 12, m.role);
                book.text(row, 13, m.email);
                book.text(row, 14, m.phone);
            }
            book.save(file, 15);
        }
    }

    static void writeActivities(Path file, List<Activity> activities) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.wb.createSheet("Actions");
            book.header(sheet, 0, "Date", "Intitulé", "Catégorie", "Lieu", "Département", "Participants",
                "Structures présentes", "Recettes", "Dépenses", "Compte", "Fait marquant");
            int r = 1;
            for (Activity a : activities) {
                Row row = sheet.createRow(r++);
                book.date(row, 0, a.date());
                book.text(row, 1, a.title());
                book.text(row, 2, a.category());
                book.text(row, 3, a.place());
                book.text(row, 4, a.departement());
                book.number(row, 5, a.participants());
                book.number(row, 6, a.structures());
                book.money(row, 7, a.incomeCents());
                book.money(row, 8, a.expenseCents());
                book.text(row, 9, a.incomeAccount());
                book.text(row, 10, a.highlight() ? "oui" : "non");
            }
            book.save(file, 11);
        }
    }

    // ------------------------------------------------------------------ the coming year (2026)

    /** A budget line of the demo: account prefix (or none), post, budget 2025 and 2026 in euros. */
    record BudgetLine(String account, String post, long budget2025, long budget2026) {
    }

    /**
     * The budget voted at the 2025 AG and the one proposed for 2026, balanced (contributions in kind on both
     * sides), consistent with the 2025 accounts: posts by account prefix or by the compte de résultat's label,
     * with the heading and total rows a treasurer types.
     */
    static final List<BudgetLine> BUDGET = List.of(
        new BudgetLine(null, "PRODUITS", -1, -1),
        new BudgetLine("756", "Cotisations", 8_500, 9_200),
        new BudgetLine("706", "Prestations de services (circuits, formations)", 10_000, 11_500),
        new BudgetLine("74", "Subventions d'exploitation", 246_000, 252_000),
        new BudgetLine("747", "Quote-part de la subvention d'investissement (bornes)", 2_000, 2_000),
        new BudgetLine("7541", "Dons manuels", 8_000, 8_500),
        new BudgetLine("7542", "Mécénat", 9_000, 9_500),
        new BudgetLine("758", "Autres produits de gestion courante", 1_000, 800),
        new BudgetLine("76", "Produits financiers", 700, 600),
        new BudgetLine(null, "Total des produits", 285_200, 294_100),
        new BudgetLine(null, "CHARGES", -1, -1),
        new BudgetLine(null, "Autres achats et charges externes", 119_200, 122_400),
        new BudgetLine("641", "Salaires et traitements", 113_000, 118_000),
        new BudgetLine("645", "Charges sociales", 48_500, 50_700),
        new BudgetLine("6811", "Dotations aux amortissements", 4_500, 3_000),
        new BudgetLine(null, "Total des charges", 285_200, 294_100),
        new BudgetLine(null, "Résultat prévisionnel", 0, 0),
        new BudgetLine(null, "CONTRIBUTIONS VOLONTAIRES EN NATURE", -1, -1),
        new BudgetLine("875", "Bénévolat", 12_600, 13_500),
        new BudgetLine("871", "Prestations en nature (locaux mis à disposition)", 4_900, 5_000),
        new BudgetLine("864", "Personnel bénévole", 12_600, 13_500),
        new BudgetLine("861", "Mises à disposition gratuites de biens", 4_900, 5_000));

    static void writeBudget(Path file) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.wb.createSheet("Budget");
            Row title = sheet.createRow(0);
            Cell cell = title.createCell(0);
            cell.setCellValue("Budget prévisionnel voté par l'assemblée générale");
            cell.setCellStyle(book.titleStyle);
            book.header(sheet, 2, "Compte", "Poste", "Budget 2025", "Budget 2026");
            int r = 3;
            for (BudgetLine line : BUDGET) {
                Row row = sheet.createRow(r++);
                book.text(row, 0, line.account());
                book.text(row, 1, line.post());
                if (line.budget2025() >= 0) {
                    book.money(row, 2, line.budget2025() * 100);
                    book.money(row, 3, line.budget2026() * 100);
                }
            }
            book.save(file, 4);
        }
    }

    /** A planned action of the demo programme. */
    record Planned(String axis, String action, String when, String place, String partners, Integer target,
                   String unit) {
    }

    static final String AXIS_VISIBILITY = "Faire connaître les musées du réseau";
    static final String AXIS_COLLECTIONS = "Numériser et valoriser les collections";
    static final String AXIS_PROFESSIONALS = "Accompagner les professionnels";
    static final String AXIS_LIFE = "La vie de l'association";

    /** Dates written as planners write them: a day, a span, a month, a quarter, a season. */
    static final List<Planned> PLANNING = List.of(
        new Planned(AXIS_VISIBILITY, "Guide des musées du réseau, édition 2026", "mars 2026", "Aire-sur-la-Lys",
            "Offices de tourisme de la Lys", 5_000, "exemplaires"),
        new Planned(AXIS_VISIBILITY, "Nuit européenne des musées : programme coordonné", "16/05/2026",
            "Musées du réseau", "Région Hauts-de-France", 12, "musées participants"),
        new Planned(AXIS_VISIBILITY, "Journées européennes du patrimoine : parcours du réseau", "du 19 au 20 septembre 2026",
            "Vallée de la Lys", "DRAC Hauts-de-France", 150, "participants"),
        new Planned(AXIS_VISIBILITY, "Salon régional du tourisme", "T1 2026", "Lille", "Métropole Européenne de Lille",
            1_200, "visiteurs du stand"),
        new Planned(AXIS_COLLECTIONS, "Campagnes de prises de vue des collections", "2e trimestre 2026",
            "Sept musées du réseau", "DRAC Hauts-de-France", 7, "campagnes de numérisation"),
        new Planned(AXIS_COLLECTIONS, "Mise en ligne des notices et photographies", "1er semestre 2026", null,
            "Plateforme ouverte du patrimoine (POP)", 1_500, "notices"),
        new Planned(AXIS_COLLECTIONS, "Exposition itinérante « Savoir-faire de la Lys »", "de mai à juin 2026",
            "Merville, Estaires", "Département du Nord", 4, "lieux d'accueil"),
        new Planned(AXIS_PROFESSIONALS, "Ateliers « conservation préventive »", "printemps 2026", "Saint-Venant",
            null, 3, "ateliers"),
        new Planned(AXIS_PROFESSIONALS, "Formation à l'inventaire informatisé", "octobre 2026", "Aire-sur-la-Lys",
            null, 12, "stagiaires"),
        new Planned(AXIS_PROFESSIONALS, "Prêt du kit de mesure climatique", "toute l'année", "Musées du réseau", null,
            10, "prêts"),
        new Planned(AXIS_LIFE, "Assemblée générale 2026", "30/05/2026", "Aire-sur-la-Lys", null, 60, "participants"),
        new Planned(AXIS_LIFE, "Circuit d'étude en Flandre belge", "automne 2026", "Ypres, Courtrai",
            null, 30, "participants"));

    static void writePlanning(Path file) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.wb.createSheet("Programme 2026");
            book.header(sheet, 0, "Axe", "Action", "Dates", "Lieu", "Partenaires", "Objectif", "Unité");
            int r = 1;
            for (Planned planned : PLANNING) {
                Row row = sheet.createRow(r++);
                book.text(row, 0, planned.axis());
                book.text(row, 1, planned.action());
                book.text(row, 2, planned.when());
                book.text(row, 3, planned.place());
                book.text(row, 4, planned.partners());
                if (planned.target() != null) {
                    book.number(row, 5, planned.target());
                }
                book.text(row, 6, planned.unit());
            }
            book.save(file, 7);
        }
    }

    static String programmeMarkdown() {
        return """
            # Programme d'activités 2026

            *Association fictive de démonstration : personnes, musées et entreprises sont inventés.*

            ## Le mot de la présidente

            Chers membres du réseau, chers partenaires,

            L'année 2026 sera celle de la **visibilité** : un guide renouvelé, une Nuit des musées coordonnée et un \
            parcours commun pour les Journées du patrimoine feront mieux connaître nos musées, au-delà de la vallée.

            Nous poursuivrons la numérisation des collections avec sept campagnes de prises de vue, et nous \
            accompagnerons les équipes, souvent réduites, par des ateliers et des formations.

            Ce programme, préparé avec le conseil d'administration et les groupes de travail, vous est soumis avec \
            le budget prévisionnel 2026 lors de l'assemblée générale du 30 mai 2026.

            *Céline Gosselin, présidente*

            ## Faire connaître les musées du réseau

            Le réseau rend visibles des musées que le grand public connaît mal : publications, événements \
            nationaux coordonnés et présence dans les salons du tourisme.

            ## Numériser et valoriser les collections

            Les prises de vue alimentent la base en ligne du réseau et la plateforme nationale POP ; elles \
            servent aussi une exposition itinérante sur les savoir-faire de la Lys.

            ## Accompagner les professionnels

            Ateliers pratiques, formation et matériel mutualisé : le réseau partage les compétences entre \
            musées, au service de la conservation des collections.

            ## La vie de l'association

            L'assemblée générale et un circuit d'étude réunissent les membres autour du projet commun.
            """;
    }

    static void writeVolunteersXlsx(Path file, List<VolunteerRow> rows) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.wb.createSheet("Bénévolat");
            book.header(sheet, 0, "Bénévole", "N° adhérent", "Date", "Heures", "Activité");
            int r = 1;
            for (VolunteerRow v : rows) {
                Row row = sheet.createRow(r++);
                book.text(row, 0, v.volunteer());
                book.text(row, 1, v.memberId());
                if (v.date() != null) {
                    book.date(row, 2, v.date());
                } else {
                    book.text(row, 2, v.month().toString());
                }
                row.createCell(3).setCellValue(v.halfHours() / 2.0); // exact in binary: halves only
                book.text(row, 4, v.activity());
            }
            book.save(file, 5);
        }
    }

    /** The 2022 hours as exported by a spreadsheet on Windows: semicolons, windows-1252, CRLF. */
    static void writeVolunteersCsv(Path file, List<VolunteerRow> rows, Random rnd) throws IOException {
        StringBuilder sb = new StringBuilder("Bénévole;N° adhérent;Date;Heures;Activité\r\n");
        int monthRows = 0;
        for (VolunteerRow v : rows) {
            String date;
            if (v.date() != null) {
                date = v.date().format(FR_DATE);
            } else {
                date = monthRows++ % 2 == 0 ? v.month().toString()
                    : MONTHS_FR[v.month().getMonthValue() - 1] + " " + v.month().getYear();
            }
            String hours = rnd.nextBoolean() ? hours(v.halfHours()) : hoursAndMinutes(v.halfHours());
            sb.append(String.join(";", v.volunteer(), v.memberId(), date, hours, v.activity())).append("\r\n");
        }
        Charset cp1252 = Charset.forName("windows-1252");
        CharsetEncoder encoder = cp1252.newEncoder();
        if (!encoder.canEncode(sb)) {
            throw new IllegalStateException("volunteer csv not encodable in windows-1252");
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(sb.toString().getBytes(cp1252));
        }
    }

    // ------------------------------------------------------------------ yml and report

    static String associationYml() {
        return """
            # Association FICTIVE de démonstration, produite par DemoAssociationGenerator (ne pas modifier à la main).
            name: "%s"
            siren: "%s"
            address: "Maison des associations, 8 rue du Rivage, 62120 Aire-sur-la-Lys"
            fiscalYearStart: "01-01"
            volunteering:
              hourlyRate: 15.00
              rateBasis: "valorisation retenue par le conseil d'administration"
            years:
              2022:
                staffFte: 2.5
                generalAssembly: 2023-05-20
              2023:
                staffFte: 2.8
                generalAssembly: 2024-05-25
                inKind:
                  - { label: "Mise à disposition gratuite de locaux", account: "861", amount: 4800.00 }
              2024:
                staffFte: 2.8
                generalAssembly: 2025-05-24
                inKind:
                  - { label: "Mise à disposition gratuite de locaux", account: "861", amount: 4800.00 }
              2025:
                staffFte: 3.0
                generalAssembly: 2026-05-30
                inKind:
                  - { label: "Mise à disposition gratuite de locaux", account: "861", amount: 4900.00 }
            columns: {}
            board:
              recipients: ["presidence@example.org"]
            """.formatted(NAME, SIREN);
    }

    /** The AG that approves each year's accounts (as association.yml says), for the narrative's closing words. */
    private static final Map<Integer, String> APPROVING_ASSEMBLY = Map.of(2023, "25 mai 2024", 2024, "24 mai 2025",
        2025, "30 mai 2026");

    static String reportMarkdown(YearPlan plan, List<Member> members, List<Activity> activities) {
        int year = plan.year();
        Member president = members.stream().filter(m -> m.role.equals("Présidente")).findFirst().orElseThrow();
        long newMembers = members.stream().filter(m -> m.joined.getYear() == year).count();
        long newMuseums = members.stream().filter(m -> m.joined.getYear() == year && m.museum()).count();
        StringBuilder sb = new StringBuilder();
        sb.append("# Rapport d'activité ").append(year).append("\n\n");
        sb.append("*Association fictive de démonstration : personnes, musées et entreprises sont inventés.*\n\n");
        sb.append("## Le mot de la présidente\n\n");
        if (year == 2023) {
            sb.append("L'année 2023 a été celle de la consolidation de notre réseau. ").append(newMembers)
                .append(" nouveaux membres nous ont rejoints, dont ").append(newMuseums)
                .append(" musées, et nos rencontres ont réuni plus de participants que jamais. Cette vitalité doit ")
                .append("beaucoup aux bénévoles, dont les heures sont, cette année encore, valorisées dans nos comptes.\n\n");
            sb.append("Nous avons fait le choix de renforcer l'équipe salariée, passée à 2,8 équivalents temps plein, ")
                .append("pour mieux accompagner les petites structures. Ce choix explique pour l'essentiel le léger ")
                .append("déficit de l'exercice, que nos réserves permettent d'absorber sans difficulté. Une partie de la ")
                .append("subvention de l'État reçue pour la numérisation des collections a été reportée en fonds dédiés ")
                .append("et sera utilisée en 2024.\n\n");
        } else {
            sb.append("En ").append(year).append(", ").append(newMembers).append(" nouveaux membres nous ont rejoints, dont ")
                .append(newMuseums).append(" musées. Nos bénévoles ont, une fois encore, porté une large part de nos ")
                .append("actions : leurs heures sont valorisées dans les contributions volontaires en nature.\n\n");
            sb.append(year == 2024
                ? "La Région a soutenu l'équipement numérique du réseau par une subvention d'investissement, dont la "
                    + "quote-part de l'exercice figure au compte de résultat. L'exercice se clôt sur un léger excédent.\n\n"
                : "Nos comptes sont présentés pour la première fois selon le plan comptable modernisé applicable aux "
                    + "exercices ouverts à compter du 1er janvier 2025 ; les chiffres de 2024 ont été retraités pour "
                    + "rester comparables. L'exercice se clôt sur un excédent qui conforte nos réserves.\n\n");
        }
        sb.append("Merci à nos financeurs publics, à nos mécènes, à nos donateurs et à chacun de nos adhérents. ")
            .append("Rendez-vous à l'assemblée générale du ").append(APPROVING_ASSEMBLY.get(year)).append(".\n\n");
        sb.append("*").append(president.firstName).append(' ').append(president.name).append(", présidente*\n\n");
        sb.append("## Les faits marquants\n\n");
        for (Activity a : activities) {
            if (a.highlight()) {
                sb.append("- **").append(MONTHS_FR[a.date().getMonthValue() - 1]).append("** : ").append(a.title());
                if (a.participants() > 0) {
                    sb.append(" (").append(a.participants()).append(" participants)");
                }
                sb.append('\n');
            }
        }
        sb.append("\n## Perspectives ").append(year + 1).append("\n\n");
        if (year == 2023) {
            sb.append("- ouvrir deux nouveaux circuits de découverte, dont un dans l'Aisne ;\n");
            sb.append("- achever la numérisation des collections grâce aux fonds dédiés ;\n");
            sb.append("- accueillir les nouveaux musées adhérents lors d'une journée d'intégration.\n");
        } else {
            sb.append("- poursuivre l'accueil des nouveaux musées adhérents ;\n");
            sb.append("- renouveler le guide des musées du réseau ;\n");
            sb.append("- consolider les partenariats avec les offices de tourisme.\n");
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ summary

    static YearSummary summarize(YearPlan plan, Ledger ledger, int fecLines, List<Member> members,
                                 List<Activity> activities, List<VolunteerRow> hours) {
        int year = plan.year();
        List<Member> inYear = members.stream().filter(m -> m.memberIn(year)).toList();
        long fees = inYear.stream().map(m -> m.payments.get(year)).filter(p -> p != null)
            .mapToLong(Payment::feeCents).sum();
        if (fees != -ledger.balance("756")) {
            throw new IllegalStateException("756 differs from the register");
        }
        long circuits = activities.stream().filter(a -> "706100".equals(a.incomeAccount()))
            .mapToLong(Activity::incomeCents).sum();
        if (circuits != -ledger.balance("7061")) {
            throw new IllegalStateException("706100 differs from the activity log");
        }
        Map<String, Long> closing = closingBalances(ledger);
        long actif = closing.entrySet().stream()
            .filter(x -> x.getKey().charAt(0) != '1' && (x.getValue() > 0 || x.getKey().startsWith("28")))
            .mapToLong(Map.Entry::getValue).sum();
        long passif = -closing.entrySet().stream()
            .filter(x -> x.getKey().charAt(0) == '1' || (x.getValue() < 0 && !x.getKey().startsWith("28")))
            .mapToLong(Map.Entry::getValue).sum();
        if (actif != passif) {
            throw new IllegalStateException("bilan does not balance: " + money(actif) + " / " + money(passif));
        }
        long halfHours = hours.stream().mapToLong(VolunteerRow::halfHours).sum();
        return new YearSummary(year, fecLines, ledger.entries.size(), inYear.size(),
            (int) inYear.stream().filter(m -> m.legal).count(), (int) inYear.stream().filter(m -> !m.legal).count(),
            (int) inYear.stream().filter(m -> m.joined.getYear() == year).count(), activities.size(), hours.size(),
            halfHours, fees, -ledger.balance("7"), ledger.balance("6"), ledger.result(), actif, circuits,
            ledger.balance("864"));
    }

    // ------------------------------------------------------------------ small helpers

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static int between(Random rnd, int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    static long between(Random rnd, long min, long max) {
        return min + (long) rnd.nextInt((int) (max - min + 1));
    }

    static long roundTo(long cents, long step) {
        return Math.round((double) cents / step) * step;
    }

    static long roundUp(long cents, long step) {
        return (cents + step - 1) / step * step;
    }

    static long percent(long cents, int basisPoints) {
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(basisPoints))
            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Splits a total into n parts (equal when asked), each a multiple of 10 cents, summing exactly to it. */
    static long[] split(long total, int n, Random rnd, boolean equal) {
        long[] parts = new long[n];
        if (equal) {
            long each = total / n;
            for (int i = 0; i < n; i++) {
                parts[i] = each;
            }
            parts[n - 1] += total - each * n;
            return parts;
        }
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + rnd.nextDouble();
            sum += w[i];
        }
        long used = 0;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = Math.round(total * w[i] / sum / 10) * 10;
            used += parts[i];
        }
        parts[n - 1] = total - used;
        return parts;
    }

    static LocalDate spreadDate(int year, int i, int n, Random rnd) {
        int dayOfYear = 1 + (int) ((long) i * 355 / n) + rnd.nextInt(Math.max(1, 355 / n));
        return LocalDate.ofYearDay(year, Math.min(dayOfYear, 350));
    }

    static LocalDate randomDate(Random rnd, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(rnd.nextInt((int) days + 1));
    }

    static List<LocalDate> sortedDates(Random rnd, LocalDate from, LocalDate to, int n) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(randomDate(rnd, from, to));
        }
        Collections.sort(dates);
        return dates;
    }

    // ------------------------------------------------------------------ bank statement

    /** The current account's number at the bank (fictional). */
    static final String BANK_ACCOUNT_NUMBER = "00041234567";

    /**
     * The current account's statement of the year as the bank exports it (Windows-1252, ';', title rows, the newest
     * operation first, Débit / Crédit / Solde): every 512100 movement of the ledger, receipts credited up to three
     * days after they were booked, except the last supplier paid by cheque in December, cashed only in January: the
     * reconciliation explains the difference of balances by it.
     */
    static void writeBankStatement(Path file, Ledger ledger, long openingCents) throws IOException {
        Random rnd = new Random(SEED * 17 + ledger.year);
        LocalDate yearEnd = LocalDate.of(ledger.year, 12, 31);
        List<Entry> moves = ledger.sorted().stream().filter(e -> !e.journal.equals("AN") && bankCents(e) != 0).toList();
        Entry uncashed = moves.stream().filter(e -> e.date.getMonthValue() == 12 && bankCents(e) < 0
            && e.label.startsWith("Règlement")).reduce((first, second) -> second).orElseThrow();
        record Operation(LocalDate date, String label, long cents) {
        }
        List<Operation> operations = new ArrayList<>();
        for (Entry e : moves) {
            if (e != uncashed) {
                long cents = bankCents(e);
                LocalDate date = e.date.plusDays(cents > 0 ? rnd.nextInt(4) : 0);
                operations.add(new Operation(date.isAfter(yearEnd) ? yearEnd : date, bankLabel(e, cents), cents));
            }
        }
        operations.sort(Comparator.comparing(Operation::date));
        long balance = openingCents;
        List<String> rows = new ArrayList<>();
        for (Operation op : operations) {
            balance += op.cents();
            rows.add(String.join(";", op.date().format(FR_DATE), op.label(), op.cents() < 0 ? fecAmount(-op.cents()) : "",
                op.cents() > 0 ? fecAmount(op.cents()) : "", money(balance)));
        }
        Collections.reverse(rows);
        StringBuilder csv = new StringBuilder();
        csv.append(NAME).append(";;;;\r\n");
        csv.append("Compte courant n° ").append(BANK_ACCOUNT_NUMBER).append(";;;;\r\n");
        csv.append("Relevé des opérations du 01/01/").append(ledger.year).append(" au 31/12/").append(ledger.year)
            .append(";;;;\r\n");
        csv.append("Solde au 31/12/").append(ledger.year).append(" : ").append(money(balance)).append(" EUR;;;;\r\n");
        csv.append(";;;;\r\n");
        csv.append("Date;Libellé;Débit;Crédit;Solde\r\n");
        rows.forEach(row -> csv.append(row).append("\r\n"));
        Files.writeString(file, csv.toString(), Charset.forName("windows-1252"));
    }

    static long bankCents(Entry e) {
        return e.lines.stream().filter(l -> l.account().equals(BANK)).mapToLong(l -> l.debit() - l.credit()).sum();
    }

    /** A bank's wording: upper case without accents, the kind of operation first. */
    static String bankLabel(Entry e, long cents) {
        String text = slug(e.label).toUpperCase(Locale.ROOT);
        String kind = e.label.startsWith("Frais") ? "" : e.pieceRef.startsWith("PRL") ? "PRLV SEPA "
            : cents > 0 ? "VIR SEPA RECU " : "VIR SEPA EMIS ";
        String label = kind + text;
        return label.length() > 60 ? label.substring(0, 60).strip() : label;
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + fecAmount(Math.abs(cents));
    }

    /** Half hours as a French decimal: 7 → "3,5", 8 → "4". */
    static String hours(long halfHours) {
        return halfHours % 2 == 0 ? String.valueOf(halfHours / 2) : (halfHours / 2) + ",5";
    }

    /** Half hours as "3h30" / "4h00". */
    static String hoursAndMinutes(int halfHours) {
        return (halfHours / 2) + "h" + (halfHours % 2 == 0 ? "00" : "30");
    }
}
