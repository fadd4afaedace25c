package org.cloture.ingest.table;

import java.util.function.Consumer;

import org.cloture.ingest.RejectedRow;
import org.cloture.source.CheckGuard;

/**
 * Turns the data rows under a recognised header into records, one row at a time, handing each to the sink
 * at once: only counters and the running sums of the total-row check are kept. A row that looks like an
 * unlabelled total is held back until the next row shows whether it was the last one.
 */
final class SheetProcessor<T> {

    private final String file;
    private final ColumnMap columns;
    private final RowMapper<T> mapper;
    private final Consumer<T> records;
    private final RegisterSink sink;
    private final TotalRows totals;
    private RawRow heldBack;
    private int rowsRead;
    private int loaded;

    SheetProcessor(String file, ColumnMap columns, RowMapper<T> mapper, Consumer<T> records, RegisterSink sink) {
        this.file = file;
        this.columns = columns;
        this.mapper = mapper;
        this.records = records;
        this.sink = sink;
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
            totals.check(row).forEach(sink::finding);
        } else if (totals.looksUnlabelled(row)) {
            heldBack = row;
        } else {
            processData(row);
        }
    }

    SheetResult finish(String sheet) {
        if (heldBack != null) {
            totals.check(heldBack).forEach(sink::finding);
        }
        return new SheetResult(columns.kind(), sheet, columns.headerRow(), rowsRead, loaded);
    }

    private void processData(RawRow row) {
        rowsRead++;
        totals.addToSums(row);
        FieldReader reader = new FieldReader(row, columns, file);
        T record;
        try {
            record = mapper.map(reader);
        } catch (RuntimeException e) {
            // One row a mapper cannot handle is that row's problem: it is rejected, the next rows are read.
            sink.finding(CheckGuard.failure("ingest", "row", "Lecture de la ligne " + reader.rowLocation().row()
                    + " de « " + file + " »", reader.rowLocation(), e));
            sink.rejected(new RejectedRow(reader.rowLocation(), row.joinedText(), "erreur inattendue"));
            return;
        }
        reader.findings().forEach(sink::finding);
        if (reader.isRejected()) {
            sink.rejected(new RejectedRow(reader.rowLocation(), row.joinedText(), reader.rejectionReason()));
        } else {
            loaded++;
            records.accept(record);
        }
    }
}
