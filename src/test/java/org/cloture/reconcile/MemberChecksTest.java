package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.END;
import static org.cloture.reconcile.Fixtures.START;
import static org.cloture.reconcile.Fixtures.member;

import java.time.LocalDate;
import java.util.List;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

class MemberChecksTest {

    private static final LocalDate BEFORE = LocalDate.of(2019, 3, 1);

    @Test
    void theSameNameAndPostalCodeUnderTwoNumbersIsADuplicate() {
        List<Finding> findings = MemberChecks.check(List.of(member(3, "A1", "Musée de la Mine", BEFORE, null),
                member(9, "A7", "MUSEE DE LA MINE", BEFORE, null)), List.of(), START, END);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.MEMBER_DUPLICATE);
            assertThat(finding.location().toString()).isEqualTo("adherents.xlsx:Adhérents:9:Nom");
            // Both rows of the duplicate, so the treasurer sees which to merge.
            assertThat(finding.sources()).extracting(location -> location.row()).containsExactly(9, 3);
        });
    }

    @Test
    void joiningAfterTheYearEndAndLeavingBeforeItsStartAreReported() {
        List<Finding> findings = MemberChecks.check(List.of(
                member(3, "A1", "Musée A", LocalDate.of(2024, 2, 1), null),
                member(4, "A2", "Musée B", BEFORE, LocalDate.of(2022, 6, 30)),
                member(5, "A3", "Musée C", BEFORE, LocalDate.of(2023, 6, 30))), List.of(), START, END);

        assertThat(findings).extracting(Finding::check)
                .containsExactly(CheckId.MEMBER_JOINED_AFTER_YEAR_END, CheckId.MEMBER_LEFT_BEFORE_YEAR);
    }

    @Test
    void aNewMemberAlreadyInLastYearsRegisterIsReported() {
        List<Finding> findings = MemberChecks.check(List.of(member(3, "A1", "Musée A", LocalDate.of(2023, 2, 1), null),
                member(4, "A2", "Musée B", LocalDate.of(2023, 3, 1), null)),
                List.of(member(3, "A1", "Musée A", BEFORE, null)), START, END);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.MEMBER_NEW_BUT_KNOWN);
            assertThat(finding.location().toString()).isEqualTo("adherents.xlsx:Adhérents:3:Date d'adhésion");
            assertThat(finding.message()).contains("2022");
        });
    }
}
