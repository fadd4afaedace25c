package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.fee;
import static org.cloture.reconcile.Fixtures.member;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crash of issue 14: a fee label repeating a word ("de") made Set.of throw "duplicate element: de". */
class FeeMatchingRepeatedWordsTest {

    @Test
    void aLabelRepeatingAWordIsMatchedWithoutError() {
        var findings = FeeMatching.check(List.of(member(4, "A0043", null, "Musée de la Mine de Lens", "150")),
                List.of(fee(10, "Cotisation 2023 Musée de la Mine de Lens", null, "150")));

        assertThat(findings).isEmpty();
    }
}
