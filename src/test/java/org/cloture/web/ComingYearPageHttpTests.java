package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coming year's page over HTTP: a French notice while no programme nor budget was dropped; once the
 * programme's texts and planning (input/2026/) and the budget (uploaded to 2025) are there, the planned actions by
 * axis and by quarter, the budget post by post (budget N, réalisé N, budget N+1) and whether it balances, the
 * programme and budget findings; after the treasurer's run, the programme PDF to download. The board sees the
 * programme and the budget, not the findings.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComingYearPageHttpTests {

    static final String PROGRAMME = """
            # Programme d'activités 2026

            ## Le mot de la présidente

            Une année pour faire connaître le lin et ses métiers.

            ## Transmettre les savoir-faire

            Des ateliers de teillage et de tissage, dans les villages de la vallée.
            """;

    static final String PLANNING = """
            Axe;Action prévue;Dates;Lieu;Objectif chiffré;Unité
            Transmettre les savoir-faire;Atelier de teillage;mars 2026;Ferme du Lin;6;séances
            Transmettre les savoir-faire;Stage de tissage;du 12 au 14 mai 2026;Musée du Lin;12;stagiaires
            Transmettre les savoir-faire;Démonstration au marché;;;;
            Faire connaître le lin;Fête du lin;mars 2027;Place du village;;
            Faire connaître le lin;Exposition itinérante;T3;Écoles;8;
            """;

    /** Charges 2026: 100 + 50 = 150; produits 2026: 150 + 60 = 210 — unbalanced by 60. */
    static final String BUDGET = """
            Poste;Budget 2025;Budget 2026
            Cotisations;110,00;150,00
            Dons;0,00;60,00
            Achats;50,00;100,00
            Autres charges;60,00;50,00
            """;

    @TempDir
    static Path work;

    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = new WebFixture(work);
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static String page(WebFixture.Client client) throws Exception {
        HttpResponse<String> response = client.get("/annees/2025/annee-suivante");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace("&#39;", "'").replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** Writes the programme's texts and planning, and uploads the budget (the upload checks the year again). */
    static void dropTheComingYear(WebFixture web) throws Exception {
        Path coming = Files.createDirectories(web.input.resolve("2026"));
        Files.writeString(coming.resolve("programme.md"), PROGRAMME, StandardCharsets.UTF_8);
        Files.writeString(coming.resolve("planning-2026.csv"), PLANNING, StandardCharsets.UTF_8);
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        assertThat(staff.upload(2025, Map.of("budget-previsionnel.csv", BUDGET.getBytes(StandardCharsets.UTF_8)), true)
                .statusCode()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void withoutProgrammeNorBudgetThePageSaysWhatToDrop() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        assertThat(staff.get("/annees/2025").body()).contains("href=\"/annees/2025/annee-suivante\"");

        String page = page(staff);

        assertThat(page).contains("<html lang=\"fr\"", "id=\"aucun-programme\"",
                "Aucun programme ni budget pour 2026 : déposez dans input/2026/ le texte du programme",
                "CERFA n° 12156").doesNotContain("id=\"table-budget\"", "id=\"calendrier\"");
    }

    @Test
    @Order(2)
    void showsThePlannedActionsTheBudgetAndTheirFindingsFromTheCheck() throws Exception {
        dropTheComingYear(web);

        String page = page(web.login(WebFixture.STAFF));

        assertThat(page).doesNotContain("id=\"aucun-programme\"");
        // The planned actions by axis, with their periods as the programme prints them.
        assertThat(page).contains("Transmettre les savoir-faire — 3 action(s) prévue(s)",
                "Faire connaître le lin — 2 action(s) prévue(s)", "Atelier de teillage", "mars 2026",
                "6 séances", "Stage de tissage", "12 stagiaires", "Démonstration au marché", "date à préciser");
        assertThat(page).containsPattern("1er trimestre</th>\\s*<td class=\"nombre\">1</td>")
                .containsPattern("2e trimestre</th>\\s*<td class=\"nombre\">1</td>")
                .containsPattern("3e trimestre</th>\\s*<td class=\"nombre\">1</td>")
                .containsPattern("date à préciser</th>\\s*<td class=\"nombre\">2</td>");
        // The budget: N budget, N réalisé (from the FEC: 120 of fees, 40 of supplies), N+1 budget.
        assertThat(page).contains("id=\"table-budget\"", "Budget 2025", "Réalisé 2025", "Budget 2026",
                "Cotisations", "110,00 €", "120,00 €", "150,00 €", "Budget 2026 : déséquilibré, excédent prévu de 60,00 €");
        // The programme and budget findings of the check, with their rows.
        assertThat(page).contains("Contrôles du programme et du budget", "Démonstration au marché", "sans date",
                "hors de l'année 2026", "sans unité", "2026/planning-2026.csv", "Budget 2026 déséquilibré");
        // No PDF before a run: the page says when it comes.
        assertThat(page).doesNotContain("id=\"telecharger-programme\"").contains("prochaine clôture");
    }

    @Test
    @Order(3)
    void afterTheTreasurersRunTheProgrammePdfIsDownloadedAndTheBoardSeesProgrammeAndBudget() throws Exception {
        WebFixture.Client treasurer = web.login(WebFixture.TREASURER);
        String token = WebFixture.csrf(treasurer.get("/annees/2025").body());
        assertThat(treasurer.postForm("/annees/2025/cloture", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        YearWork work = web.bean(YearWork.class);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while ((work.running().isPresent() || work.lastRun().isEmpty()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(work.lastRun()).hasValueSatisfying(run -> assertThat(run.completed()).isTrue());

        WebFixture.Client board = web.login(WebFixture.BOARD);
        String page = page(board);
        assertThat(page).contains("id=\"telecharger-programme\"", "href=\"/annees/2025/annee-suivante/programme-activites-2026.pdf\"",
                "Atelier de teillage", "id=\"table-budget\"").doesNotContain("Contrôles du programme et du budget");
        HttpResponse<byte[]> pdf = board.getBytes("/annees/2025/annee-suivante/programme-activites-2026.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Programme d'activités 2026",
                    "Atelier de teillage", "Une année pour faire connaître le lin");
        }
        // Nothing else is reachable there.
        assertThat(board.get("/annees/2025/annee-suivante/rapport-activite-2025.pdf").statusCode()).isEqualTo(404);
        assertThat(board.get("/annees/2025/annee-suivante/..%2F2025%2Fcontroles-2025.xlsx").statusCode()).isIn(400, 404);
        assertThat(board.get("/annees/1999/annee-suivante").statusCode()).isEqualTo(404);
    }
}
