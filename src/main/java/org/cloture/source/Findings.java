package org.cloture.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered collection of findings that a stage returns beside its results. Past {@link #DETAILED_PER_CHECK}
 * findings of one check, the others are only counted, and summarised by one finding that gives their number:
 * a register of 200 000 members with no fee in the accounts would otherwise hold 200 000 messages in memory
 * (and print them on the board report), where the first thousand already tell what to fix.
 */
public final class Findings {

    /** Findings kept in full for each check; the ones after are counted. */
    public static final int DETAILED_PER_CHECK = 1000;

    private final List<Finding> items = new ArrayList<>();
    private final Map<CheckId, Integer> perCheck = new EnumMap<>(CheckId.class);
    private final Map<CheckId, Overflow> overflows = new EnumMap<>(CheckId.class);

    /**
     * The findings of one check past the cap: how many, the gravest severity among them, and the file of the
     * first (the summary is located there, as findings about files are grouped by file).
     */
    private record Overflow(int count, Severity severity, SourceLocation file) {
        Overflow plus(Severity other) {
            // Severities are declared gravest first.
            return new Overflow(count + 1, other.compareTo(severity) < 0 ? other : severity, file);
        }
    }

    public Findings add(Finding finding) {
        int count = perCheck.merge(finding.check(), 1, Integer::sum);
        if (count <= DETAILED_PER_CHECK) {
            items.add(finding);
        } else {
            SourceLocation file = finding.location() == null ? null : SourceLocation.ofFile(finding.location().file());
            overflows.merge(finding.check(), new Overflow(1, finding.severity(), file),
                    (previous, one) -> previous.plus(one.severity()));
        }
        return this;
    }

    public Findings add(CheckId check, SourceLocation location, String value, Object... arguments) {
        return add(Finding.of(check, location, value, arguments));
    }

    public Findings addAll(Collection<Finding> findings) {
        findings.forEach(this::add);
        return this;
    }

    /** The findings in the order they came, then one summary per check that passed the cap. */
    public List<Finding> asList() {
        if (overflows.isEmpty()) {
            return Collections.unmodifiableList(items);
        }
        List<Finding> all = new ArrayList<>(items);
        overflows.forEach((check, overflow) -> all.add(summary(check, overflow)));
        return Collections.unmodifiableList(all);
    }

    static Finding summary(CheckId check, Overflow overflow) {
        String count = String.format(java.util.Locale.FRANCE, "%,d", overflow.count()).replace('\u00A0', '\u202F');
        return new Finding(check, overflow.severity(), count + " autre(s) constat(s) du contrôle " + check.name()
                + " au-delà des " + DETAILED_PER_CHECK + " premiers, non détaillés ici : corrigez d'abord ceux qui "
                + "sont listés (souvent une même cause), puis relancez.", check.hint(), overflow.file(), null);
    }

    public boolean hasBlocking() {
        return items.stream().anyMatch(Finding::isBlocking)
                || overflows.values().stream().anyMatch(overflow -> overflow.severity().isBlocking());
    }

    /** Every finding added, the counted ones included. */
    public int size() {
        return perCheck.values().stream().mapToInt(Integer::intValue).sum();
    }
}
