package org.cloture.statements;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Longest-prefix matching of account numbers, compared as strings from the left (never padded). */
final class PrefixMatcher {

    private PrefixMatcher() {
    }

    /** The candidate with the longest prefix of {@code account}, if any. */
    static <T> Optional<T> longest(String account, List<T> candidates, Function<T, List<String>> prefixes) {
        T best = null;
        int bestLength = 0;
        for (T candidate : candidates) {
            for (String prefix : prefixes.apply(candidate)) {
                if (prefix.length() > bestLength && account.startsWith(prefix)) {
                    best = candidate;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
