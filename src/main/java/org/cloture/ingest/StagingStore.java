package org.cloture.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where ingestion puts what it read; implemented over the embedded database. */
public interface StagingStore {

    /**
     * Whether this very content of {@code path} is loaded for {@code year}, under the same fiscal year start
     * (what the load kept aside depends on it).
     */
    boolean isLoaded(int year, String path, String sha256, java.time.LocalDate fiscalYearStart);

    /**
     * The same, for the file at {@code file}: a store that reads a file's lines again from the file itself
     * answers no when the loaded version is another file (a project folder copied or moved elsewhere) or has
     * another size or date, so that the file is loaded again rather than read at offsets that no longer hold.
     */
    default boolean isLoaded(int year, String path, FileFingerprint fingerprint, java.nio.file.Path file,
                             java.time.LocalDate fiscalYearStart) {
        return isLoaded(year, path, fingerprint.sha256(), fiscalYearStart);
    }

    /**
     * Another file of the year already loaded with exactly this content in the same folder scope — the
     * association's own files ({@code memberId} null) or one federation member's — if any.
     */
    Optional<String> pathWithContent(int year, String memberId, String sha256, String otherThan);

    /** Another of the association's own files of the year with exactly this content, if any. */
    default Optional<String> pathWithContent(int year, String sha256, String otherThan) {
        return pathWithContent(year, null, sha256, otherThan);
    }

    /**
     * Starts loading a new version of a file; its rows become visible only when the load is committed.
     *
     * @param memberId        the federation member whose folder holds the file, null for the association's own
     *                        files
     * @param fiscalYearStart first day of the year's fiscal year: the lines dated that day are kept aside for
     *                        the à-nouveaux checks
     */
    FileLoad begin(int year, String memberId, String path, String sha256, long size,
                   java.time.LocalDate fiscalYearStart);

    /** Starts loading a new version of one of the association's own files. */
    default FileLoad begin(int year, String path, String sha256, long size, java.time.LocalDate fiscalYearStart) {
        return begin(year, null, path, sha256, size, fiscalYearStart);
    }

    /** A load for a calendar fiscal year. */
    default FileLoad begin(int year, String path, String sha256, long size) {
        return begin(year, path, sha256, size, java.time.LocalDate.of(year, 1, 1));
    }

    /** Withdraws the rows of files that are no longer in the year folder; returns their paths. */
    List<String> withdrawAllBut(int year, Set<String> presentPaths);

    /** Forgets loads that a crash interrupted (never committed). */
    void discardUnfinishedLoads();

    /** A load in progress: receives rows, then replaces the previous version of the file in one step. */
    interface FileLoad extends RowSink {

        /** Makes this version the loaded one and drops the previous version. */
        void commit(ReadSummary summary);

        /** Drops what was written of this version; the previous version stays loaded. */
        void abandon();
    }
}
