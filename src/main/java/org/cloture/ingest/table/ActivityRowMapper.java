package org.cloture.ingest.table;

import java.time.LocalDate;

import org.cloture.activity.Activity;
import org.cloture.ingest.cells.ActivityCategoryParser;
import org.cloture.source.CheckId;

/** Activity log rows; an unknown category is kept as AUTRE with a warning rather than lost. */
public final class ActivityRowMapper implements RowMapper<Activity> {

    @Override
    public Activity map(FieldReader row) {
        LocalDate date = row.date("date", true);
        String title = row.requiredText("title");
        String rawCategory = row.requiredText("category");
        ActivityCategoryParser.Match category = ActivityCategoryParser.parse(rawCategory);
        if (rawCategory != null && !category.recognised()) {
            row.report(CheckId.UNKNOWN_ACTIVITY_CATEGORY, "category", false, rawCategory);
        }
        LocalDate endDate = row.date("endDate", false);
        Integer participants = row.count("participants");
        Integer memberStructures = row.count("memberStructures");
        var income = row.amount("income");
        var expense = row.amount("expense");
        boolean highlight = row.yesNo("highlight");
        if (row.isRejected()) {
            return null;
        }
        return new Activity(date, endDate, title, category.category(), rawCategory, row.text("place"),
                row.text("departement"), participants, memberStructures, income, expense, row.text("account"),
                highlight, row.rowLocation());
    }
}
