package org.cloture.figures;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cloture.activity.Activity;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.money.Amounts;
import org.cloture.statements.IncomeStatement;
import org.cloture.volunteering.VolunteerEntry;

/** Computes the key figures of one fiscal year from the registers and the compte de résultat. */
public final class KeyFiguresCalculator {

    private KeyFiguresCalculator() {
    }

    /**
     * @param start      first day of the fiscal year
     * @param end        last day of the fiscal year
     * @param hourlyRate € per volunteer hour (null: no valuation)
     * @param staffFte   salaried full-time equivalents from association.yml (null when not given)
     */
    public static KeyFigures compute(LocalDate start, LocalDate end, List<Member> members, List<Activity> activities,
                                     List<VolunteerEntry> hours, BigDecimal hourlyRate, BigDecimal staffFte,
                                     IncomeStatement income) {
        List<Member> ofTheYear = members.stream().filter(member -> isMemberDuring(member, start, end)).toList();
        BigDecimal totalHours = hours.stream().map(VolunteerEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal valuation = hourlyRate == null ? Amounts.ZERO : Amounts.roundedToCent(totalHours.multiply(hourlyRate));
        return new KeyFigures(ofTheYear.size(),
                count(ofTheYear, MemberKind.LEGAL_PERSON),
                count(ofTheYear, MemberKind.NATURAL_PERSON),
                (int) ofTheYear.stream().filter(member -> member.joined() != null
                        && !member.joined().isBefore(start) && !member.joined().isAfter(end)).count(),
                (int) hours.stream().map(entry -> personKey(entry.volunteer())).filter(Objects::nonNull)
                        .distinct().count(),
                totalHours.stripTrailingZeros().scale() < 1 ? totalHours.setScale(1) : totalHours.stripTrailingZeros(),
                valuation,
                staffFte,
                activities.size(),
                activities.stream().map(Activity::participants).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                income.total("totalIncome"),
                income.total("totalExpenses"),
                breakdown(members, ofTheYear, activities, totalHours, start, end));
    }

    /** Legal yearly working time of a full-time employee in France: volunteer hours become FTE with it. */
    static final BigDecimal FULL_TIME_HOURS = new BigDecimal("1607");

    private static KeyFigures.Breakdown breakdown(List<Member> register, List<Member> ofTheYear,
                                                  List<Activity> activities, BigDecimal hours, LocalDate start,
                                                  LocalDate end) {
        int leavers = (int) register.stream().filter(member -> member.left() != null
                && !member.left().isBefore(start) && !member.left().isAfter(end)).count();
        return new KeyFigures.Breakdown(leavers, hours.divide(FULL_TIME_HOURS, 2, java.math.RoundingMode.HALF_UP),
                countBy(ofTheYear.stream().filter(member -> member.kind() == MemberKind.LEGAL_PERSON)
                        .map(member -> orUnknown(member.legalStatus())).toList()),
                countBy(ofTheYear.stream().map(member -> orUnknown(member.departement())).toList()),
                countBy(ofTheYear.stream().map(member -> orUnknown(member.country())).toList()),
                countBy(activities.stream().map(activity -> activity.category() == null ? "autre"
                        : activity.category().frenchLabel()).toList()));
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "non renseigné" : value.strip();
    }

    /** Counts per value, largest first, then alphabetically: the order a report lists them. */
    private static java.util.Map<String, Integer> countBy(List<String> values) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        java.util.Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /** A member of the year joined before its end and did not leave before its start. */
    static boolean isMemberDuring(Member member, LocalDate start, LocalDate end) {
        boolean joinedInTime = member.joined() == null || !member.joined().isAfter(end);
        boolean stillThere = member.left() == null || !member.left().isBefore(start);
        return joinedInTime && stillThere;
    }

    private static int count(List<Member> members, MemberKind kind) {
        return (int) members.stream().filter(member -> member.kind() == kind).count();
    }

    /** The same volunteer written with other case, accents or spacing is one person. */
    static String personKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
