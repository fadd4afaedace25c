package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Budgets whose headers never say « budget » are recognised by what they mean: a post column beside year
 * columns written in many ways (« Prévisionnel 2026 », « Prévu 2026 », « BP 2026 », « Exercice 2026 »,
 * « 2026 » alone, « Montant » for the folder's year), with or without réalisé, difference and comment
 * columns. And sheets that only look alike are not taken for one: an activity log with a year column, a
 * published compte de résultat, a list of donations.
 */
class BudgetWordingsPropertyTest {

    private static final int FOLDER_YEAR = 2026;

    /** A generated header row and the forecast years it must give. */
    record Wording(List<String> headers, Map<Integer, Integer> expectedYears) {
        @Override
        public String toString() {
            return String.join(" | ", headers) + " → " + expectedYears;
        }
    }

    private static final List<String> POSTS = List.of("Poste", "Postes", "Poste budgétaire", "Rubrique", "Rubriques",
            "Nature", "Libellé", "Intitulé", "Ligne budgétaire", "Nature des charges et produits",
            "Charges et produits", "Libellé du poste");
    private static final List<String> ACCOUNTS = List.of("Compte", "N° de compte", "Compte comptable", "Comptes");
    private static final List<String> FORECASTS = List.of("Prévisionnel %d", "Prévu %d", "BP %d", "Exercice %d",
            "%d", "Année %d", "Total %d", "Montant %d", "%d (€)", "Budget %d", "Prévisions %d", "Estimé %d",
            "Exercice : %d", "%d en euros", "Voté %d");
    private static final List<String> ACTUALS = List.of("Réalisé %d", "Réel %d", "Réalisé au 31/12/%d",
            "Comptes %d", "Constaté %d", "Exécution %d");
    private static final List<String> ASIDES = List.of("Écart", "Écart (%)", "Variation", "%", "Évolution",
            "Commentaires", "Observations", "Écart N/N-1");
    private static final List<String> YEARLESS = List.of("Montant", "Montant (€)", "Montants", "Prévisionnel",
            "Montant prévu", "En euros", "Budget", "Prévu");

    @Provide
    Arbitrary<Wording> budgets() {
        Arbitrary<String> post = Arbitraries.of(POSTS);
        Arbitrary<Optional<String>> account = Arbitraries.of(ACCOUNTS).optional(0.3);
        Arbitrary<List<String>> forecasts = Arbitraries.of(FORECASTS).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Optional<String>> actual = Arbitraries.of(ACTUALS).optional(0.5);
        Arbitrary<List<String>> asides = Arbitraries.of(ASIDES).list().ofMaxSize(2);
        Arbitrary<Boolean> shout = Arbitraries.of(true, false);
        Arbitrary<Boolean> accountFirst = Arbitraries.of(true, false);
        return Combinators.combine(post, account, forecasts, actual, asides, shout, accountFirst)
                .as((postHeader, accountHeader, forecastWordings, actualWording, asideWordings, upper, first) -> {
                    List<String> headers = new ArrayList<>();
                    Map<Integer, Integer> years = new TreeMap<>();
                    if (accountHeader.isPresent() && first) {
                        headers.add(accountHeader.get());
                    }
                    headers.add(postHeader);
                    if (accountHeader.isPresent() && !first) {
                        headers.add(accountHeader.get());
                    }
                    actualWording.ifPresent(wording -> headers.add(String.format(wording, 2024)));
                    int year = 2025;
                    for (String wording : forecastWordings) {
                        years.put(year, headers.size());
                        headers.add(String.format(wording, year));
                        year++;
                    }
                    headers.addAll(asideWordings);
                    List<String> written = headers.stream()
                            .map(header -> upper ? header.toUpperCase(Locale.FRENCH) : header).toList();
                    return new Wording(written, years);
                });
    }

    @Provide
    Arbitrary<Wording> yearlessBudgets() {
        return Combinators.combine(Arbitraries.of(POSTS), Arbitraries.of(YEARLESS), Arbitraries.of(ASIDES).optional(0.3))
                .as((post, amount, aside) -> {
                    List<String> headers = new ArrayList<>(List.of(post, amount));
                    aside.ifPresent(headers::add);
                    return new Wording(headers, Map.of(FOLDER_YEAR, 1));
                });
    }

    private static Optional<ColumnMap> recognised(List<String> headers, Integer folderYear) {
        List<RawCell> cells = headers.stream().map(RawCell::ofText).toList();
        return new HeaderMatcher(Map.of(), folderYear).candidates(new RawRow(null, 1, cells)).stream()
                .filter(ColumnMap::hasAllRequired).findFirst();
    }

    private static void assertBudget(Wording wording, Integer folderYear) {
        Optional<ColumnMap> columns = recognised(wording.headers(), folderYear);
        assertThat(columns).as(wording.toString()).isPresent();
        assertThat(columns.get().kind()).as(wording.toString()).isEqualTo(SourceKind.BUDGET);
        Map<Integer, Integer> years = new TreeMap<>();
        BudgetYearColumns.years(columns.get()).forEach((year, field) -> years.put(year, columns.get().column(field)));
        assertThat(years).as(wording.toString()).isEqualTo(wording.expectedYears());
    }

    /** The years start at the folder's: the closed year's budget and the coming year's, in input/2025/. */
    @Property(tries = 400)
    void aPostColumnBesideYearColumnsIsABudgetWhateverTheWording(@ForAll("budgets") Wording wording) {
        assertBudget(wording, 2025);
    }

    @Property(tries = 100)
    void anAmountColumnWithoutYearIsTheFoldersYearsBudget(@ForAll("yearlessBudgets") Wording wording) {
        assertBudget(wording, FOLDER_YEAR);
    }

    @Provide
    Arbitrary<List<String>> activityLogs() {
        Arbitrary<String> title = Arbitraries.of("Action", "Intitulé", "Titre", "Libellé", "Événement", "Activité");
        Arbitrary<String> date = Arbitraries.of("Date", "Date de début", "Début", "Mois");
        Arbitrary<String> other = Arbitraries.of("Lieu", "Catégorie", "Participants", "Nombre de participants",
                "Animateur", "Public", "Type");
        Arbitrary<String> year = Arbitraries.of("2025", "2026", "Année 2026", "Exercice 2025", "Année", "Saison 2025");
        return Combinators.combine(title, date, other, year, Arbitraries.integers().between(0, 3))
                .as((t, d, o, y, at) -> {
                    List<String> headers = new ArrayList<>(List.of(t, d, o));
                    headers.add(Math.min(at, headers.size()), y);
                    return headers;
                });
    }

    @Property(tries = 200)
    void anActivityLogWithAYearColumnIsNeverABudget(@ForAll("activityLogs") List<String> headers) {
        assertThat(recognised(headers, FOLDER_YEAR).map(ColumnMap::kind)).as(String.join(" | ", headers))
                .isNotEqualTo(Optional.of(SourceKind.BUDGET));
    }

    @Example
    void lookalikesAreNotBudgets() {
        for (List<String> headers : List.of(
                List.of("Poste", "Exercice 2025", "Exercice 2024"),   // a published compte de résultat
                List.of("Poste", "2025", "2024"),
                List.of("Poste", "Exercice 2024"),                    // a past year alone
                List.of("Nom", "Montant"),                            // donations
                List.of("Libellé", "Date", "Montant"),                // a bank export
                List.of("Intitulé", "Catégorie", "2026"),
                List.of("Libellé", "Lieu", "Montant"))) {
            assertThat(recognised(headers, FOLDER_YEAR).map(ColumnMap::kind)).as(String.join(" | ", headers))
                    .isNotEqualTo(Optional.of(SourceKind.BUDGET));
        }
    }

    @Example
    void aRealiseColumnBesideAPlainYearMakesABudgetWhateverTheOrder() {
        assertBudget(new Wording(List.of("Poste", "Réel 2025", "2026"), Map.of(2026, 2)), FOLDER_YEAR);
        assertBudget(new Wording(List.of("Poste", "Exercice 2026", "Réalisé 2025"), Map.of(2026, 1)), FOLDER_YEAR);
    }
}
