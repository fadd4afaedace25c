package org.cloture.ingest.table;

import java.util.Iterator;

/** Receives each readable sheet in turn; the rows are read lazily while the consumer iterates. */
@FunctionalInterface
public interface SheetConsumer {

    /** @param sheet the sheet name, null for a csv file */
    void accept(String sheet, Iterator<RawRow> rows);
}
