package org.cloture.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** association.yml's federation section: territories and members, every mistake a finding with its line. */
class FederationSectionTest {

    @TempDir
    Path input;

    @Test
    void territoriesAndMembersAreReadInTheirOrder() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                name: Fédération
                federation:
                  territories:
                    - { id: metropole-lille, name: "Métropole Lilloise", departement: "59" }
                    - { id: artois, name: "Artois", departement: 62 }
                  members:
                    - { id: cs-wazemmes, name: "Centre social de Wazemmes", territory: metropole-lille }
                    - { id: cs-arras-ouest, name: "Centre social Arras Ouest", territory: artois }
                """);

        AssociationConfig config = loaded.config();
        assertThat(loaded.findings()).isEmpty();
        assertThat(config.isFederation()).isTrue();
        assertThat(config.federation().territories()).containsExactly(
                new AssociationConfig.Territory("metropole-lille", "Métropole Lilloise", "59"),
                new AssociationConfig.Territory("artois", "Artois", "62"));
        assertThat(config.federation().members()).containsExactly(
                new AssociationConfig.MemberAssociation("cs-wazemmes", "Centre social de Wazemmes", "metropole-lille"),
                new AssociationConfig.MemberAssociation("cs-arras-ouest", "Centre social Arras Ouest", "artois"));
    }

    @Test
    void anAssociationWithoutTheSectionIsNotAFederation() throws IOException {
        assertThat(load("name: Asso\n").config().isFederation()).isFalse();
        assertThat(AssociationConfig.minimal("Asso", java.time.MonthDay.of(1, 1)).isFederation()).isFalse();
    }

    @Test
    void aMemberNamingAnUnknownTerritoryIsAWarningWithItsLineAndKeepsNoTerritory() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                name: Fédération
                federation:
                  territories:
                    - { id: artois, name: "Artois", departement: "62" }
                  members:
                    - { id: cs-lens, name: "Centre social de Lens", territory: bassin-minier }
                """);

        assertThat(loaded.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FEDERATION_TERRITORY_UNKNOWN);
            assertThat(finding.isBlocking()).isFalse();
            assertThat(finding.message()).contains("cs-lens", "bassin-minier");
            assertThat(finding.location().file()).isEqualTo("association.yml");
            assertThat(finding.location().row()).isEqualTo(6);
        });
        assertThat(loaded.config().federation().members()).singleElement()
                .satisfies(member -> assertThat(member.territory()).isNull());
    }

    @Test
    void wrongKeysAndUnusableIdsAreFindingsWithTheirLines() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                name: Fédération
                federation:
                  regions: []
                  territories:
                    - { id: artois, nom: "Artois" }
                    - { name: "Sans identifiant" }
                  members:
                    - { id: "2023", name: "Une année" }
                    - { id: ".cache", name: "Caché" }
                    - { id: cs-a, name: "A" }
                    - { id: cs-a, name: "A encore" }
                    - cs-b
                """);

        assertThat(loaded.findings()).extracting(Finding::check, finding -> finding.location().row()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_UNKNOWN_KEY, 3),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_UNKNOWN_KEY, 5),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_INVALID, 6),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_INVALID, 8),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_INVALID, 9),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_INVALID, 11),
                org.assertj.core.groups.Tuple.tuple(CheckId.CONFIG_INVALID, 12));
        assertThat(loaded.findings().get(0).message()).contains("federation.regions");
        assertThat(loaded.findings().get(1).message()).contains("federation.territories.nom");
        assertThat(loaded.config().federation().territories()).extracting(AssociationConfig.Territory::id)
                .containsExactly("artois");
        assertThat(loaded.config().federation().members()).extracting(AssociationConfig.MemberAssociation::id)
                .containsExactly("cs-a");
    }

    private AssociationConfigLoader.Loaded load(String yaml) throws IOException {
        Files.writeString(input.resolve(AssociationConfigLoader.FILE_NAME), yaml);
        return AssociationConfigLoader.load(input);
    }
}
