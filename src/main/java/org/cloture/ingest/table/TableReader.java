package org.cloture.ingest.table;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.cloture.source.Finding;

/** Turns one container format into rows, sheet by sheet, in the order a spreadsheet shows them. */
public interface TableReader {

    /**
     * @param findings receives file-level findings as they are met (a hidden sheet…)
     * @throws UnreadableFileException when the file is not what its extension says, broken, or refused;
     *                                 any runtime exception raised while iterating means the same
     */
    void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException;
}
