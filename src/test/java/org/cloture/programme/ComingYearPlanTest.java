package org.cloture.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/** The programme's annex lists the member structures at the closed year's end. */
class ComingYearPlanTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    private static Member member(String id, String name, MemberKind kind, LocalDate joined, LocalDate left) {
        return new Member(id, name, null, kind, null, null, null, null, joined, left, null, null, null, null, null,
                null, null, SourceLocation.ofRow("adherents.xlsx", "Registre", 3));
    }

    @Test
    void aStructureLeavingOnTheLastDayIsStillListedAndNaturalPersonsNever() {
        List<Member> members = List.of(
                member("A1", "Musée du Lin", MemberKind.LEGAL_PERSON, LocalDate.of(2010, 1, 1), null),
                member("A2", "Imprimerie Lysienne", MemberKind.LEGAL_PERSON, LocalDate.of(2012, 1, 1), END),
                member("A3", "Brasserie partie", MemberKind.LEGAL_PERSON, LocalDate.of(2012, 1, 1), LocalDate.of(2025, 6, 30)),
                member("A4", "Arrivée en 2026", MemberKind.LEGAL_PERSON, LocalDate.of(2026, 1, 2), null),
                member("A5", "Dupont", MemberKind.NATURAL_PERSON, LocalDate.of(2015, 1, 1), null),
                member("A6", "Musée du Lin", MemberKind.LEGAL_PERSON, LocalDate.of(2020, 1, 1), null));

        assertThat(ComingYearPlan.memberStructures(members, END)).containsExactly("Imprimerie Lysienne", "Musée du Lin");
    }
}
