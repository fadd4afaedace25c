package org.cloture.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;
import org.cloture.figures.NetworkFiguresCalculator;
import org.cloture.figures.YearInputs;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ledger.TrialBalance;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network figures of the fixture federation: each member from its own files, every total a sum of rows. */
class NetworkFiguresTest {

    private static final int YEAR = FederationFixture.YEAR;

    @TempDir
    Path work;

    private AssociationConfig config;
    private Map<String, YearInputs> inputs;

    @BeforeEach
    void setUp() {
        Path input = FederationFixture.write(work);
        config = AssociationConfigLoader.load(input).config();
        JdbcStagingStore store = TestDatabase.store(TestDatabase.create());
        new DropFolderIngest(store.loads()).ingestYear(input, YEAR, config);
        StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2018());
        inputs = new LinkedHashMap<>();
        for (String member : store.files().memberIdsWithFiles(YEAR)) {
            TrialBalance ledger = store.ledger().trialBalance(YEAR, member);
            inputs.put(member, new YearInputs(YEAR, config.fiscalYearStartOf(YEAR), config.fiscalYearEndOf(YEAR),
                    store.registers().members(YEAR, member), store.registers().activities(YEAR, member),
                    store.registers().volunteerHours(YEAR, member),
                    null, null, ledger.isEmpty() ? null
                    : engine.compute(ledger, null, List.of(), List.of()).incomeStatement(),
                    ledger.isEmpty() ? null : ledger));
        }
    }

    @Test
    void eachMemberCountsItsOwnRegistersAndAccounts() {
        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, config.federation(), inputs);

        assertThat(network.members()).extracting(NetworkFigures.MemberRow::id)
                .containsExactly("cs-wazemmes", "cs-fives", "cs-arras-ouest", "cs-lens");
        NetworkCounts wazemmes = network.members().get(0).counts();
        assertThat(List.of(wazemmes.members(), wazemmes.legalPersons(), wazemmes.naturalPersons(),
                wazemmes.newMembers(), wazemmes.volunteers(), wazemmes.actions(), wazemmes.participants()))
                .containsExactly(3, 1, 2, 1, 2, 2, 42);
        assertThat(wazemmes.volunteerHours()).isEqualByComparingTo("6.5");
        assertThat(wazemmes.totalIncome()).isEqualByComparingTo("10300.00");
        assertThat(wazemmes.totalExpenses()).isEqualByComparingTo("8500.00");
        assertThat(wazemmes.result()).isEqualByComparingTo("1800.00");

        NetworkCounts fives = network.members().get(1).counts();
        assertThat(fives.withAccounts()).isZero();
        assertThat(fives.totalIncome()).isNull();
        assertThat(fives.result()).isNull();
        assertThat(fives.members()).isEqualTo(2);

        assertThat(network.members().get(2).counts().result()).isEqualByComparingTo("1500.00");
        NetworkFigures.MemberRow lens = network.members().get(3);
        assertThat(lens.transmitted()).isFalse();
        assertThat(lens.counts()).isEqualTo(new NetworkCounts(1, 0, 0, 0, 0, 0, 0, 0,
                NetworkCounts.NONE.volunteerHours(), 0, 0, null, null, null));
    }

    @Test
    void territoriesDepartementsAndTheTotalAreSumsOfRows() {
        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, config.federation(), inputs);

        assertThat(network.territories()).extracting(NetworkFigures.TerritoryRow::id)
                .containsExactly("metropole-lille", "artois");
        for (NetworkFigures.TerritoryRow territory : network.territories()) {
            assertThat(territory.counts()).isEqualTo(sum(territory.members().stream()
                    .map(NetworkFigures.MemberRow::counts).toList()));
        }
        NetworkCounts total = network.total();
        assertThat(total).isEqualTo(sum(network.members().stream().map(NetworkFigures.MemberRow::counts).toList()))
                .isEqualTo(sum(network.territories().stream().map(NetworkFigures.TerritoryRow::counts).toList()))
                .isEqualTo(sum(network.departements().stream().map(NetworkFigures.DepartementRow::counts).toList()));
        assertThat(network.departements()).extracting(NetworkFigures.DepartementRow::departement)
                .containsExactly("59", "62");

        NetworkCounts artois = network.territories().get(1).counts();
        assertThat(List.of(artois.declared(), artois.transmitted(), artois.withAccounts())).containsExactly(2, 1, 1);
        assertThat(artois.transmissionRate()).isEqualByComparingTo("50.0");
        assertThat(List.of(total.declared(), total.transmitted(), total.withAccounts(), total.members(),
                total.legalPersons(), total.naturalPersons(), total.newMembers(), total.volunteers(), total.actions(),
                total.participants())).containsExactly(4, 3, 2, 6, 2, 4, 3, 3, 3, 50);
        assertThat(total.volunteerHours()).isEqualByComparingTo("10.5");
        assertThat(total.totalIncome()).isEqualByComparingTo("12300.00");
        assertThat(total.totalExpenses()).isEqualByComparingTo("9000.00");
        assertThat(total.result()).isEqualByComparingTo("3300.00");
        assertThat(total.transmissionRate()).isEqualByComparingTo("75.0");
    }

    @Test
    void membersWithoutTerritoryAreGroupedApartAndStillInTheTotal() {
        AssociationConfig.Federation federation = new AssociationConfig.Federation(
                List.of(new AssociationConfig.Territory("artois", "Artois", "62")),
                List.of(new AssociationConfig.MemberAssociation("cs-arras-ouest", "Arras Ouest", "artois"),
                        new AssociationConfig.MemberAssociation("cs-wazemmes", "Wazemmes", null)));

        NetworkFigures network = NetworkFiguresCalculator.compute(YEAR, federation, inputs);

        assertThat(network.territories()).extracting(NetworkFigures.TerritoryRow::name)
                .containsExactly("Artois", NetworkFigures.NO_TERRITORY);
        assertThat(network.departements()).extracting(NetworkFigures.DepartementRow::departement)
                .containsExactly("62", NetworkFigures.NO_DEPARTEMENT);
        assertThat(network.total().result()).isEqualByComparingTo("3300.00");
        assertThat(network.total().members()).isEqualTo(4);
    }

    private static NetworkCounts sum(List<NetworkCounts> rows) {
        return rows.stream().reduce(NetworkCounts.NONE, NetworkCounts::plus);
    }
}
