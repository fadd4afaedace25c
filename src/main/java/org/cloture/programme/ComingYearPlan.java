package org.cloture.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.activity.Activity;
import org.cloture.ingest.cells.Texts;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;

/**
 * The planned actions of the coming year gathered by axis: the planning sheets' rows, and the activity log rows
 * dated in the coming year (their category as axis, their expected participants as target). The member
 * structures of the annexe: legal persons only, by name, as a published programme lists them.
 */
public final class ComingYearPlan {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ComingYearPlan() {
    }

    /** The activity log rows that fall in [first, last], as planned actions. */
    public static List<PlannedAction> fromActivityLog(List<Activity> activities, LocalDate first, LocalDate last) {
        List<PlannedAction> actions = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.date() == null || activity.date().isBefore(first) || activity.date().isAfter(last)) {
                continue;
            }
            LocalDate end = activity.endDate() == null || activity.endDate().isBefore(activity.date())
                    ? activity.date() : activity.endDate();
            String rawDate = end.equals(activity.date()) ? DAY.format(activity.date())
                    : DAY.format(activity.date()) + " au " + DAY.format(end);
            String axis = activity.category() == null ? "Autres actions" : activity.category().frenchLabel();
            actions.add(new PlannedAction(axis, activity.title(), null, rawDate, activity.place(), null,
                    activity.participants() == null ? null : java.math.BigDecimal.valueOf(activity.participants()),
                    activity.participants() == null ? null : "participants", null, activity.location()));
        }
        return actions;
    }

    /** The actions grouped by axis (same axis whatever its case or accents), in the order met. */
    public static List<ComingYear.Axis> byAxis(List<PlannedAction> actions) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<PlannedAction>> grouped = new LinkedHashMap<>();
        for (PlannedAction action : actions) {
            String key = Texts.key(action.axis());
            names.putIfAbsent(key, action.axis());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
        }
        List<ComingYear.Axis> axes = new ArrayList<>();
        grouped.forEach((key, list) -> axes.add(new ComingYear.Axis(names.get(key), list)));
        return axes;
    }

    /**
     * Legal persons that are members at the year's end, by name, sorted, each once. A structure whose leaving date
     * is the year's last day is still a member that day, as the report's count of legal persons has it.
     */
    public static List<String> memberStructures(List<Member> members, LocalDate yearEnd) {
        return members.stream().filter(member -> member.kind() == MemberKind.LEGAL_PERSON)
                .filter(member -> !member.joined().isAfter(yearEnd))
                .filter(member -> member.left() == null || !member.left().isBefore(yearEnd))
                .map(Member::name).map(String::strip).distinct()
                .sorted(java.text.Collator.getInstance(java.util.Locale.FRENCH)).toList();
    }
}
