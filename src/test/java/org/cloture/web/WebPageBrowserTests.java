package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cloture.report.feedback.DropFeedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff's page in a real browser (Debian's Chromium, headless), as the scenarios say: a visitor
 * meets the login page; staff upload a broken register and see its finding with row and column, upload the
 * fixed file with the keyboard alone and see no blocking finding; staff have no run button and a direct POST
 * is refused; a POST without the CSRF token is refused; an oversized upload gets the French message; the
 * treasurer runs the year-end, sees its progress, downloads the PDF (application/pdf, opened by PDFBox); of
 * two runs asked at once, one runs and the other is refused (409); the board sees the PDF only; files dropped
 * onto the upload zone are loaded like any upload; the findings are filtered by file with the keyboard.
 * axe-core checks every page for WCAG 2.1 AA, and each page is saved as a PNG in target/pages/. One server and
 * one browser for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path work;

    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalledOrCi();
        web = new WebFixture(work);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    private static void login(String user) {
        browser.login(web, user, "Exercice " + WebFixture.YEAR, WAIT);
    }

    private static Path file(String name, String content) throws Exception {
        Path folder = Files.createDirectories(work.resolve("a-deposer-" + Instant.now().toEpochMilli()));
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void upload(Path file) {
        browser.driver.findElement(By.id("fichiers")).sendKeys(file.toString());
        browser.driver.findElement(By.id("deposer")).click();
    }

    /** The status of a POST made by the page's own script, with or without the page's CSRF token. */
    private static long post(String path, boolean withCsrf) {
        return ((Number) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]');
                const body = new URLSearchParams();
                if (arguments[1] && token) { body.append('_csrf', token.value); }
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'}).then(r => done(r.status));
                """, path, withCsrf)).longValue();
    }

    @Test
    @Order(1)
    void aVisitorIsSentToTheLoginPage() throws Exception {
        browser.driver.get(web.url("/annees/2025"));

        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fr");
        browser.assertAccessible("login");
        browser.screenshot("connexion");
    }

    @Test
    @Order(2)
    void staffUploadABrokenRegisterAndSeeItsFindingWithRowAndColumn() throws Exception {
        login(WebFixture.STAFF);
        browser.assertAccessible("year page (staff)");

        upload(file("adherents.csv", WebFixture.BROKEN_REGISTER));

        browser.waitForText(By.id("retours"), "Lignes lues", WAIT);
        assertThat(browser.driver.findElement(By.id("retours")).getText())
                .contains("Fichier déposé : adherents.csv", "Reconnu : adhérents", "rejetées : 1", "ligne 3",
                        "Date d'adhésion");
        assertThat(browser.driver.findElement(By.id("etat")).getText()).contains("constat(s) bloquant(s)");
        browser.assertAccessible("year page after an upload");
        browser.screenshot("exercice-equipe-depot");

        browser.driver.findElement(By.linkText("voir les constats")).click();
        browser.waitForText(By.tagName("h1"), "Constats", WAIT);
        WebElement row = browser.driver.findElements(By.cssSelector("#table-constats tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains("31/02/2025")).findFirst().orElseThrow();
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).isEqualTo("Bloquant");
        assertThat(cells.get(1)).isEqualTo("adherents.csv");
        assertThat(cells.get(3)).isEqualTo("3");
        assertThat(cells.get(4)).isEqualTo("Date d'adhésion");
        assertThat(cells.get(6)).contains("Date illisible");
        assertThat(cells.get(7)).isNotBlank();
        browser.assertAccessible("findings");
        browser.screenshot("constats");
    }

    @Test
    @Order(3)
    void staffUploadTheFixedFileWithTheKeyboardAloneAndNoBlockingFindingRemains() throws Exception {
        browser.driver.get(web.url("/annees/2025"));
        Path fixed = file("adherents.csv", WebFixture.GOOD_REGISTER);
        Actions keyboard = new Actions(browser.driver);
        String focused = "";
        for (int tab = 0; tab < 60 && !focused.equals("fichiers"); tab++) {
            keyboard.sendKeys(Keys.TAB).perform();
            focused = String.valueOf(browser.script("return document.activeElement.id"));
        }
        assertThat(focused).as("the file field is reached with Tab").isEqualTo("fichiers");
        // What the file dialog (opened with Space or Enter) would do: the chosen file becomes the field's.
        browser.driver.switchTo().activeElement().sendKeys(fixed.toString());
        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("deposer");
        keyboard.sendKeys(Keys.ENTER).perform();

        browser.waitForText(By.id("retours"), "Lignes lues", WAIT);
        assertThat(browser.driver.findElement(By.id("retours")).getText()).contains("rejetées : 0",
                "version précédente est gardée");
        assertThat(browser.driver.findElement(By.id("etat")).getText()).contains("Aucun constat bloquant");
        try (var versions = Files.list(web.input.resolve("2025/.versions"))) {
            assertThat(versions.map(path -> Files.exists(path) ? readQuietly(path) : "")).anySatisfy(text ->
                    assertThat(text).contains("31/02/2025"));
        }
    }

    private static String readQuietly(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    @Order(4)
    void staffHaveNoRunButtonAndADirectPostIsRefused() {
        browser.driver.get(web.url("/annees/2025"));

        assertThat(browser.driver.findElements(By.id("lancer-cloture"))).isEmpty();
        assertThat(post("/annees/2025/cloture", true)).isEqualTo(403);
        assertThat(web.reports.resolve("2025/rapport-activite-2025.pdf")).doesNotExist();
    }

    @Test
    @Order(5)
    void aPostWithoutTheCsrfTokenIsRefused() {
        browser.driver.get(web.url("/annees/2025"));

        assertThat(post("/annees/2025/depots", false)).isEqualTo(403);
        assertThat(post("/logout", false)).as("even logging out").isEqualTo(403);
    }

    @Test
    @Order(6)
    void anOversizedUploadIsRefusedWithTheFrenchMessage() throws Exception {
        browser.driver.get(web.url("/annees/2025"));
        Path large = file("grand-registre.csv", WebFixture.REGISTER_HEADER + "x".repeat(3 * 1024 * 1024 / 2));

        upload(large);

        browser.waitForText(By.tagName("body"), "trop volumineux", WAIT);
        assertThat(browser.bodyText()).contains("ne doit pas dépasser 1 Mo");
        assertThat(web.input.resolve("2025/grand-registre.csv")).doesNotExist();
        browser.assertAccessible("413");
        browser.screenshot("depot-trop-volumineux");
    }

    @Test
    @Order(70)
    void theTreasurerRunsTheYearEndSeesItsProgressAndDownloadsThePdf() throws Exception {
        login(WebFixture.TREASURER);
        browser.assertAccessible("year page (treasurer)");

        browser.driver.findElement(By.id("lancer-cloture")).click();

        browser.waiting(WAIT).until(driver -> !driver.findElements(By.cssSelector("main .refus")).isEmpty()
                || driver.findElement(By.id("avancement")).getText().contains("Clôture"));
        assertThat(browser.driver.findElements(By.cssSelector("main .refus"))).as(browser.bodyText()).isEmpty();
        String progress = browser.driver.findElement(By.id("avancement")).getText();
        assertThat(progress).containsAnyOf("Clôture en cours", "Clôture terminée");
        browser.waitForText(By.id("avancement"), "Clôture terminée", Duration.ofMinutes(3));
        browser.driver.findElement(By.linkText("Afficher les rapports")).click();
        browser.waitForText(By.id("rapports"), "Rapport d'activité", WAIT);
        browser.assertAccessible("year page after the run");
        browser.screenshot("exercice-tresorier");
        String href = browser.driver.findElement(By.partialLinkText("Rapport d'activité")).getAttribute("href");

        HttpResponse<byte[]> pdf = download(href);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("attachment", "rapport-activite-2025.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).contains("Les Amis du Lin");
        }
        assertThat(Files.readString(web.data.resolve("audit.log"))).contains("\tmarie\tCLOTURE\t2025\tterminée",
                "\tmarie\tTELECHARGEMENT\t2025\trapport-activite-2025.pdf");
    }

    /** Downloads with the browser's session, as a click on the link would. */
    private static HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(80)
    void twoRunsAskedAtOnceFromThePageOneRunsTheOtherIsRefusedWith409() {
        browser.driver.get(web.url("/annees/2025"));

        // Two real runs asked at the same instant (a double click, two tabs): no gate held by the test.
        @SuppressWarnings("unchecked")
        List<Object> answers = (List<Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const run = () => {
                  const body = new URLSearchParams();
                  body.append('_csrf', document.querySelector('input[name=_csrf]').value);
                  return fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})
                    .then(r => r.text().then(text => ({status: r.status, type: r.type, text: text})));
                };
                Promise.all([run(), run()]).then(done, e => done(String(e)));
                """, "/annees/2025/cloture");

        assertThat(answers).hasSize(2);
        List<java.util.Map<String, Object>> runs = answers.stream().map(answer -> {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> map = (java.util.Map<String, Object>) answer;
            return map;
        }).toList();
        // The run that starts answers with a redirect to the page (opaque to a script: status 0).
        assertThat(runs).extracting(run -> run.get("type")).containsExactlyInAnyOrder("opaqueredirect", "basic");
        java.util.Map<String, Object> refused = runs.stream().filter(run -> "basic".equals(run.get("type"))).findFirst().orElseThrow();
        assertThat(((Number) refused.get("status")).intValue()).isEqualTo(409);
        assertThat(String.valueOf(refused.get("text"))).contains("Une clôture est déjà en cours (exercice 2025, lancée par marie)");

        browser.waiting(Duration.ofMinutes(3)).until(driver -> {
            driver.navigate().refresh();
            String progress = driver.findElement(By.id("avancement")).getText();
            return !progress.contains("en cours") && progress.contains("Clôture terminée");
        });
    }

    @Test
    @Order(90)
    void theBoardSeesOnlyThePdf() throws Exception {
        login(WebFixture.BOARD);

        List<String> links = browser.driver.findElements(By.cssSelector("#rapports a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(links).singleElement().satisfies(link -> assertThat(link).endsWith("/rapports/rapport-activite-2025.pdf"));
        assertThat(browser.driver.findElements(By.id("depot"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("fichiers-charges"))).isEmpty();
        browser.assertAccessible("year page (board)");
        browser.screenshot("exercice-bureau");
        assertThat(download(links.get(0)).statusCode()).isEqualTo(200);
        assertThat(download(web.url("/annees/2025/rapports/controles-2025.xlsx")).statusCode()).isEqualTo(403);
        assertThat(download(web.url("/annees/2025/rapports/etats-financiers-2025.xlsx")).statusCode()).isEqualTo(403);

        browser.driver.get(web.url("/annees/2025/constats"));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        browser.assertAccessible("403");
        browser.screenshot("acces-refuse");
    }

    @Test
    @Order(100)
    void theOneTimeLinkPageOnlyLogsInThroughItsButton() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(web.url("/login/ott?token=jeton-invente"));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion par lien");
        browser.assertAccessible("one-time link page");
        browser.screenshot("connexion-par-lien");
        browser.driver.findElement(By.cssSelector("main form button")).click();

        browser.waitForText(By.tagName("main"), "n'est plus valable", WAIT);
    }

    /** A volunteer-hours file and an activity log, each with one impossible date. */
    private static final String DROPPED_HOURS = "Bénévole;Date;Heures\nAnne Martin;12/03/2025;3\nLéa Petit;30/02/2025;4\n";
    private static final String DROPPED_ACTIONS = "Date;Intitulé;Catégorie\n05/04/2025;Fête du lin;animation\n"
            + "31/04/2025;Visite du musée;visite\n";

    @Test
    @Order(110)
    @SuppressWarnings("unchecked")
    void staffDropTwoFilesOntoTheZoneAndTheyAreLoadedLikeAnyUploadWithTheirFindings() throws Exception {
        login(WebFixture.STAFF);

        // What the browser does when files are dragged from the desktop onto the zone: dragover, then drop
        // with the files in the event's DataTransfer (built here in the page, as Selenium cannot drag files).
        Object chosen = browser.script("""
                const zone = document.getElementById('zone-depot');
                const files = new DataTransfer();
                files.items.add(new File([arguments[0]], 'heures-glissees.csv', {type: 'text/csv'}));
                files.items.add(new File([arguments[1]], 'actions-glissees.csv', {type: 'text/csv'}));
                const over = new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: files});
                zone.dispatchEvent(over);
                const hovered = zone.classList.contains('survol');
                zone.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: files}));
                const input = document.getElementById('fichiers');
                return [over.defaultPrevented, hovered, Array.from(input.files).map(f => f.name).join(',')];
                """, DROPPED_HOURS, DROPPED_ACTIONS);
        assertThat((List<Object>) chosen).as("dragover accepted, zone highlighted, the files in the field")
                .containsExactly(true, true, "heures-glissees.csv,actions-glissees.csv");
        browser.driver.findElement(By.id("deposer")).click();

        browser.waitForText(By.id("retours"), "actions-glissees.csv", WAIT);
        browser.waitForText(By.id("retours"), "Lignes lues", WAIT);
        String feedback = browser.driver.findElement(By.id("retours")).getText();
        assertThat(feedback).contains("Fichier déposé : heures-glissees.csv (exercice 2025)", "Reconnu : bénévolat",
                "Fichier déposé : actions-glissees.csv (exercice 2025)", "Reconnu : actions", "ligne 3");
        // The same path as a file copied into the folder: written into input/2025, the same feedback note.
        assertThat(Files.readString(web.input.resolve("2025/heures-glissees.csv"))).isEqualTo(DROPPED_HOURS);
        assertThat(Files.readString(DropFeedback.fileFor(web.reports, 2025, "heures-glissees.csv")))
                .contains("Reconnu : bénévolat", "ligne 3");
        assertThat(Files.readString(web.data.resolve("audit.log"))).contains("\tcamille\tDEPOT\t2025\theures-glissees.csv",
                "\tcamille\tDEPOT\t2025\tactions-glissees.csv");
        browser.assertAccessible("year page after a drop");
    }

    @Test
    @Order(120)
    void theFindingsAreFilteredByFileWithTheKeyboardAlone() throws Exception {
        browser.driver.get(web.url("/annees/2025/constats"));
        assertThat(fileColumn()).as("findings of both dropped files before filtering")
                .contains("heures-glissees.csv", "actions-glissees.csv");
        Actions keyboard = new Actions(browser.driver);
        String focused = "";
        for (int tab = 0; tab < 40 && !focused.equals("fichier"); tab++) {
            keyboard.sendKeys(Keys.TAB).perform();
            focused = String.valueOf(browser.script("return document.activeElement.id"));
        }
        assertThat(focused).as("the file filter is reached with Tab").isEqualTo("fichier");
        // Typing the start of an option's text selects it, as in any select list.
        browser.driver.switchTo().activeElement().sendKeys("heures");
        assertThat(browser.script("return document.getElementById('fichier').value")).isEqualTo("heures-glissees.csv");
        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Filtrer");
        keyboard.sendKeys(Keys.ENTER).perform();

        browser.waiting(WAIT).ignoring(StaleElementReferenceException.class).until(driver -> {
            List<String> files = fileColumn();
            return !files.isEmpty() && files.stream().allMatch("heures-glissees.csv"::equals);
        });
        assertThat(browser.bodyText()).contains("30/02/2025").doesNotContain("31/04/2025");
        assertThat(browser.script("return document.getElementById('fichier').value")).as("the filter stays chosen")
                .isEqualTo("heures-glissees.csv");
        browser.assertAccessible("findings filtered by file");
        browser.screenshot("constats-par-fichier");
    }

    private static List<String> fileColumn() {
        return browser.driver.findElements(By.cssSelector("#table-constats tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
