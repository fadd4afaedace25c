package org.cloture.ingest.fec;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings of low-cardinality columns (journals, accounts, labels of accounts): a
 * million-line FEC must fit in a small heap. Capped so that a column that turns out to be unique
 * per line does not make the pool itself the memory problem.
 */
final class StringPool {

    private static final int LIMIT = 100_000;
    private final Map<String, String> pool = new HashMap<>();

    String share(String value) {
        if (value == null) {
            return null;
        }
        String shared = pool.get(value);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < LIMIT) {
            pool.put(value, value);
        }
        return value;
    }
}
