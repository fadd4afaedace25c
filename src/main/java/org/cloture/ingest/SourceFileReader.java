package org.cloture.ingest;

import java.nio.file.Path;
import org.cloture.config.AssociationConfig;

/** Reads one kind of container (FEC text, spreadsheet…) into rows, rejected rows and findings. */
public interface SourceFileReader {

    /** Whether this reader takes the file, judged on its name and first bytes; never throws. */
    boolean accepts(Path file);

    /**
     * Reads the whole file, handing every row, rejected row and finding to {@code sink} as it goes;
     * never throws: a broken file becomes findings.
     */
    ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink);
}
