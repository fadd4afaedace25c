package org.cloture.membership;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

class MemberTest {

    @Test
    void requiresTheFieldsTheContractMarksRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Member("A1", "Durand", null, null, null, null, null,
                "France", LocalDate.of(2020, 1, 1), null, null, null, null, null, null, null, null,
                SourceLocation.ofFile("adh.xlsx"))).withMessage("kind");
    }
}
