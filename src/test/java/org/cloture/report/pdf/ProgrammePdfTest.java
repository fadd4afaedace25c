package org.cloture.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cloture.figures.BoardOfficer;
import org.cloture.figures.BoardRole;
import org.cloture.figures.IncomeShare;
import org.cloture.programme.ComingYear;
import org.cloture.programme.ComingYearPlan;
import org.cloture.programme.PlannedAction;
import org.cloture.programme.PlanningChecks;
import org.cloture.report.Publication;
import org.cloture.report.narrative.MarkdownNarrative;
import org.cloture.source.SourceLocation;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLayouts;
import org.cloture.statements.StatementLine;
import org.cloture.statements.budget.BudgetComparison;
import org.cloture.statements.budget.BudgetLayout;
import org.cloture.statements.budget.BudgetPosts;
import org.cloture.statements.budget.BudgetRow;
import org.cloture.statements.budget.PlacedBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The programme of activities as printed: checked by its text (PDFBox) and as PDF/A-2b, like the board report.
 * The texts' parts that name an axis carry that axis's planned actions; the annexe lists the member structures
 * by name; the budget N+1 stands beside the réalisé N.
 */
class ProgrammePdfTest {

    private static String text;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate last = LocalDate.of(2026, 12, 31);
        List<PlannedAction> actions = PlanningChecks.check(List.of(
                action("Axe 2 — Numériser les collections", "Campagnes de prises de vue", "T2 2026", "Lille", 11,
                        "campagnes de numérisation"),
                action("Axe 2 — Numériser les collections", "Mise en ligne des notices", "1er semestre", null, 1500,
                        "notices"),
                action("Transition écologique", "Plateforme de dons de matériel", "automne 2026", "Roubaix", null, null),
                action("Transition écologique", "Atelier écoconception", null, null, null, null)), first, last).actions();
        var narrative = MarkdownNarrative.parse("2026/programme.md", """
                # Programme d'activités 2026

                ## Le mot de la présidente

                Chers membres, l'année 2026 sera celle du **numérique**. Contact : presidente@example.org.

                ## Numériser les collections

                Onze campagnes de prises de vue.
                """);
        PlacedBudget budget = PlacedBudget.place(List.of(
                new BudgetRow("Cotisations", "756", Map.of(2026, new BigDecimal("9200.00")), SourceLocation.ofFile("b")),
                new BudgetRow("Achats", "606", Map.of(2026, new BigDecimal("9200.00")), SourceLocation.ofFile("b"))),
                new BudgetLayout(StatementLayouts.standard().forFiscalYearStart(first).layout()), BudgetPosts.standard());
        IncomeStatement accounts = new IncomeStatement(List.of(
                new StatementLine("CR_COTISATIONS", "Cotisations", StatementLine.Kind.LINE, List.of(),
                        new BigDecimal("8796.00"), null),
                new StatementLine("CR_CHARGES_EXTERNES", "Autres achats et charges externes", StatementLine.Kind.LINE,
                        List.of(), new BigDecimal("8000.00"), null)), Map.of(), null, List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, null, null);
        ComingYear coming = new ComingYear(2026, first, last, narrative, ComingYearPlan.byAxis(actions),
                List.of(new BoardOfficer(BoardRole.PRESIDENT, "Marie-Lys Marguerite"),
                        new BoardOfficer(BoardRole.TREASURER, "Philippe Gayot")),
                List.of("Centre historique minier", "Musée de l'Hospice Comtesse"),
                List.of(new IncomeShare("subsidies", "DRAC Hauts-de-France", new BigDecimal("12000.00"),
                        new BigDecimal("4.2"), List.of("741100"))),
                null, BudgetComparison.outlook(budget, 2026, 2025, accounts));
        pdf = new ProgrammePdf().render(new ProgrammePdf.Input("Musenor", 2025, coming, false, Publication.NONE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    private static PlannedAction action(String axis, String title, String when, String place, Integer target,
                                        String unit) {
        return new PlannedAction(axis, title, null, when, place, null,
                target == null ? null : BigDecimal.valueOf(target), unit, null, SourceLocation.ofRow("plan.xlsx", "P", 2));
    }

    @Test
    void hasTheCoverTheSommaireAndTheWordFromThePresident() {
        assertThat(text).contains("Musenor", "Programme d'activités 2026", "Du 1er janvier 2026 au 31 décembre 2026",
                "Sommaire", "Le mot de la présidente", "numérique");
        assertThat(text).doesNotContain("Rapport d'activité", "PROVISOIRE");
    }

    @Test
    void anAxisPartOfTheTextsCarriesItsPlannedActionsAndAnAxisWithoutTextHasItsOwnPart() {
        int part = text.indexOf("Numériser les collections\nOnze campagnes");
        assertThat(part).isPositive();
        assertThat(text.indexOf("Campagnes de prises de vue")).isGreaterThan(part);
        String flat = text.replaceAll("[\u202F\u00A0]", " ").replace('\n', ' ');
        assertThat(flat).contains("2e trimestre 2026", "11 campagnes de numérisation", "1 500 notices",
                "1er semestre 2026", "Transition écologique", "automne 2026", "date à préciser");
    }

    @Test
    void namesTheBoardThePartnersAndTheMemberStructuresOnly() {
        assertThat(text).contains("Marie-Lys Marguerite — Présidence", "Philippe Gayot — Trésorerie",
                "DRAC Hauts-de-France", "Annexe : les structures adhérentes", "Centre historique minier",
                "Musée de l'Hospice Comtesse", "2 structures adhérentes");
        assertThat(text).doesNotContain("presidente@example.org").contains("[adresse retirée]");
    }

    @Test
    void showsTheComingYearsBudgetBesideTheClosedYearsAccounts() {
        assertThat(text).contains("Budget prévisionnel 2026", "Réalisé 2025", "Budget 2026", "Variation",
                "Cotisations", "Total des produits", "Total des charges", "Excédent ou déficit");
        assertThat(text.replaceAll("[\\u202F\\u00A0]", " ")).contains("8 796,00", "9 200,00", "+404,00", "+4,6 %");
    }

    @Test
    void isPdfA2b() throws Exception {
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }
}
