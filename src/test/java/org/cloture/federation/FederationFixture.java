package org.cloture.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.ingest.FecFixtures;

/**
 * A small federation written by the tests: two territories, four declared members — three with a folder
 * for 2023 (one without FEC, one whose FEC has an unbalanced entry) and one without — plus an undeclared
 * folder, a hidden folder and a folder named like a year, which are not members. The federation's own
 * files sit in the year folder as usual. The expected figures are in the comments.
 */
public final class FederationFixture {

    public static final int YEAR = 2023;
    public static final String OWN_FEC = "100000001FEC20231231.txt";
    public static final String ARRAS_FEC = "300000001FEC20231231.txt";

    private FederationFixture() {
    }

    /** Writes {@code input/} (association.yml and 2023/) under {@code work}; returns the input folder. */
    public static Path write(Path work) {
        Path input = work.resolve("input");
        Path year = input.resolve(Integer.toString(YEAR));
        write(input.resolve("association.yml"), """
                name: "Fédération des centres sociaux de test"
                federation:
                  territories:
                    - { id: metropole-lille, name: "Métropole Lilloise", departement: "59" }
                    - { id: artois, name: "Artois", departement: "62" }
                  members:
                    - { id: cs-wazemmes, name: "Centre social de Wazemmes", territory: metropole-lille }
                    - { id: cs-fives, name: "Centre social de Fives", territory: metropole-lille }
                    - { id: cs-arras-ouest, name: "Centre social Arras Ouest", territory: artois }
                    - { id: cs-lens, name: "Centre social de Lens", territory: artois }
                """);
        writeOwnFiles(year);
        writeMemberFiles(year);
        // Not members: an undeclared folder (a finding), a hidden one and one named like a year (silent).
        write(year.resolve("cs-inconnu/adherents.csv"), """
                N° adhérent;Nom;Type;Date d'adhésion
                I1;Inconnu;PP;01/02/2023
                I2;Autre inconnu;PP;01/03/2023
                """);
        write(year.resolve(".sync/adherents.csv"), "N° adhérent;Nom;Type;Date d'adhésion\nS1;Caché;PP;01/02/2023\n");
        write(year.resolve("2022/adherents.csv"), "N° adhérent;Nom;Type;Date d'adhésion\nY1;Année;PP;01/02/2022\n");
        return input;
    }

    /**
     * The federation itself: income 1 200 (fees) + 5 000 (subsidy), expenses 800, result 5 400; three legal
     * persons (the centres) paying 400 each.
     */
    public static void writeOwnFiles(Path year) {
        write(year.resolve(OWN_FEC), fec(
                line("BQ", "1", "20230315", "512000", "Banque", "Cotisation F01", "400,00", "0,00"),
                line("BQ", "1", "20230315", "756000", "Cotisations", "Cotisation F01", "0,00", "400,00"),
                line("BQ", "2", "20230316", "512000", "Banque", "Cotisation F02", "400,00", "0,00"),
                line("BQ", "2", "20230316", "756000", "Cotisations", "Cotisation F02", "0,00", "400,00"),
                line("BQ", "3", "20230317", "512000", "Banque", "Cotisation F03", "400,00", "0,00"),
                line("BQ", "3", "20230317", "756000", "Cotisations", "Cotisation F03", "0,00", "400,00"),
                line("BQ", "4", "20230401", "512000", "Banque", "Subvention CAF", "5000,00", "0,00"),
                line("BQ", "4", "20230401", "741000", "Subventions", "Subvention CAF", "0,00", "5000,00"),
                line("BQ", "5", "20230510", "606000", "Achats", "Fournitures", "800,00", "0,00"),
                line("BQ", "5", "20230510", "512000", "Banque", "Fournitures", "0,00", "800,00")));
        write(year.resolve("adherents.csv"), """
                N° adhérent;Nom;Type;Date d'adhésion;Cotisation
                F01;Centre social de Wazemmes;PM;01/01/2015;400,00
                F02;Centre social de Fives;PM;01/01/2016;400,00
                F03;Centre social Arras Ouest;PM;01/01/2017;400,00
                """);
    }

    /**
     * Wazemmes: 3 members (1 legal, 2 natural, 1 new), 2 volunteers for 6,5 h, 2 actions with 42
     * participants, income 10 300, expenses 8 500, result 1 800. Fives: no FEC; 2 natural members (1 new),
     * 1 action with 8 participants. Arras Ouest: 1 new legal member, 1 volunteer for 4 h, income 2 000,
     * expenses 500, result 1 500, and entry AC 2 unbalanced (500 against 450).
     */
    public static void writeMemberFiles(Path year) {
        Path wazemmes = year.resolve("cs-wazemmes");
        write(wazemmes.resolve("200000001FEC20231231.txt"), fec(
                line("BQ", "1", "20230201", "512000", "Banque", "Cotisations", "300,00", "0,00"),
                line("BQ", "1", "20230201", "756000", "Cotisations", "Cotisations", "0,00", "300,00"),
                line("BQ", "2", "20230301", "512000", "Banque", "Prestation CAF", "10000,00", "0,00"),
                line("BQ", "2", "20230301", "741000", "Subventions", "Prestation CAF", "0,00", "10000,00"),
                line("BQ", "3", "20230610", "641000", "Salaires", "Salaires", "7000,00", "0,00"),
                line("BQ", "3", "20230610", "512000", "Banque", "Salaires", "0,00", "7000,00"),
                line("BQ", "4", "20230615", "606000", "Achats", "Fournitures", "1500,00", "0,00"),
                line("BQ", "4", "20230615", "512000", "Banque", "Fournitures", "0,00", "1500,00")));
        write(wazemmes.resolve("adherents.csv"), """
                N° adhérent;Nom;Prénom;Type;Date d'adhésion;Cotisation
                W1;Dupont;Jean;PP;10/02/2023;10,00
                W2;Martin;Anne;PP;05/05/2019;10,00
                W3;Association des parents;;PM;01/01/2020;30,00
                """);
        write(wazemmes.resolve("activites.csv"), """
                Date;Intitulé;Catégorie;Participants
                15/03/2023;Atelier cuisine;rencontre;12
                20/06/2023;Fête de quartier;événement;30
                """);
        write(wazemmes.resolve("benevolat.csv"), """
                Bénévole;N° adhérent;Date;Heures
                Jean Dupont;W1;15/03/2023;3,5
                Anne Martin;W2;20/06/2023;2
                Jean Dupont;W1;20/06/2023;1
                """);
        Path fives = year.resolve("cs-fives");
        write(fives.resolve("adherents.csv"), """
                N° adhérent;Nom;Prénom;Type;Date d'adhésion
                V1;Durand;Paul;PP;01/09/2023
                V2;Petit;Léa;PP;01/09/2018
                """);
        write(fives.resolve("activites.csv"), """
                Date;Intitulé;Catégorie;Participants
                10/10/2023;Sortie familles;visite;8
                """);
        Path arras = year.resolve("cs-arras-ouest");
        write(arras.resolve(ARRAS_FEC), fec(
                line("BQ", "1", "20230201", "512000", "Banque", "Subvention", "2000,00", "0,00"),
                line("BQ", "1", "20230201", "741000", "Subventions", "Subvention", "0,00", "2000,00"),
                line("AC", "2", "20230301", "606000", "Achats", "Fournitures", "500,00", "0,00"),
                line("AC", "2", "20230301", "512000", "Banque", "Fournitures", "0,00", "450,00")));
        write(arras.resolve("adherents.csv"), """
                N° adhérent;Nom;Type;Date d'adhésion
                A1;Club de foot;PM;01/04/2023
                """);
        write(arras.resolve("benevolat.csv"), """
                Bénévole;Date;Heures
                Marc Leroy;01/04/2023;4
                """);
    }

    /** The member folders of the year, deleted: what the federation's own report must not depend on. */
    public static void deleteMemberFolders(Path year) {
        for (String member : new String[] {"cs-wazemmes", "cs-fives", "cs-arras-ouest", "cs-inconnu"}) {
            deleteTree(year.resolve(member));
        }
    }

    private static String fec(String... lines) {
        return FecFixtures.HEADER + "\r\n" + String.join("", lines);
    }

    private static String line(String journal, String entry, String date, String account, String accountLabel,
                               String label, String debit, String credit) {
        return String.join("\t", journal, journal, journal + entry, date, account, accountLabel, "", "",
                journal + entry, date, label, debit, credit, "", "", date, "", "") + "\r\n";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
