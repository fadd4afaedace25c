package org.cloture.ingest.table;

import java.util.Iterator;
import java.util.List;

/** Rows already looked at, then the rest of the sheet: one stream again. */
final class Rows {

    private Rows() {
    }

    static Iterator<RawRow> concat(List<RawRow> first, Iterator<RawRow> rest) {
        Iterator<RawRow> head = first.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return head.hasNext() || rest.hasNext();
            }

            @Override
            public RawRow next() {
                return head.hasNext() ? head.next() : rest.next();
            }
        };
    }

    /** A stream that fails as soon as it is read: what remained of a sheet whose reading already failed. */
    static Iterator<RawRow> failing(RuntimeException failure) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw failure;
            }

            @Override
            public RawRow next() {
                throw failure;
            }
        };
    }
}
