package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void aKeyIgnoresCaseAccentsAndPunctuationAndKeepsEveryScript() {
        assertThat(People.key("  Élise  MARTIN-Dupré ")).isEqualTo("elise martin dupre");
        assertThat(People.key("D'ARTAGNAN, Jean‑Pierre (59)")).isEqualTo("d artagnan jean pierre 59");
        assertThat(People.key("Иван Петров")).isEqualTo("иван петров");
        assertThat(People.key("Ωμέγα")).isEqualTo("ωμεγα");
        assertThat(People.key("Œuvre Ç")).isEqualTo("œuvre c");
        assertThat(People.key("---")).isEmpty();
        assertThat(People.key(null)).isEmpty();
    }
}
