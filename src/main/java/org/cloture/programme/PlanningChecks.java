package org.cloture.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ingest.cells.PlannedPeriodParser;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * Reads each planned action's dates against the coming year and checks what the programme will print: an action
 * without a date, a date that cannot be read, a date outside the coming year, a target count without its unit.
 * Every action is kept: a finding never removes a row from the programme.
 */
public final class PlanningChecks {

    private PlanningChecks() {
    }

    /** The actions with their periods read, and the findings. */
    public record Checked(List<PlannedAction> actions, List<Finding> findings) {
    }

    /** @param first the coming fiscal year's first day; {@code last} its last day */
    public static Checked check(List<PlannedAction> actions, LocalDate first, LocalDate last) {
        List<PlannedAction> checked = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int comingYear = first.getYear();
        for (PlannedAction action : actions) {
            PlannedAction dated = action;
            if (action.period() == null && action.rawDate() == null) {
                findings.add(Finding.of(CheckId.PLANNED_ACTION_UNDATED, action.location(), null, action.action(),
                        action.axis()));
            } else if (action.period() == null) {
                var period = PlannedPeriodParser.parse(action.rawDate(), comingYear);
                if (period.isEmpty()) {
                    findings.add(Finding.of(CheckId.PLANNED_DATE_UNREADABLE, action.location(), action.rawDate(),
                            action.action(), action.rawDate()));
                } else {
                    dated = withPeriod(action, period.get());
                }
            }
            if (dated.period() != null && !dated.period().within(first, last)) {
                findings.add(Finding.of(CheckId.PLANNED_ACTION_OUTSIDE_YEAR, action.location(), action.rawDate(),
                        action.action(), dated.period().label(), comingYear));
            }
            if (action.target() != null && action.unit() == null) {
                findings.add(Finding.of(CheckId.PLANNED_TARGET_WITHOUT_UNIT, action.location(),
                        action.target().toPlainString(), action.action(), FrenchFormat.decimal(action.target(),
                                Math.max(0, action.target().scale()))));
            }
            checked.add(dated);
        }
        return new Checked(List.copyOf(checked), List.copyOf(findings));
    }

    private static PlannedAction withPeriod(PlannedAction action, PlannedPeriod period) {
        return new PlannedAction(action.axis(), action.action(), period, action.rawDate(), action.place(),
                action.partners(), action.target(), action.unit(), action.description(), action.location());
    }
}
