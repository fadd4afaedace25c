package org.cloture.reconcile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloture.membership.Member;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Findings;

/** The membership register against itself, the fiscal year and the previous year's register. */
public final class MemberChecks {

    private MemberChecks() {
    }

    /** @param previous the previous year's register (empty when not available) */
    public static List<Finding> check(List<Member> members, List<Member> previous, LocalDate start, LocalDate end) {
        Findings findings = new Findings();
        Map<String, Member> byNameAndPostcode = new HashMap<>();
        Set<String> previousIds = previous.stream().map(Member::memberId).filter(id -> id != null)
                .map(String::strip).collect(Collectors.toSet());
        for (Member member : members) {
            String key = People.key(fullName(member)) + '|' + (member.postalCode() == null ? "" : member.postalCode());
            Member twin = byNameAndPostcode.putIfAbsent(key, member);
            if (twin != null && !twin.memberId().equals(member.memberId())) {
                findings.add(Finding.of(CheckId.MEMBER_DUPLICATE, member.location().withColumn("Nom"), member.name(),
                        fullName(member), member.postalCode() == null ? "absent" : member.postalCode(),
                        twin.memberId(), member.memberId()).withRelated(List.of(twin.location())));
            }
            if (member.joined() != null && member.joined().isAfter(end)) {
                findings.add(Finding.of(CheckId.MEMBER_JOINED_AFTER_YEAR_END,
                        member.location().withColumn("Date d'adhésion"), member.joined().toString(), member.memberId(),
                        FrenchFormat.shortDate(member.joined())));
            }
            if (member.left() != null && member.left().isBefore(start)) {
                findings.add(Finding.of(CheckId.MEMBER_LEFT_BEFORE_YEAR, member.location().withColumn("Date de sortie"),
                        member.left().toString(), member.memberId(), FrenchFormat.shortDate(member.left())));
            }
            boolean joinedThisYear = member.joined() != null && !member.joined().isBefore(start)
                    && !member.joined().isAfter(end);
            if (joinedThisYear && previousIds.contains(member.memberId().strip())) {
                findings.add(Finding.of(CheckId.MEMBER_NEW_BUT_KNOWN, member.location().withColumn("Date d'adhésion"),
                        member.joined().toString(), member.memberId(), start.getYear() == end.getYear()
                                ? Integer.toString(start.getYear() - 1) : "l'exercice précédent"));
            }
        }
        return findings.asList();
    }

    private static String fullName(Member member) {
        return member.firstName() == null ? member.name() : member.firstName() + " " + member.name();
    }

}
