package org.cloture.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/** The activity log against the fiscal year and against itself: dates, missing and implausible attendance. */
public final class ActivityChecks {

    /** Actions that have an audience: a missing count there is worth a word. */
    private static final Set<ActivityCategory> WITH_PARTICIPANTS = EnumSet.of(ActivityCategory.RENCONTRE,
            ActivityCategory.SALON, ActivityCategory.VISITE, ActivityCategory.FORMATION, ActivityCategory.EVENEMENT,
            ActivityCategory.AG);
    /** Below this many comparable actions, a "usual" attendance cannot be told. */
    static final int MIN_ACTIONS_FOR_OUTLIERS = 5;
    /** Tukey's "far out" fence: beyond Q3 + 3 × IQR a count is suspicious whatever its distribution. */
    static final double FAR_OUT = 3.0;
    /**
     * And at least this many times the median: small groups have small spreads, and a visit of 60 among
     * visits of 25 happens; a typo (an extra zero) gives ten times the usual count.
     */
    static final double TIMES_MEDIAN = 3.0;

    private ActivityChecks() {
    }

    public static List<Finding> check(List<Activity> activities, LocalDate start, LocalDate end) {
        List<Finding> findings = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.date() != null && (activity.date().isBefore(start) || activity.date().isAfter(end))) {
                findings.add(Finding.of(CheckId.ACTIVITY_OUTSIDE_YEAR, activity.location().withColumn("Date"),
                        activity.date().toString(), activity.title(), FrenchFormat.shortDate(activity.date())));
            }
            if (activity.participants() == null && WITH_PARTICIPANTS.contains(activity.category())) {
                findings.add(Finding.of(CheckId.ACTIVITY_PARTICIPANTS_MISSING,
                        activity.location().withColumn("Participants"), null, activity.title(),
                        activity.category().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        findings.addAll(outliers(activities));
        return findings;
    }

    /** Counts far above the other actions of the same category (Commons Math percentiles). */
    private static List<Finding> outliers(List<Activity> activities) {
        Map<ActivityCategory, List<Activity>> byCategory = new TreeMap<>();
        for (Activity activity : activities) {
            if (activity.participants() != null && activity.category() != null) {
                byCategory.computeIfAbsent(activity.category(), key -> new ArrayList<>()).add(activity);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byCategory.forEach((category, group) -> {
            if (group.size() < MIN_ACTIONS_FOR_OUTLIERS) {
                return;
            }
            DescriptiveStatistics statistics = new DescriptiveStatistics();
            group.forEach(activity -> statistics.addValue(activity.participants()));
            double q1 = statistics.getPercentile(25);
            double median = statistics.getPercentile(50);
            double q3 = statistics.getPercentile(75);
            double fence = Math.max(q3 + FAR_OUT * Math.max(q3 - q1, 1.0), TIMES_MEDIAN * median);
            for (Activity activity : group) {
                if (activity.participants() > fence) {
                    findings.add(Finding.of(CheckId.ACTIVITY_PARTICIPANTS_OUTLIER,
                            activity.location().withColumn("Participants"), activity.participants().toString(),
                            activity.title(), activity.participants(), activity.rawCategory() != null
                                    ? activity.rawCategory() : category.name().toLowerCase(java.util.Locale.ROOT),
                            Math.round(median), Math.round(q3), group.size()));
                }
            }
        });
        return findings;
    }

}
