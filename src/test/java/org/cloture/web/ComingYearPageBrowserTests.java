package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The coming year's page in a real browser (Debian's Chromium, headless): reached from the year page's link,
 * its notice without programme nor budget, then the programme by axis and quarter, the budget and the findings
 * once the files are there; axe-core finds no WCAG 2.1 AA violation on any of them, for the staff and for the
 * board. Screenshots in target/pages/ (copied to docs/pages/).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComingYearPageBrowserTests {

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
        browser.login(web, user, "Exercice", WAIT);
    }

    private static void followTheYearPagesLink() {
        browser.driver.findElement(By.id("lien-annee-suivante")).click();
        browser.waitForText(By.tagName("h1"), "L'année 2026 : programme d'activités et budget prévisionnel", WAIT);
    }

    @Test
    @Order(1)
    void withoutProgrammeNorBudgetTheNoticeSaysWhatToDrop() throws Exception {
        login(WebFixture.STAFF);
        followTheYearPagesLink();

        assertThat(browser.driver.findElement(By.id("aucun-programme")).getText())
                .startsWith("Aucun programme ni budget pour 2026 : déposez dans input/2026/");
        browser.assertAccessible("année suivante sans programme");
        browser.screenshot("annee-suivante-vide");
    }

    @Test
    @Order(2)
    void theProgrammeTheBudgetAndTheirFindingsAreShownAndAccessible() throws Exception {
        ComingYearPageHttpTests.dropTheComingYear(web);
        login(WebFixture.STAFF);
        followTheYearPagesLink();

        assertThat(browser.driver.findElement(By.id("axe-1")).getText()).contains("Atelier de teillage", "mars 2026");
        assertThat(browser.driver.findElement(By.id("table-budget")).getText()).contains("Cotisations", "Budget 2026");
        assertThat(browser.driver.findElement(By.id("controles-programme")).getText()).contains("sans date",
                "sans unité");
        browser.assertAccessible("année suivante (équipe)");
        browser.screenshot("annee-suivante");
    }

    @Test
    @Order(3)
    void theBoardSeesTheProgrammeAndTheBudgetWithoutTheFindings() throws Exception {
        login(WebFixture.BOARD);
        followTheYearPagesLink();

        assertThat(browser.bodyText()).contains("Atelier de teillage", "Budget 2026 : déséquilibré")
                .doesNotContain("Contrôles du programme et du budget");
        browser.assertAccessible("année suivante (bureau)");
    }
}
