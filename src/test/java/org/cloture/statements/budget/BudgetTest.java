package org.cloture.statements.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloture.ingest.table.RegisterReader;
import org.cloture.ingest.table.SheetResult;
import org.cloture.ingest.table.SourceKind;
import org.cloture.programme.ProgrammeSources;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLayouts;
import org.cloture.statements.StatementLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The budget prévisionnel: a sheet recognised by its headers, each post placed on the compte de résultat (by its
 * account prefix or its label), compared with the accounts, and checked: a post that maps to no line is blocking,
 * a budget whose charges and produits (contributions in kind included) differ is a warning.
 */
class BudgetTest {

    private static final BudgetLayout LAYOUT = new BudgetLayout(
            StatementLayouts.standard().forFiscalYearStart(LocalDate.of(2025, 1, 1)).layout());
    private static final BudgetLayout OLD_LAYOUT = new BudgetLayout(
            StatementLayouts.standard().forFiscalYearStart(LocalDate.of(2023, 1, 1)).layout());
    private static final BudgetPosts POSTS = BudgetPosts.standard();

    @TempDir
    Path input;

    private static BudgetRow row(String label, String account, long budget2025, long budget2026) {
        return new BudgetRow(label, account, Map.of(2025, BigDecimal.valueOf(budget2025).setScale(2),
                2026, BigDecimal.valueOf(budget2026).setScale(2)), SourceLocation.ofRow("budget.xlsx", "Budget", 4));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                                   | 606    | CR_CHARGES_EXTERNES
            -                                   | 606000 | CR_CHARGES_EXTERNES
            -                                   | 61     | CR_CHARGES_EXTERNES
            -                                   | 7061   | CR_PRESTATIONS
            -                                   | 740000 | CR_SUBVENTIONS
            -                                   | 747    | CR_SUBVENTIONS
            -                                   | 64     | CR_SALAIRES+CR_CHARGES_SOCIALES
            -                                   | 875    | CVN_BENEVOLAT
            -                                   | 864    | CVN_PERSONNEL_BENEVOLE
            Achats                              | 60     | CR_ACHATS_MARCHANDISES+CR_VARIATION_STOCKS+CR_ACHATS_MATIERES+CR_CHARGES_EXTERNES
            Subventions d'exploitation          | -      | CR_SUBVENTIONS
            CONCOURS PUBLICS ET SUBVENTIONS D'EXPLOITATION | - | CR_SUBVENTIONS
            Charges de personnel                | -      | CR_SALAIRES+CR_CHARGES_SOCIALES
            Prestations                         | -      | CR_PRESTATIONS
            cotisations des adhérents           | -      | CR_COTISATIONS
            Bénévolat                           | -      | CVN_BENEVOLAT
            Personnel bénévole                  | -      | CVN_PERSONNEL_BENEVOLE
            CR_CHARGES_SOCIALES                 | -      | CR_CHARGES_SOCIALES
            """)
    void placesEachPostByAccountPrefixOrLabel(String label, String account, String lines) {
        BudgetPosts.Placement placement = POSTS.place(row(label, account, 1, 1), LAYOUT);
        assertThat(placement.placed()).isTrue();
        assertThat(String.join("+", placement.lines())).isEqualTo(lines);
    }

    @Test
    void aPostThatMapsToNoLineIsBlockingAndNamesItsRow() {
        PlacedBudget budget = PlacedBudget.place(List.of(row("Divers et imprévus", null, 500, 500),
                row(null, "512", 100, 100), row("Subventions", null, 1000, 1000)), LAYOUT, POSTS);
        assertThat(budget.findings()).extracting(Finding::check).containsExactly(CheckId.BUDGET_LINE_UNMAPPED,
                CheckId.BUDGET_LINE_UNMAPPED);
        assertThat(budget.findings()).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location().row()).isEqualTo(4);
        });
        assertThat(budget.findings().get(0).message()).contains("Divers et imprévus");
    }

    @Test
    void aPostOnBothSidesIsBlocking() {
        PlacedBudget budget = PlacedBudget.place(List.of(row(null, "8", 100, 100)), LAYOUT, POSTS);
        assertThat(budget.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.BUDGET_LINE_AMBIGUOUS);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void theSameCodesPlaceABudgetInBothPresentations() {
        for (BudgetLayout layout : List.of(LAYOUT, OLD_LAYOUT)) {
            assertThat(POSTS.place(row("Charges sociales", "645", 1, 1), layout).lines())
                    .containsExactly("CR_CHARGES_SOCIALES");
        }
    }

    private static IncomeStatement accounts() {
        List<StatementLine> lines = List.of(
                line("CR_COTISATIONS", "Cotisations", "8796.00"),
                line("CR_SUBVENTIONS", "Concours publics et subventions d'exploitation", "248000.00"),
                line("CR_CHARGES_EXTERNES", "Autres achats et charges externes", "115356.29"),
                line("CR_SALAIRES", "Salaires et traitements", "114000.00"),
                line("CR_CHARGES_SOCIALES", "Charges sociales", "48535.20"),
                line("CR_AUTRES_CHARGES", "Autres charges", "300.00"));
        return new IncomeStatement(lines, Map.of(), null,
                List.of(line("CVN_BENEVOLAT", "Bénévolat", "12870.00")),
                List.of(line("CVN_PERSONNEL_BENEVOLE", "Personnel bénévole", "12870.00")),
                new BigDecimal("12870.00"), new BigDecimal("12870.00"), null, null);
    }

    private static StatementLine line(String code, String label, String amount) {
        return new StatementLine(code, label, StatementLine.Kind.LINE, List.of(), new BigDecimal(amount), null);
    }

    @Test
    void comparesTheYearsRealiseWithItsBudgetPostByPost() {
        PlacedBudget budget = PlacedBudget.place(List.of(
                row("Cotisations", "756", 8_500, 9_200),
                row("Subventions", "74", 250_000, 252_000),
                row("Autres achats et charges externes", null, 119_200, 122_400),
                row("Charges de personnel", "64", 161_500, 168_700),
                row("Bénévolat", "875", 12_600, 13_500),
                row("Personnel bénévole", "864", 12_600, 13_500)), LAYOUT, POSTS);
        BudgetComparison execution = BudgetComparison.execution(budget, 2025, accounts());
        assertThat(execution.lines()).extracting(BudgetComparison.Line::code).containsExactly("CR_COTISATIONS",
                "CR_SUBVENTIONS", "CR_CHARGES_EXTERNES", "CR_SALAIRES+CR_CHARGES_SOCIALES", "CR_AUTRES_CHARGES",
                "CVN_BENEVOLAT", "CVN_PERSONNEL_BENEVOLE");
        BudgetComparison.Line fees = execution.lines().get(0);
        assertThat(fees.budget()).isEqualByComparingTo("8500");
        assertThat(fees.actual()).isEqualByComparingTo("8796");
        assertThat(fees.difference()).isEqualByComparingTo("296");
        assertThat(fees.percent()).isEqualByComparingTo("3.5");
        BudgetComparison.Line staff = execution.lines().get(3);
        assertThat(staff.actual()).isEqualByComparingTo("162535.20");
        assertThat(staff.difference()).isEqualByComparingTo("1035.20");
        // Spent without a budget: shown, with a zero budget and no percentage.
        BudgetComparison.Line unbudgeted = execution.lines().get(4);
        assertThat(unbudgeted.budget()).isEqualByComparingTo("0");
        assertThat(unbudgeted.percent()).isNull();
        assertThat(execution.totals().income().budget()).isEqualByComparingTo("258500");
        assertThat(execution.totals().expenses().actual()).isEqualByComparingTo("278191.49");

        BudgetComparison outlook = BudgetComparison.outlook(budget, 2026, 2025, accounts());
        BudgetComparison.Line fees2026 = outlook.lines().get(0);
        assertThat(fees2026.budget()).isEqualByComparingTo("9200");
        assertThat(fees2026.actual()).isEqualByComparingTo("8796");
        assertThat(fees2026.difference()).isEqualByComparingTo("404");
        assertThat(fees2026.percent()).isEqualByComparingTo("4.6");
    }

    @Test
    void anUnbalancedBudgetIsAWarningCountingTheContributionsInKind() {
        PlacedBudget budget = PlacedBudget.place(List.of(
                row("Cotisations", "756", 10_000, 10_000),
                row("Achats", "606", 10_000, 9_500),
                // In kind: balanced in 2025, not in 2026 (a use without its resource).
                row("Bénévolat", "875", 5_000, 5_000),
                row("Personnel bénévole", "864", 5_000, 6_000)), LAYOUT, POSTS);
        List<BudgetComparison> comparisons = List.of(BudgetComparison.execution(budget, 2025, accounts()),
                BudgetComparison.outlook(budget, 2026, 2025, accounts()));
        List<Finding> findings = BudgetBalance.check(budget, comparisons);
        assertThat(comparisons.get(0).totals().budgetImbalance()).isEqualByComparingTo("0");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.BUDGET_UNBALANCED);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message().replaceAll("[\u202F\u00A0]", " "))
                    .contains("Budget 2026", "charges 15 500,00", "produits 15 000,00", "écart −500,00")
                    .doesNotContain("écart 0,00");
        });
    }

    @Test
    void aBudgetInBalanceOnlyWithItsContributionsInKindIsStillUnbalanced() {
        // Produits 10 000 + 875 2 000 ; charges 12 000 and no 864: the in-kind resource has no use.
        PlacedBudget budget = PlacedBudget.place(List.of(row("Cotisations", "756", 10_000, 10_000),
                row("Achats", "606", 12_000, 12_000), row("Bénévolat", "875", 2_000, 2_000)), LAYOUT, POSTS);
        List<Finding> findings = BudgetBalance.check(budget,
                List.of(BudgetComparison.execution(budget, 2025, accounts())));
        assertThat(findings).isEmpty();
        PlacedBudget unbalanced = PlacedBudget.place(List.of(row("Cotisations", "756", 10_000, 10_000),
                row("Achats", "606", 12_000, 12_000)), LAYOUT, POSTS);
        assertThat(BudgetBalance.check(unbalanced, List.of(BudgetComparison.execution(unbalanced, 2025, accounts()))))
                .extracting(Finding::check).containsExactly(CheckId.BUDGET_UNBALANCED);
    }

    @Test
    void readsABudgetSheetByItsHeadersLeavingActualColumnsAsideAndSkippingHeadingsTotalsAndResult()
            throws IOException {
        Path closed = Files.createDirectories(input.resolve("2025"));
        Files.writeString(closed.resolve("bp.csv"), """
                Poste budgétaire;Réalisé 2024;BP 2025;Prévisionnel 2026;Écart 2026/2025 (%)
                PRODUITS;;;;
                756 - Cotisations;7 980,00;8 500,00;9 200,00;8,2
                Subventions d'exploitation;231 500,00;246 000,00;252 000,00;2,4
                Total des produits;239 480,00;254 500,00;261 200,00;
                CHARGES;;;;
                C/606 Achats non stockés;10 000;12 000;12 500;
                Charges de personnel;152 000;160 000;165 000;
                Excédent prévisionnel;;82 500,00;83 700,00;
                """, StandardCharsets.UTF_8);
        ProgrammeSources.Read read = ProgrammeSources.read(input, 2025, List.of("bp.csv"), Map.of());
        assertThat(read.findings()).isEmpty();
        assertThat(read.budgetRows()).extracting(BudgetRow::name).containsExactly("Cotisations",
                "Subventions d'exploitation", "Achats non stockés", "Charges de personnel");
        assertThat(read.budgetRows().get(0).account()).isEqualTo("756");
        assertThat(read.budgetRows().get(2).account()).isEqualTo("606");
        assertThat(read.budgetRows().get(0).amounts()).containsOnlyKeys(2025, 2026);
        assertThat(read.budgetRows().get(1).amounts().get(2026)).isEqualByComparingTo("252000");
        PlacedBudget budget = PlacedBudget.place(read.budgetRows(), LAYOUT, POSTS);
        assertThat(budget.findings()).isEmpty();
        assertThat(BudgetBalance.check(budget, List.of(BudgetComparison.execution(budget, 2025, accounts()))))
                .extracting(Finding::check).containsExactly(CheckId.BUDGET_UNBALANCED);
    }

    @Test
    void aPublishedCompteDeResultatIsNotABudgetAndABudgetIsNotUnrecognised() throws IOException {
        Path published = input.resolve("cr.csv");
        Files.writeString(published, "Poste;Exercice 2025;Exercice 2024\nCotisations;8 796,00;7 980,00\n");
        Path budget = input.resolve("budget.csv");
        Files.writeString(budget, "Compte;Libellé;Budget 2026\n756;Cotisations;9 200\n");
        List<Finding> findings = new ArrayList<>();
        List<SheetResult> publishedSheets = new RegisterReader().read(published, "cr.csv", Map.of()).sheets();
        assertThat(publishedSheets).isEmpty();
        var budgetRead = new RegisterReader().read(budget, "budget.csv", Map.of());
        findings.addAll(budgetRead.findings());
        assertThat(budgetRead.sheets()).extracting(SheetResult::kind).containsExactly(SourceKind.BUDGET);
        assertThat(budgetRead.sheets().get(0).rowsRead()).isEqualTo(1);
        assertThat(findings).isEmpty();
    }
}
