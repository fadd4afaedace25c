package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cloture.federation.FederationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloture programme} for a federation closes its members as the year-end closing does: each member with
 * programme inputs in {@code input/<N+1>/<member-id>/} gets its own programme in {@code reports/<N+1>/<member-id>/},
 * built from its own texts, planning and register only; the federation gets its own in {@code reports/<N+1>/}.
 */
class FederationProgrammeFunctionalTests {

    @TempDir
    static Path work;

    private static CliRunner.Result result;

    @BeforeAll
    static void runTheProgramme() throws IOException {
        Path input = FederationFixture.write(work);
        Path coming = Files.createDirectories(input.resolve("2024"));
        Files.writeString(coming.resolve("programme.md"), """
                # Programme 2024 de la fédération

                ## Le mot du président

                Une année pour accompagner les centres sociaux du réseau.
                """, StandardCharsets.UTF_8);
        Files.writeString(coming.resolve("planning-federation.csv"), """
                Axe;Action prévue;Dates;Lieu
                Animation du réseau;Rencontre régionale des directeurs;juin 2024;Lille
                """, StandardCharsets.UTF_8);
        Path wazemmes = Files.createDirectories(coming.resolve("cs-wazemmes"));
        Files.writeString(wazemmes.resolve("programme.md"), """
                # Programme 2024

                ## Le mot de la présidente

                Le centre social de Wazemmes ouvre un jardin partagé.
                """, StandardCharsets.UTF_8);
        Files.writeString(wazemmes.resolve("planning.csv"), """
                Axe;Action prévue;Dates;Lieu;Objectif chiffré;Unité
                Vivre le quartier;Jardin partagé rue des Sarrazins;printemps 2024;Wazemmes;20;familles
                Vivre le quartier;Fête de quartier;21/06/2024;Place de la Nouvelle Aventure;;
                """, StandardCharsets.UTF_8);
        Path arras = Files.createDirectories(coming.resolve("cs-arras-ouest"));
        Files.writeString(arras.resolve("planning.csv"), """
                Projet;Action prévue;Calendrier
                Sport pour tous;Tournoi de futsal;T3 2024
                """, StandardCharsets.UTF_8);
        result = CliRunner.run(work, "programme", "--year", "2024");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    @Test
    void eachMemberWithProgrammeInputsGetsItsOwnProgrammeBesideItsOtherOutputs() throws IOException {
        assertThat(result.exitCode()).as(result.out() + result.err()).isNotEqualTo(ClotureCli.FAILURE);
        Path reports = work.resolve("reports");
        Path wazemmes = reports.resolve("2024/cs-wazemmes/programme-activites-2024.pdf");
        Path arras = reports.resolve("2024/cs-arras-ouest/programme-activites-2024.pdf");
        assertThat(wazemmes).isNotEmptyFile();
        assertThat(arras).isNotEmptyFile();
        // A member without programme inputs gets none; its year's checks still ran (controls and JSON).
        assertThat(reports.resolve("2024/cs-fives")).doesNotExist();
        assertThat(reports.resolve("2023/cs-fives/controles-2023.xlsx")).isNotEmptyFile();
        // The programme command writes no activity report, for the members either.
        assertThat(reports.resolve("2023/cs-wazemmes/rapport-activite-2023.pdf")).doesNotExist();

        String wazemmesText = text(wazemmes);
        assertThat(wazemmesText).contains("Centre social de Wazemmes", "Jardin partagé rue des Sarrazins",
                "Fête de quartier", "jardin partagé")
                .doesNotContain("Tournoi de futsal", "Rencontre régionale des directeurs");
        String arrasText = text(arras);
        assertThat(arrasText).contains("Centre social Arras Ouest", "Tournoi de futsal")
                .doesNotContain("Jardin partagé");
        // Arras Ouest's closing has a blocking finding (an unbalanced entry): its programme says PROVISOIRE.
        assertThat(arrasText).contains("PROVISOIRE");
        assertThat(result.out()).contains("programme-activites-2024.pdf  programme d'activités 2024 du membre cs-wazemmes",
                "du membre cs-arras-ouest");
    }

    @Test
    void theFederationsOwnProgrammeHoldsOnlyItsOwnActions() throws IOException {
        Path own = work.resolve("reports/2024/programme-activites-2024.pdf");
        assertThat(own).isNotEmptyFile();
        String text = text(own);
        assertThat(text).contains("Fédération des centres sociaux de test", "Rencontre régionale des directeurs",
                "accompagner les centres sociaux").doesNotContain("Tournoi de futsal", "Jardin partagé");
    }
}
