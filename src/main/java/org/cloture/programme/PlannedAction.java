package org.cloture.programme;

import java.math.BigDecimal;
import java.util.Objects;
import org.cloture.source.SourceLocation;

/**
 * One action of the coming year's programme, from a planning sheet or from the activity log.
 *
 * @param axis        the axis or project it belongs to, as written
 * @param action      what is planned
 * @param period      when; null when the row gives no date or an unreadable one
 * @param rawDate     the date cell as written, null when blank (kept for the findings)
 * @param place       where, null when not said
 * @param partners    with whom, null when not said
 * @param target      the target count (11 campaigns), null when none
 * @param unit        what the target counts (« campagnes de numérisation »), null when not said
 * @param description objectives or details, null when none
 */
public record PlannedAction(String axis, String action, PlannedPeriod period, String rawDate, String place,
                            String partners, BigDecimal target, String unit, String description,
                            SourceLocation location) {

    public PlannedAction {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(location, "location");
    }
}
