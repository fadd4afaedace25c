package org.cloture.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** An ordered collection of findings that a stage returns beside its results. */
public final class Findings {

    private final List<Finding> items = new ArrayList<>();

    public Findings add(Finding finding) {
        items.add(finding);
        return this;
    }

    public Findings add(CheckId check, SourceLocation location, String value, Object... arguments) {
        return add(Finding.of(check, location, value, arguments));
    }

    public Findings addAll(Collection<Finding> findings) {
        items.addAll(findings);
        return this;
    }

    public List<Finding> asList() {
        return Collections.unmodifiableList(items);
    }

    public boolean hasBlocking() {
        return items.stream().anyMatch(Finding::isBlocking);
    }

    public int size() {
        return items.size();
    }
}
