package org.cloture.ingest;

/**
 * What loading the drop folder reports as it goes, for the console of long runs (a million-line FEC takes
 * a while). Every method does nothing by default; calls come from the thread that reads the files.
 */
public interface LoadProgress {

    LoadProgress NONE = new LoadProgress() {
    };

    /** A file whose content is new or changed is about to be read. */
    default void fileStarted(int year, String path, long sizeBytes) {
    }

    /**
     * {@code rows} rows of the file (loaded and rejected) are now written to the database, still invisible:
     * the file is loading. Called after each batch, and once more when all rows are written, just before the
     * file replaces its previous version.
     */
    default void rowsStored(int year, String path, long rows) {
    }

    /** The file was loaded (its rows replaced the previous version; {@code rowsRead} loaded or rejected), or set aside. */
    default void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
    }
}
