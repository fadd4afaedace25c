package org.cloture.ingest.cells;

import java.util.Map;
import java.util.Optional;

/** French month names and their usual abbreviations, compared without accents or final dot. */
final class FrenchMonths {

    static final String PATTERN = "([a-z]+)\\.?";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12));

    private FrenchMonths() {
    }

    static Optional<Integer> number(String foldedName) {
        return Optional.ofNullable(MONTHS.get(foldedName));
    }
}
