package org.cloture.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;

/** The board as the register's "Fonction" column gives it: officers first, then the other directors. */
final class BoardOfficers {

    private BoardOfficers() {
    }

    static List<BoardOfficer> of(List<Member> membersOfTheYear) {
        return membersOfTheYear.stream()
                .flatMap(member -> BoardRole.of(member.role()).map(role -> new BoardOfficer(role, displayName(member)))
                        .stream())
                .sorted(Comparator.comparing(BoardOfficer::role)
                        .thenComparing(officer -> officer.name().toLowerCase(Locale.FRENCH)))
                .toList();
    }

    private static String displayName(Member member) {
        String name = member.name().strip();
        if (member.kind() == MemberKind.NATURAL_PERSON && member.firstName() != null && !member.firstName().isBlank()) {
            return member.firstName().strip() + " " + name;
        }
        return name;
    }
}
