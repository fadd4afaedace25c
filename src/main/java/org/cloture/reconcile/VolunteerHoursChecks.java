package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloture.membership.Member;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Findings;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;

/** Plausibility of the hours file: a day over 12 h, a year over a full-time job, an unknown member number. */
public final class VolunteerHoursChecks {

    /** A day of volunteering longer than this is almost certainly a typing error. */
    static final BigDecimal MAX_HOURS_PER_DAY = new BigDecimal("12");
    /** The legal yearly working time of a full-time employee in France (1 607 h). */
    static final BigDecimal FULL_TIME_HOURS = new BigDecimal("1607");

    private VolunteerHoursChecks() {
    }

    public static List<Finding> check(List<VolunteerEntry> hours, List<Member> register) {
        Findings findings = new Findings();
        Map<String, Total> byDay = new LinkedHashMap<>();
        Map<String, Total> byPerson = new LinkedHashMap<>();
        for (VolunteerEntry entry : hours) {
            String person = People.key(entry.volunteer());
            if (entry.date() != null) {
                byDay.computeIfAbsent(person + '|' + entry.date(), key -> new Total(entry)).add(entry);
            }
            byPerson.computeIfAbsent(person, key -> new Total(entry)).add(entry);
        }
        byDay.values().stream().filter(total -> total.hours.compareTo(MAX_HOURS_PER_DAY) > 0).forEach(total ->
                findings.add(Finding.of(CheckId.VOLUNTEER_DAY_OVER_12H, total.first.location().withColumn("Heures"),
                        total.hours.toPlainString(), total.first.volunteer(), hoursText(total.hours),
                        FrenchFormat.shortDate(total.first.date())).withRelated(total.rows)));
        byPerson.values().stream().filter(total -> total.hours.compareTo(FULL_TIME_HOURS) > 0).forEach(total ->
                findings.add(Finding.of(CheckId.VOLUNTEER_YEAR_OVER_FTE, total.first.location().withColumn("Heures"),
                        total.hours.toPlainString(), total.first.volunteer(), hoursText(total.hours))
                        .withRelated(total.rows)));
        Set<String> ids = register.stream().map(Member::memberId).filter(id -> id != null)
                .map(String::strip).collect(Collectors.toSet());
        if (!register.isEmpty()) {
            hours.stream().filter(entry -> entry.memberId() != null && !ids.contains(entry.memberId().strip()))
                    .collect(Collectors.toMap(VolunteerEntry::memberId, entry -> entry, (first, other) -> first,
                            LinkedHashMap::new))
                    .values().forEach(entry -> findings.add(Finding.of(CheckId.VOLUNTEER_NOT_IN_REGISTER,
                            entry.location().withColumn("N° adhérent"), entry.memberId(), entry.volunteer(),
                            entry.memberId())));
        }
        return findings.asList();
    }

    private static String hoursText(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }


    /** Hours of one person (on one day, or over the year), the first row that names them and all their rows. */
    private static final class Total {
        final VolunteerEntry first;
        final List<SourceLocation> rows = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;

        Total(VolunteerEntry first) {
            this.first = first;
        }

        void add(VolunteerEntry entry) {
            hours = hours.add(entry.hours());
            rows.add(entry.location());
        }
    }
}
