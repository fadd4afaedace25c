package org.cloture.ingest.cells;

import java.util.Optional;
import java.util.Set;

/** Check-box columns as kept by hand: {@code oui}/{@code non}, {@code x}, {@code 1}/{@code 0}, {@code VRAI}/{@code FAUX}. */
public final class YesNoParser {

    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "x", "1", "true", "vrai", "✓", "✔", "v");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "false", "faux", "-");

    private YesNoParser() {
    }

    /** Empty for blank or unknown text: the caller decides what a missing tick means. */
    public static Optional<Boolean> parse(String text) {
        String folded = Texts.folded(text);
        if (YES.contains(folded)) {
            return Optional.of(Boolean.TRUE);
        }
        if (NO.contains(folded)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
