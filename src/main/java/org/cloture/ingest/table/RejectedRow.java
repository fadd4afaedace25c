package org.cloture.ingest.table;

import org.cloture.source.SourceLocation;

/**
 * A data row that was not loaded, kept so the user can see and fix it.
 *
 * @param rawText the cells as written, joined by ';'
 * @param reason  the French messages of the problems that rejected it
 */
public record RejectedRow(SourceLocation location, String rawText, String reason) {
}
