package org.cloture.ingest;

import java.nio.file.Path;
import org.cloture.config.AssociationConfig;

/** Reads one kind of container (FEC text, spreadsheet…) into rows, rejected rows and findings. */
public interface SourceFileReader {

    /** Whether this reader takes the file, judged on its name and first bytes; never throws. */
    boolean accepts(Path file);

    /** Reads the whole file; never throws: a broken file becomes findings. */
    FileContent read(Path file, String displayName, int year, AssociationConfig config);
}
