package org.cloture.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where ingestion puts what it read; implemented over the embedded database. */
public interface StagingStore {

    /** The SHA-256 of the version of {@code path} currently loaded for {@code year}, if any. */
    Optional<String> loadedFingerprint(int year, String path);

    /** Another file of the year already loaded with exactly this content, if any. */
    Optional<String> pathWithContent(int year, String sha256, String otherThan);

    /** Replaces, in one transaction, whatever was loaded from {@code path} by {@code content}. */
    void replace(int year, String path, String sha256, long size, FileContent content);

    /** Withdraws the rows of files that are no longer in the year folder; returns their paths. */
    List<String> withdrawAllBut(int year, Set<String> presentPaths);
}
