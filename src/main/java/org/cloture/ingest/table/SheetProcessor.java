package org.cloture.ingest.table;

import org.cloture.ingest.RejectedRow;

import java.util.ArrayList;
import java.util.List;

import org.cloture.source.Finding;

/**
 * Turns the data rows under a recognised header into records, one row at a time. A row that looks
 * like an unlabelled total is held back until the next row shows whether it was the last one.
 */
final class SheetProcessor<T> {

    private final String file;
    private final ColumnMap columns;
    private final RowMapper<T> mapper;
    private final TotalRows totals;
    private final List<T> records = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private RawRow heldBack;
    private int rowsRead;

    SheetProcessor(String file, ColumnMap columns, RowMapper<T> mapper) {
        this.file = file;
        this.columns = columns;
        this.mapper = mapper;
        this.totals = new TotalRows(columns, file);
    }

    void accept(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        if (heldBack != null) {
            processData(heldBack);
            heldBack = null;
        }
        if (totals.isLabelled(row)) {
            findings.addAll(totals.check(row));
        } else if (totals.looksUnlabelled(row)) {
            heldBack = row;
        } else {
            processData(row);
        }
    }

    SheetResult<T> finish(String sheet) {
        if (heldBack != null) {
            findings.addAll(totals.check(heldBack));
        }
        return new SheetResult<>(columns.kind(), sheet, columns.headerRow(), rowsRead, records, rejected, findings);
    }

    private void processData(RawRow row) {
        rowsRead++;
        totals.addToSums(row);
        FieldReader reader = new FieldReader(row, columns, file);
        T record = mapper.map(reader);
        findings.addAll(reader.findings());
        if (reader.isRejected()) {
            rejected.add(new RejectedRow(reader.rowLocation(), row.joinedText(), reader.rejectionReason()));
        } else {
            records.add(record);
        }
    }
}
