package org.cloture.ingest.table;

import org.cloture.ingest.RejectedRow;

import java.util.List;

import org.cloture.source.Finding;

/**
 * What one recognised sheet (or csv file) gave.
 *
 * @param sheet     null for a csv file
 * @param headerRow the 1-based row where the headers were found
 * @param rowsRead  data rows met below the headers: loaded plus rejected, blank and total rows excluded
 * @param records   {@link org.cloture.membership.Member}, {@link org.cloture.activity.Activity} or
 *                  {@link org.cloture.volunteering.VolunteerEntry}, according to {@code kind}
 */
public record SheetResult<T>(SourceKind kind, String sheet, int headerRow, int rowsRead, List<T> records,
                             List<RejectedRow> rejectedRows, List<Finding> findings) {

    public SheetResult {
        records = List.copyOf(records);
        rejectedRows = List.copyOf(rejectedRows);
        findings = List.copyOf(findings);
    }
}
