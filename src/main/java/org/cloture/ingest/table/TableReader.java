package org.cloture.ingest.table;

import java.nio.file.Path;

import org.cloture.source.Findings;

/** Turns one container format into rows, sheet by sheet, without holding a whole sheet in memory. */
public interface TableReader {

    /**
     * @throws UnreadableFileException when the file is not what its extension says, or broken;
     *                                 any runtime exception raised while iterating means the same
     */
    void read(Path file, String displayName, Findings findings, SheetConsumer consumer)
            throws UnreadableFileException;
}
