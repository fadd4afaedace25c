package org.cloture.ingest.table;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.RejectedRow;
import org.cloture.membership.Member;
import org.cloture.programme.PlannedAction;
import org.cloture.statements.budget.BudgetRow;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Receives what {@link RegisterReader} reads as soon as each row is mapped, so that a 200,000-row register
 * goes to the database in batches instead of sitting whole in the heap.
 */
public interface RegisterSink {

    void member(Member member);

    void activity(Activity activity);

    void volunteerEntry(VolunteerEntry entry);

    void bankLine(BankStatementLine line);

    void statedBalance(StatedBalance balance);

    /** A planned action of the coming year's planning sheet; only the programme stage reads them. */
    default void plannedAction(PlannedAction action) {
    }

    /** A line of a budget prévisionnel; only the programme stage reads them. */
    default void budgetRow(BudgetRow row) {
    }

    void rejected(RejectedRow row);

    void finding(Finding finding);
}
