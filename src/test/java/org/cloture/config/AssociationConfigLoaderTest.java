package org.cloture.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** association.yml: the contract's keys, and a clear finding naming the key and line when one is wrong. */
class AssociationConfigLoaderTest {

    @TempDir
    Path input;

    @Test
    void tolerancesDefaultToZeroAndCanBeSetPerReconciliation() throws IOException {
        assertThat(load("name: Asso\n").config().tolerances()).isEqualTo(AssociationConfig.Tolerances.NONE);

        AssociationConfig config = load("""
                name: Asso
                tolerances:
                  fees: 1.50
                  bank: "0,10"
                """).config();

        assertThat(config.tolerances().fees()).isEqualByComparingTo("1.50");
        assertThat(config.tolerances().bank()).isEqualByComparingTo("0.10");
        assertThat(config.tolerances().volunteering()).isEqualByComparingTo("0");
    }

    @Test
    void aNegativeToleranceIsAnErrorNamingTheKeyAndLine() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                name: Asso
                tolerances:
                  fees: -2
                """);

        assertThat(loaded.config().tolerances().fees()).isEqualByComparingTo("0");
        assertThat(loaded.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.CONFIG_INVALID);
            assertThat(finding.message()).contains("tolerances.fees");
            assertThat(finding.location().row()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownKeyIsAWarningAndAWrongTypeAnErrorWithItsLine() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                name: Asso
                colour: blue
                years:
                  2023:
                    staffFte: beaucoup
                """);

        assertThat(loaded.findings()).extracting(Finding::check)
                .containsExactlyInAnyOrder(CheckId.CONFIG_UNKNOWN_KEY, CheckId.CONFIG_INVALID);
        assertThat(loaded.findings()).filteredOn(finding -> finding.check() == CheckId.CONFIG_INVALID)
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).contains("years.2023.staffFte", "beaucoup");
                    assertThat(finding.location().row()).isEqualTo(5);
                });
    }

    private AssociationConfigLoader.Loaded load(String yaml) throws IOException {
        Files.writeString(input.resolve(AssociationConfigLoader.FILE_NAME), yaml);
        return AssociationConfigLoader.load(input);
    }
}
