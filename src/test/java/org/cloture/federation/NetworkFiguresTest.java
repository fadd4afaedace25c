package org.cloture.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cloture.config.AssociationConfig;
import org.cloture.figures.MemberClosingResult;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;
import org.cloture.figures.NetworkFiguresCalculator;
import org.junit.jupiter.api.Test;

/**
 * The network figures from the members' own closings: a member to correct is listed with its findings and
 * left out of every sum, a member without folder is "données non transmises", every total is the sum of
 * its rows and says how many members it covers — and figures whose total contradicts its rows cannot exist.
 */
class NetworkFiguresTest {

    private static final int YEAR = FederationFixture.YEAR;

    private static final AssociationConfig.Federation FEDERATION = new AssociationConfig.Federation(
            List.of(new AssociationConfig.Territory("metropole-lille", "Métropole Lilloise", "59"),
                    new AssociationConfig.Territory("artois", "Artois", "62")),
            List.of(new AssociationConfig.MemberAssociation("cs-wazemmes", "Centre social de Wazemmes", "metropole-lille"),
                    new AssociationConfig.MemberAssociation("cs-fives", "Centre social de Fives", "metropole-lille"),
                    new AssociationConfig.MemberAssociation("cs-arras-ouest", "Centre social Arras Ouest", "artois"),
                    new AssociationConfig.MemberAssociation("cs-lens", "Centre social de Lens", "artois")));

    /** Wazemmes and Fives closed (Fives without FEC), Arras Ouest to correct, Lens sent nothing. */
    private static Map<String, MemberClosingResult> closings() {
        Map<String, MemberClosingResult> closings = new LinkedHashMap<>();
        closings.put("cs-wazemmes", MemberClosingResult.closed(NetworkCounts.member(3, 1, 2, 1, 2,
                new BigDecimal("6.5"), 2, 42, new BigDecimal("10300.00"), new BigDecimal("8500.00"),
                new BigDecimal("1800.00"))));
        closings.put("cs-fives", MemberClosingResult.closed(NetworkCounts.member(2, 0, 2, 1, 0,
                new BigDecimal("0.0"), 1, 8, null, null, new BigDecimal("0.00"))));
        closings.put("cs-arras-ouest", MemberClosingResult.toCorrect(List.of(
                "L'écriture AC 2 n'est pas équilibrée (300000001FEC20231231.txt:4)")));
        return closings;
    }

    @Test
    void aMemberToCorrectIsListedWithItsFindingsAndLeftOutOfEverySum() {
        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, FEDERATION, closings());

        assertThat(network.members()).extracting(member -> member.id() + " " + member.status().french())
                .containsExactly("cs-wazemmes données transmises", "cs-fives données transmises",
                        "cs-arras-ouest à corriger", "cs-lens données non transmises");
        NetworkFigures.MemberRow arras = network.members().get(2);
        assertThat(arras.blocking()).singleElement().asString().contains("AC 2");
        assertThat(arras.counted()).isFalse();
        NetworkCounts artois = network.territories().get(1).counts();
        assertThat(List.of(artois.declared(), artois.transmitted(), artois.toCorrect(), artois.covered(),
                artois.members())).containsExactly(2, 1, 1, 0, 0);
        assertThat(artois.totalIncome()).isNull();

        NetworkCounts total = network.total();
        assertThat(List.of(total.declared(), total.transmitted(), total.toCorrect(), total.covered(),
                total.withAccounts(), total.members(), total.volunteers(), total.participants()))
                .containsExactly(4, 3, 1, 2, 1, 5, 2, 50);
        assertThat(total.totalIncome()).isEqualByComparingTo("10300.00");
        assertThat(total.result()).isEqualByComparingTo("1800.00");
        assertThat(total.transmissionRate()).isEqualByComparingTo("75.0");
    }

    @Test
    void territoriesDepartementsAndTheTotalAreSumsOfRows() {
        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, FEDERATION, closings());

        for (NetworkFigures.TerritoryRow territory : network.territories()) {
            assertThat(territory.counts()).isEqualTo(sum(territory.members().stream()
                    .map(NetworkFigures.MemberRow::counts).toList()));
        }
        assertThat(network.total())
                .isEqualTo(sum(network.members().stream().map(NetworkFigures.MemberRow::counts).toList()))
                .isEqualTo(sum(network.territories().stream().map(NetworkFigures.TerritoryRow::counts).toList()))
                .isEqualTo(sum(network.departements().stream().map(NetworkFigures.DepartementRow::counts).toList()));
        assertThat(network.departements()).extracting(NetworkFigures.DepartementRow::departement)
                .containsExactly("59", "62");
    }

    /**
     * The seed's FOSFORA table (../shared/seeds/003_*) prints 353 volunteers in its total row over rows of
     * 178, 66, 107 and 30 (381). Our total is computed from the rows, and a total that is not their sum is
     * refused when the figures are built: such a table cannot reach a report.
     */
    @Test
    void aTotalThatIsNotTheSumOfItsRowsCannotBePrinted() {
        AssociationConfig.Federation fosfora = new AssociationConfig.Federation(
                List.of(new AssociationConfig.Territory("npdc", "Nord Pas-de-Calais", "59")),
                List.of(new AssociationConfig.MemberAssociation("catalogue", "Formation des bénévoles", "npdc"),
                        new AssociationConfig.MemberAssociation("mixte", "Formation mixte", "npdc"),
                        new AssociationConfig.MemberAssociation("amepp", "AMEPP", "npdc"),
                        new AssociationConfig.MemberAssociation("interne", "Formation interne", "npdc")));
        Map<String, MemberClosingResult> rows = new LinkedHashMap<>();
        int[] volunteers = {178, 66, 107, 30};
        for (int index = 0; index < volunteers.length; index++) {
            rows.put(fosfora.members().get(index).id(), MemberClosingResult.closed(NetworkCounts.member(0, 0, 0, 0,
                    volunteers[index], new BigDecimal("0.0"), 0, 0, null, null, null)));
        }

        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, fosfora, rows);
        assertThat(network.total().volunteers()).isEqualTo(381);

        NetworkCounts printed = network.total();
        NetworkCounts seedTotal = new NetworkCounts(printed.declared(), printed.transmitted(), printed.toCorrect(),
                printed.withAccounts(), printed.members(), printed.legalPersons(), printed.naturalPersons(),
                printed.newMembers(), 353, printed.volunteerHours(), printed.actions(), printed.participants(),
                printed.totalIncome(), printed.totalExpenses(), printed.result());
        assertThatThrownBy(() -> new NetworkFigures(YEAR, network.members(), network.territories(),
                network.departements(), seedTotal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n'est pas la somme de ses lignes");
        NetworkFigures.TerritoryRow territory = network.territories().get(0);
        assertThatThrownBy(() -> new NetworkFigures(YEAR, network.members(), List.of(new NetworkFigures.TerritoryRow(
                territory.id(), territory.name(), territory.departement(), territory.members(), seedTotal)),
                network.departements(), network.total())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void everyTotalIsTheSumOfItsMembersWhateverTheirStatus(@ForAll @IntRange(min = 0, max = 30) int size,
                                                          @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<AssociationConfig.Territory> territories = List.of(
                new AssociationConfig.Territory("a", "A", "59"), new AssociationConfig.Territory("b", "B", "62"),
                new AssociationConfig.Territory("c", "C", "59"), new AssociationConfig.Territory("d", "D", null));
        List<AssociationConfig.MemberAssociation> members = new ArrayList<>();
        Map<String, MemberClosingResult> closings = new LinkedHashMap<>();
        int counted = 0;
        int expectedMembers = 0;
        for (int index = 0; index < size; index++) {
            String territory = random.nextInt(5) == 0 ? null : territories.get(random.nextInt(4)).id();
            members.add(new AssociationConfig.MemberAssociation("m" + index, "Membre " + index, territory));
            switch (random.nextInt(3)) {
                case 0 -> {
                    int adherents = random.nextInt(500);
                    expectedMembers += adherents;
                    counted++;
                    boolean accounts = random.nextBoolean();
                    closings.put("m" + index, MemberClosingResult.closed(NetworkCounts.member(adherents, 0, adherents,
                            0, random.nextInt(50), BigDecimal.valueOf(random.nextInt(10_000), 1), random.nextInt(40),
                            random.nextInt(900), accounts ? BigDecimal.valueOf(random.nextInt(1_000_000), 2) : null,
                            accounts ? BigDecimal.valueOf(random.nextInt(1_000_000), 2) : null,
                            accounts ? BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, 2) : null)));
                }
                case 1 -> closings.put("m" + index, MemberClosingResult.toCorrect(List.of("bloquant")));
                default -> {
                }
            }
        }

        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR,
                new AssociationConfig.Federation(territories, members), closings);

        assertThat(network.total().covered()).isEqualTo(counted);
        assertThat(network.total().members()).isEqualTo(expectedMembers);
        assertThat(network.total().declared()).isEqualTo(size);
        assertThat(network.total()).isEqualTo(sum(network.territories().stream()
                .map(NetworkFigures.TerritoryRow::counts).toList()));
    }

    private static NetworkCounts sum(List<NetworkCounts> rows) {
        return rows.stream().reduce(NetworkCounts.NONE, NetworkCounts::plus);
    }
}
