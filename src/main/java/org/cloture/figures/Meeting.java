package org.cloture.figures;

import java.time.LocalDate;
import org.cloture.activity.ActivityCategory;
import org.cloture.source.SourceLocation;

/**
 * A statutory meeting (assemblée générale, conseil d'administration, bureau) taken from the activity log.
 *
 * @param participants     people present, null when the log does not say
 * @param memberStructures member structures present, null when the log does not say
 */
public record Meeting(ActivityCategory kind, LocalDate date, String title, Integer participants,
                      Integer memberStructures, SourceLocation location) {

    /** The categories of the activity log that are statutory meetings. */
    public static boolean isMeeting(ActivityCategory category) {
        return category == ActivityCategory.AG || category == ActivityCategory.CA
                || category == ActivityCategory.BUREAU;
    }
}
