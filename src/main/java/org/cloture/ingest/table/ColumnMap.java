package org.cloture.ingest.table;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which column holds which field of a recognised sheet, with the headers as the user wrote them. */
public record ColumnMap(SourceKind kind, int headerRow, Map<String, Integer> columnByField, List<String> headers) {

    public ColumnMap {
        columnByField = Map.copyOf(columnByField);
        headers = List.copyOf(headers);
    }

    public boolean has(String field) {
        return columnByField.containsKey(field);
    }

    /** -1 when the sheet has no such column. */
    public int column(String field) {
        return columnByField.getOrDefault(field, -1);
    }

    public String header(String field) {
        int column = column(field);
        return column >= 0 && column < headers.size() ? headers.get(column) : field;
    }

    public Set<String> fields() {
        return Collections.unmodifiableSet(columnByField.keySet());
    }

    boolean hasAllRequired() {
        return kind.recognises(this);
    }
}
