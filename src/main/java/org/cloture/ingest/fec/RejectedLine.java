package org.cloture.ingest.fec;

import org.cloture.source.SourceLocation;

/**
 * A data line that could not be loaded. The raw text is kept (capped) so the user can see it;
 * the matching blocking findings are in {@link FecReadResult#findings()}.
 */
public record RejectedLine(SourceLocation location, String rawText, String reason) {
}
