package org.cloture.report.feedback;

import java.time.LocalDateTime;
import java.util.List;
import org.cloture.ingest.RejectedRow;
import org.cloture.source.Finding;

/**
 * What staff are told about one file they dropped: what happened to it, what was recognised in it, and
 * what is wrong in it, row by row.
 *
 * @param kinds the sources recognised, as stored ("MEMBERS,ACTIVITIES"); null when nothing was loaded
 */
public record FileFeedback(String path, int year, Status status, LocalDateTime at, String kinds, int rowsRead,
                           int rowsLoaded, int rowsRejected, List<RejectedRow> rejected, List<Finding> findings) {

    public enum Status {
        /** Read and loaded: its rows replace those of its previous version. */
        LOADED,
        /** A byte-identical copy of another file of the folder: not loaded twice. */
        DUPLICATE,
        /** Could not be read this time (unreadable, or still being written). */
        NOT_READ,
        /** Gone from the folder: its rows were withdrawn. */
        WITHDRAWN
    }
}
