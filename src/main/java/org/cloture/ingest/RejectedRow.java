package org.cloture.ingest;

import org.cloture.source.SourceLocation;

/** A row that could not be loaded, kept with its raw text so nothing is lost. */
public record RejectedRow(SourceLocation location, String rawText, String reason) {
}
