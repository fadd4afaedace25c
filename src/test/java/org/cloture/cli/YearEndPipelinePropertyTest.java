package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;

/**
 * The whole year-end job on generated drop folders: no input can crash the closing. Names with repeated words,
 * apostrophes, hyphens, only capitals, other alphabets, very long and empty cells, duplicate member numbers and
 * homonyms, FEC labels and piece references of any shape: the run ends with 0 or 2, never 1, and prints no stack
 * trace. The default run tries a few folders (each is a whole run); {@code ./mvnw verify -Pproperties-long} tries
 * thousands.
 */
class YearEndPipelinePropertyTest {

    /** Tag of the long run, excluded by default and selected by the Maven profile properties-long. */
    static final String LONG = "properties-long";

    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void anyDropFolderClosesWithZeroOrTwoAndNoStackTrace(@ForAll("associations") Association association) {
        closes(association, "run");
    }

    /** Its tries come from jqwik.tries.default: 2 000 under -Pproperties-long, or -Dcloture.longTries=N. */
    @Property(shrinking = ShrinkingMode.OFF)
    @Tag(LONG)
    void thousandsOfDropFoldersCloseWithZeroOrTwoAndNoStackTrace(@ForAll("associations") Association association) {
        closes(association, "check");
    }

    private static void closes(Association association, String command) {
        Path work = null;
        try {
            work = Files.createTempDirectory("cloture-property");
            association.writeTo(work.resolve("input"));
            CliRunner.Result result = CliRunner.run(work, command, "--year", "2023");

            String console = result.out() + result.err();
            assertThat(result.exitCode()).as(console).isIn(ClotureCli.DONE, ClotureCli.BLOCKING_FINDINGS);
            // No stack trace: neither its frames nor a qualified exception class (a finding may name a simple one).
            assertThat(console).doesNotContain("\tat ", "Caused by:", "Exception in thread")
                    .doesNotContainPattern("(java|javax|org|com)\\.[a-z0-9.]+\\.[A-Za-z]*(Exception|Error)");
            assertThat(work.resolve("reports/2023/chiffres-cles-2023.json")).isNotEmptyFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    // --- Generated drop folders -----------------------------------------------------------------------

    /** A member of the register, as typed by someone. */
    record Person(String id, String name, String firstName, boolean legal, String fee, String departement) {
    }

    /** A year folder: register, volunteer hours, activity log and FEC. */
    record Association(String name, List<Person> members, List<String> labels, List<String> pieceRefs,
                       List<String> activityTitles) {

        void writeTo(Path input) throws IOException {
            Path year = Files.createDirectories(input.resolve("2023"));
            Files.writeString(input.resolve("association.yml"), "name: " + yamlQuoted(name) + "\n"
                    + "fiscalYearStart: \"01-01\"\nvolunteering:\n  hourlyRate: 12.50\n", StandardCharsets.UTF_8);
            StringBuilder register = new StringBuilder(
                    "N° adhérent;Nom;Prénom;Type;Date d'adhésion;Cotisation;Département\n");
            for (Person person : members) {
                register.append(csv(person.id(), person.name(), person.firstName(), person.legal() ? "PM" : "PP",
                        "15/03/2021", person.fee(), person.departement()));
            }
            Files.writeString(year.resolve("adherents.csv"), register, StandardCharsets.UTF_8);
            StringBuilder hours = new StringBuilder("Bénévole;N° adhérent;Date;Heures;Activité\n");
            for (int i = 0; i < members.size(); i++) {
                Person person = members.get(i);
                hours.append(csv(person.firstName() + " " + person.name(), person.id(),
                        String.format("%02d/%02d/2023", 1 + i % 28, 1 + i % 12), (i % 5) + "h30",
                        activityTitles.get(i % activityTitles.size())));
            }
            Files.writeString(year.resolve("benevolat.csv"), hours, StandardCharsets.UTF_8);
            StringBuilder activities = new StringBuilder("Date;Intitulé;Catégorie;Lieu;Participants\n");
            for (int i = 0; i < activityTitles.size(); i++) {
                activities.append(csv(String.format("%02d/%02d/2023", 1 + i % 28, 1 + i % 12), activityTitles.get(i),
                        List.of("AG", "CA", "rencontre", "formation", "visite", "autre", "??")
                                .get(i % 7), members.isEmpty() ? "" : members.get(i % members.size()).name(),
                        Integer.toString(i * 7)));
            }
            Files.writeString(year.resolve("activites.csv"), activities, StandardCharsets.UTF_8);
            Files.writeString(year.resolve("900000001FEC20231231.txt"), fec(), StandardCharsets.UTF_8);
        }

        /** Balanced entries: the fees in 756 against 512, then the expenses; labels and piece refs of any shape. */
        private String fec() {
            List<String> lines = new ArrayList<>();
            lines.add(String.join("\t", "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
                    "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
                    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"));
            int entry = 1;
            for (int i = 0; i < labels.size(); i++) {
                // Half the labels name a member (with or without its number), as a bank transfer label would.
                String label = fecText(members.isEmpty() || i % 4 == 1 ? labels.get(i) : "Cotisation 2023 "
                        + members.get(i % members.size()).name() + (i % 3 == 0 ? " " + members.get(i % members.size())
                        .id() : "") + " " + labels.get(i));
                String piece = fecText(pieceRefs.get(i % pieceRefs.size()));
                String amount = (10 + i * 7) + "," + String.format("%02d", i % 100);
                String date = String.format("2023%02d%02d", 1 + i % 12, 1 + i % 28);
                if (i % 2 == 0) {
                    // A fee: 512 in debit, 756 in credit, the member named any way in the label.
                    lines.add(fecLine("BQ", entry, date, "512000", "Banque", piece, label, amount, "0,00"));
                    lines.add(fecLine("BQ", entry, date, "756000", "Cotisations", piece, label, "0,00", amount));
                } else {
                    lines.add(fecLine("BQ", entry, date, "606300", "Fournitures", piece, label, amount, "0,00"));
                    lines.add(fecLine("BQ", entry, date, "512000", "Banque", piece, label, "0,00", amount));
                }
                entry++;
            }
            return String.join("\n", lines) + "\n";
        }

        private static String fecLine(String journal, int entry, String date, String account, String accountLabel,
                                      String piece, String label, String debit, String credit) {
            return String.join("\t", journal, "Banque", Integer.toString(entry), date, account, accountLabel, "", "",
                    piece, date, label, debit, credit, "", "", date, "", "");
        }

        private static String fecText(String text) {
            return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }

        private static String csv(String... cells) {
            List<String> quoted = new ArrayList<>();
            for (String cell : cells) {
                quoted.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            return String.join(";", quoted) + "\n";
        }

        private static String yamlQuoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\p{Cntrl}]", " ") + "\"";
        }

        @Override
        public String toString() {
            return "Association[" + name.length() + " chars, " + members.size() + " members, " + labels.size()
                    + " FEC entries]";
        }
    }

    @Provide
    Arbitrary<Association> associations() {
        Arbitrary<List<Person>> members = person().list().ofMinSize(0).ofMaxSize(25);
        return Combinators.combine(name(), members, text().list().ofMinSize(1).ofMaxSize(30),
                text().list().ofMinSize(1).ofMaxSize(5), text().list().ofMinSize(1).ofMaxSize(8))
                .as(Association::new);
    }

    private static Arbitrary<Person> person() {
        // Few distinct numbers and names: duplicates and homonyms are frequent.
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.integers().between(1, 12).map(n -> "A" + n),
                Arbitraries.of("", "0", "A 1", "a1", "N°1", "Ⅻ", "١٢"), text());
        Arbitrary<String> fee = Arbitraries.oneOf(Arbitraries.integers().between(0, 500).map(n -> n + ",00"),
                Arbitraries.of("", "abc", "-30", "1 234,56 €", "30.5", "100000000000000000000", "1e5", "∞"));
        return Combinators.combine(id, name(), name(), Arbitraries.of(true, false), fee, name()).as(Person::new);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.oneOf(
                Arbitraries.of("Musée de la Mine de Lens", "Musée du Sucre", "Musée du Sucre (Roubaix 56)",
                        "L'Atelier d'Art de l'Aa", "Jean-Pierre", "Saint-Omer-en-Chaussée", "MUSÉE DE LA DENTELLE",
                        "DURAND", "Durand", "Дом культуры", "東京文化会館", "Ελληνικό Μουσείο", "Pas-de-Calais (62)",
                        "O'Brien", "Ææ Œuvre", "=SUM(A1)", "+33 6 00", "@home", "de de de la la", ""),
                text(),
                text().map(word -> word.repeat(40)));
    }

    /** Any text: letters of several alphabets, punctuation, separators, quotes. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("éèàçœÉÀ’«»—–€ßДом東京Ωλ\"';").ofMinLength(0)
                .ofMaxLength(60);
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
