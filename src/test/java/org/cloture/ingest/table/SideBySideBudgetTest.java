package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloture.programme.ProgrammeSources;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.statements.StatementLayouts;
import org.cloture.statements.budget.BudgetLayout;
import org.cloture.statements.budget.BudgetPosts;
import org.cloture.statements.budget.BudgetRow;
import org.cloture.statements.budget.PlacedBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CERFA n°12156 budget (« budget prévisionnel de l'association / de l'action »): charges on the left columns,
 * produits on the right columns of the same rows. The forms are built here in the ways associations fill them:
 * with the account numbers in the labels, in a column of their own, or without them; labels in merged cells;
 * with or without « Montant » headers; the year in a title row, in the amount headers, or only in the folder.
 */
class SideBySideBudgetTest {

    private static final BudgetLayout LAYOUT = new BudgetLayout(
            StatementLayouts.standard().forFiscalYearStart(LocalDate.of(2026, 1, 1)).layout());

    @TempDir
    Path input;

    /** How the account numbers are written. */
    enum Numbers { IN_LABEL, OWN_COLUMN, NONE }

    /** Where the year is said. */
    enum YearSaid { TITLE_ROW, AMOUNT_HEADER, FOLDER_ONLY }

    /** One side's row: account, label, amount (null: blank). */
    private record Line(String account, String label, Integer amount) {
    }

    private static Line l(String account, String label, Integer amount) {
        return new Line(account, label, amount);
    }

    private static final List<Line> CHARGES = List.of(
            l("60", "Achats", 3_000), l(null, "Prestations de services", 1_000),
            l(null, "Achats matières et fournitures", 1_500), l(null, "Autres fournitures", 500),
            l("61", "Services extérieurs", 2_400), l(null, "Locations", 1_800), l(null, "Assurance", 600),
            l("62", "Autres services extérieurs", 1_600), l(null, "Déplacements, missions", 1_600),
            l("63", "Impôts et taxes", null),
            l("64", "Charges de personnel", 21_000), l(null, "Rémunération des personnels", 15_000),
            l(null, "Charges sociales", 6_000),
            l("65", "Autres charges de gestion courante", 100), l("66", "Charges financières", null),
            l("67", "Charges exceptionnelles", null), l("68", "Dotation aux amortissements", null));

    private static final List<Line> PRODUITS = List.of(
            l("70", "Vente de produits finis, de marchandises, prestations de services", 6_000),
            l("73", "Dotations et produits de tarification", null),
            l("74", "Subventions d'exploitation", 20_000), l(null, "État : ministère de la Culture", 8_000),
            l(null, "Région(s) : Hauts-de-France", 7_000), l(null, "Département(s) : Nord", 5_000),
            l(null, "Commune(s) :", null), l(null, "Fonds européens", null),
            l("75", "Autres produits de gestion courante", 2_000), l(null, "Dont cotisations, dons manuels ou legs", 1_500),
            l("76", "Produits financiers", 100), l("77", "Produits exceptionnels", null),
            l("78", "Reprises sur amortissements et provisions", null));

    private static final List<Line> IN_KIND_USES = List.of(
            l("86", "Emplois des contributions volontaires en nature", 4_000), l("860", "Secours en nature", null),
            l("861", "Mise à disposition gratuite de biens et services", 1_000), l("862", "Prestations", null),
            l("864", "Personnel bénévole", 3_000));

    private static final List<Line> IN_KIND_RESOURCES = List.of(
            l("87", "Contributions volontaires en nature", 4_000), l("871", "Prestations en nature", 1_000),
            l("875", "Bénévolat", 3_000));

    /** The form as a sheet; {@code totalCharges}/{@code totalProduits} as written on the TOTAL row. */
    private static Workbooks form(Numbers numbers, boolean merged, YearSaid year, boolean montantHeaders,
                                  int totalCharges, int totalProduits, Map<String, Integer> overrides) {
        // Columns: [number] label [label continued when merged] amount | same for produits.
        int labelWidth = (numbers == Numbers.OWN_COLUMN ? 1 : 0) + 1 + (merged ? 1 : 0);
        int side = labelWidth + 1;
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(side * 2, 0, "BUDGET PRÉVISIONNEL DE L'ASSOCIATION"));
        if (year == YearSaid.TITLE_ROW) {
            rows.add(row(side * 2, 0, "Exercice 2026"));
        }
        rows.add(null);
        String amountHeader = year == YearSaid.AMOUNT_HEADER ? "Prévisionnel 2026" : montantHeaders ? "Montant (en euros)" : null;
        Object[] header = new Object[side * 2];
        header[0] = "CHARGES";
        header[labelWidth] = amountHeader;
        header[side] = "PRODUITS";
        header[side + labelWidth] = amountHeader;
        rows.add(header);
        int length = Math.max(CHARGES.size(), PRODUITS.size());
        for (int index = 0; index < length; index++) {
            rows.add(pair(numbers, labelWidth, index < CHARGES.size() ? CHARGES.get(index) : null,
                    index < PRODUITS.size() ? PRODUITS.get(index) : null, overrides));
        }
        rows.add(totals(side, labelWidth, "TOTAL DES CHARGES", totalCharges, "TOTAL DES PRODUITS", totalProduits));
        rows.add(row(side * 2, 0, "CONTRIBUTIONS VOLONTAIRES EN NATURE"));
        for (int index = 0; index < IN_KIND_USES.size(); index++) {
            rows.add(pair(numbers, labelWidth, IN_KIND_USES.get(index),
                    index < IN_KIND_RESOURCES.size() ? IN_KIND_RESOURCES.get(index) : null, overrides));
        }
        rows.add(totals(side, labelWidth, "TOTAL", totalCharges + 4_000, "TOTAL", totalProduits + 4_000));
        Workbooks book = Workbooks.workbook().sheet("Budget", rows.toArray(Object[][]::new));
        if (merged) {
            // The label spans its two columns on every row, the headers too, as the form's cells do.
            int first = numbers == Numbers.OWN_COLUMN ? 1 : 0;
            for (int index = 0; index < rows.size(); index++) {
                if (rows.get(index) != null) {
                    int excel = index + 1;
                    book.merge("Budget", col(first) + excel + ":" + col(first + 1) + excel);
                    book.merge("Budget", col(side + first) + excel + ":" + col(side + first + 1) + excel);
                }
            }
        }
        return book;
    }

    private static String col(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static Object[] row(int width, int column, Object value) {
        Object[] row = new Object[width];
        row[column] = value;
        return row;
    }

    private static Object[] totals(int side, int labelWidth, String left, int leftAmount, String right, int rightAmount) {
        Object[] row = new Object[side * 2];
        row[0] = left;
        row[labelWidth] = leftAmount;
        row[side] = right;
        row[side + labelWidth] = rightAmount;
        return row;
    }

    private static Object[] pair(Numbers numbers, int labelWidth, Line charge, Line produit, Map<String, Integer> overrides) {
        int side = labelWidth + 1;
        Object[] row = new Object[side * 2];
        fill(row, 0, numbers, labelWidth, charge, overrides);
        fill(row, side, numbers, labelWidth, produit, overrides);
        return row;
    }

    private static void fill(Object[] row, int from, Numbers numbers, int labelWidth, Line line,
                             Map<String, Integer> overrides) {
        if (line == null) {
            return;
        }
        switch (numbers) {
            case IN_LABEL -> row[from] = line.account() == null ? line.label() : line.account() + " - " + line.label();
            case OWN_COLUMN -> {
                row[from] = line.account() == null ? null : Integer.valueOf(line.account());
                row[from + 1] = line.label();
            }
            case NONE -> row[from] = line.label();
        }
        Integer amount = overrides.getOrDefault(line.label(), line.amount());
        row[from + labelWidth] = amount;
    }

    static Stream<Arguments> variants() {
        List<Arguments> variants = new ArrayList<>();
        for (Numbers numbers : Numbers.values()) {
            for (boolean merged : List.of(false, true)) {
                for (YearSaid year : YearSaid.values()) {
                    variants.add(Arguments.of(numbers, merged, year, year != YearSaid.FOLDER_ONLY || merged));
                }
            }
        }
        return variants.stream();
    }

    private ProgrammeSources.Read read(Workbooks form) throws IOException {
        Path coming = Files.createDirectories(input.resolve("2026"));
        form.writeTo(coming.resolve("budget-cerfa.xlsx"));
        return ProgrammeSources.read(input, 2025, List.of(), Map.of());
    }

    private static Map<String, BigDecimal> byPost(List<BudgetRow> rows) {
        Map<String, BigDecimal> posts = new LinkedHashMap<>();
        rows.forEach(row -> posts.merge(row.account() != null ? row.account() : row.label(), row.amounts().get(2026),
                BigDecimal::add));
        return posts;
    }

    @ParameterizedTest(name = "numéros {0}, cellules fusionnées {1}, année {2}, en-têtes Montant {3}")
    @MethodSource("variants")
    void readsBothSidesOfTheFormIntoPostsPlacedOnTheCompteDeResultat(Numbers numbers, boolean merged, YearSaid year,
                                                                     boolean montant) throws IOException {
        ProgrammeSources.Read read = read(form(numbers, merged, year, montant, 28_100, 28_100, Map.of()));

        assertThat(read.findings()).isEmpty();
        assertThat(read.budgetRows()).allSatisfy(row -> assertThat(row.amounts()).containsOnlyKeys(2026));
        Map<String, BigDecimal> posts = byPost(read.budgetRows());
        // One post per heading (details added up into it, « dont » never added), the in-kind details by number.
        assertThat(posts.get("60")).isEqualByComparingTo("3000");
        assertThat(posts.get("64")).isEqualByComparingTo("21000");
        assertThat(posts.get("74")).isEqualByComparingTo("20000");
        assertThat(posts.get("75")).isEqualByComparingTo("2000");
        assertThat(posts).doesNotContainKeys("63", "66", "73");
        if (numbers == Numbers.NONE) {
            assertThat(posts.keySet()).containsExactlyInAnyOrder("60", "61", "62", "64", "65", "70", "74", "75", "76", "86", "87");
        } else {
            assertThat(posts.keySet()).containsExactlyInAnyOrder("60", "61", "62", "64", "65", "70", "74", "75", "76",
                    "861", "864", "871", "875");
        }
        PlacedBudget budget = PlacedBudget.place(read.budgetRows(), LAYOUT, BudgetPosts.standard());
        assertThat(budget.findings()).isEmpty();
        BigDecimal charges = sum(read.budgetRows(), "6");
        BigDecimal produits = sum(read.budgetRows(), "7");
        assertThat(charges).isEqualByComparingTo("28100");
        assertThat(produits).isEqualByComparingTo("28100");
        assertThat(sum(read.budgetRows(), "86")).isEqualByComparingTo("4000");
        assertThat(sum(read.budgetRows(), "87")).isEqualByComparingTo("4000");
    }

    private static BigDecimal sum(List<BudgetRow> rows, String prefix) {
        return rows.stream().filter(row -> row.account() != null && row.account().startsWith(prefix))
                .map(row -> row.amounts().get(2026)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPostsIsAFindingOnItsRow() throws IOException {
        ProgrammeSources.Read read = read(form(Numbers.IN_LABEL, false, YearSaid.TITLE_ROW, true, 28_100, 28_000,
                Map.of()));
        assertThat(read.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.BUDGET_TOTAL_MISMATCH);
            assertThat(finding.location().sheet()).isEqualTo("Budget");
            assertThat(finding.location().row()).isEqualTo(22);
            assertThat(finding.message().replace('\u202F', ' ')).contains("TOTAL DES PRODUITS", "28 000,00",
                    "28 100,00", "2026");
        });
        // The posts are kept: the budget is still read, line by line.
        assertThat(sum(read.budgetRows(), "7")).isEqualByComparingTo("28100");
    }

    @Test
    void aHeadingWhoseAmountIsNotTheSumOfItsDetailsIsAFindingAndItsAmountIsKept() throws IOException {
        // « 61 - Services extérieurs » says 2 500 while Locations 1 800 + Assurance 600 make 2 400.
        ProgrammeSources.Read read = read(form(Numbers.IN_LABEL, true, YearSaid.FOLDER_ONLY, false, 28_200, 28_100,
                Map.of("Services extérieurs", 2_500)));
        // The total (28 200) follows the heading's amount: only the heading contradicts its details.
        assertThat(read.findings()).extracting(Finding::check).containsExactly(CheckId.BUDGET_SUBTOTAL_MISMATCH);
        assertThat(read.findings().get(0).message().replace('\u202F', ' '))
                .contains("61 - Services extérieurs", "2 500,00", "2 400,00");
        assertThat(byPost(read.budgetRows()).get("61")).isEqualByComparingTo("2500");
    }

    @Test
    void aFormWithRealisedAndForecastColumnsKeepsTheForecastPerYear() throws IOException {
        Workbooks book = Workbooks.workbook().sheet("BP", new Object[][]{
                {"CHARGES", "Réalisé 2025", "Budget 2026", "PRODUITS", "Réalisé 2025", "Budget 2026"},
                {"60 - Achats", 2_900, 3_000, "70 - Ventes de marchandises, prestations de services", 5_800, 6_000},
                {"64 - Charges de personnel", 20_100, 21_000, "74 - Subventions d'exploitation", 17_200, 18_000},
                {"TOTAL DES CHARGES", 23_000, 24_000, "TOTAL DES PRODUITS", 23_000, 24_000}});
        ProgrammeSources.Read read = read(book);
        assertThat(read.findings()).isEmpty();
        assertThat(read.budgetRows()).extracting(BudgetRow::account).containsExactly("60", "64", "70", "74");
        assertThat(read.budgetRows()).allSatisfy(row -> assertThat(row.amounts()).containsOnlyKeys(2026));
        assertThat(sum(read.budgetRows(), "")).isEqualByComparingTo("48000");
    }

    @Test
    void theYearsIngestRecognisesTheFormWithoutReadingItsPosts() throws IOException {
        Path file = form(Numbers.NONE, false, YearSaid.TITLE_ROW, true, 28_100, 28_100, Map.of())
                .writeTo(input.resolve("cerfa.xlsx"));
        RegisterReadResult result = new RegisterReader(RegisterReader.REGISTERS, 2025).read(file, "cerfa.xlsx", Map.of());
        assertThat(result.sheets()).extracting(SheetResult::kind).containsExactly(SourceKind.BUDGET);
        assertThat(result.findings()).isEmpty();
    }
}
