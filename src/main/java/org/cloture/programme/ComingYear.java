package org.cloture.programme;

import java.time.LocalDate;
import java.util.List;
import org.cloture.figures.BoardOfficer;
import org.cloture.figures.IncomeShare;
import org.cloture.report.narrative.Narrative;
import org.cloture.statements.budget.BudgetComparison;

/**
 * What the general assembly is asked to approve for the coming year, computed once for every output: the
 * programme of activities (its texts, its axes and their planned actions, the board, the member structures and
 * the partners) and the budget prévisionnel beside the accounts.
 *
 * @param year             the coming year (N+1)
 * @param text             the word from the president and one part per axis ({@code programme.md} or
 *                         {@code programme.docx} of the coming year's folder); {@link Narrative#NONE} when absent
 * @param axes             the planned actions by axis, in the order of the texts' parts, then of the sheets
 * @param board            the board officers of the closed year's register (the only natural persons named)
 * @param memberStructures the legal persons among the members at the closed year's end, by name
 * @param partners         the subsidies of the closed year, one per funder
 * @param execution        the closed year's réalisé beside its budget; null without a budget for that year
 * @param outlook          the coming year's budget beside the closed year's réalisé; null without a budget for it
 */
public record ComingYear(int year, LocalDate start, LocalDate end, Narrative text, List<Axis> axes,
                         List<BoardOfficer> board, List<String> memberStructures, List<IncomeShare> partners,
                         BudgetComparison execution, BudgetComparison outlook) {

    public ComingYear {
        text = text == null ? Narrative.NONE : text;
        axes = List.copyOf(axes);
        board = List.copyOf(board);
        memberStructures = List.copyOf(memberStructures);
        partners = List.copyOf(partners);
    }

    /** An axis (or project) and its planned actions, in the order of the sheets. */
    public record Axis(String name, List<PlannedAction> actions) {
        public Axis {
            actions = List.copyOf(actions);
        }
    }

    /** Whether there is a programme to print: its texts, or planned actions. */
    public boolean hasProgramme() {
        return !text.isEmpty() || text.problem() != null || !axes.isEmpty();
    }

    public int plannedActions() {
        return axes.stream().mapToInt(axis -> axis.actions().size()).sum();
    }
}
