package org.cloture.figures;

import java.util.List;
import org.cloture.source.SourceLocation;

/**
 * How one key figure was obtained: its value as printed, the rule in French, and every source row or
 * account behind it — what {@code cloture explain <figure>} prints.
 *
 * @param figure the figure's identifier, as in the JSON ({@code newMembers}, {@code volunteerHours}…)
 */
public record Explanation(String figure, String label, String value, String rule, List<Source> sources) {

    public Explanation {
        sources = List.copyOf(sources);
    }

    /**
     * One row or account behind the figure.
     *
     * @param location    the input row; null for an account balance, which sums many accounting lines
     * @param description what the row contributes, without personal data (member number, date and hours,
     *                    account and amount)
     */
    public record Source(SourceLocation location, String description) {
    }
}
