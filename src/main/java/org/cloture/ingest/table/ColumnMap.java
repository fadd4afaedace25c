package org.cloture.ingest.table;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column holds which field of a recognised sheet, with the headers as the user wrote them.
 *
 * @param score how well the headers name this kind's fields (required ones weigh more): kinds compare by it
 */
public record ColumnMap(SourceKind kind, int headerRow, Map<String, Integer> columnByField, List<String> headers,
                        double score) {

    public ColumnMap {
        columnByField = Map.copyOf(columnByField);
        headers = List.copyOf(headers);
    }

    public ColumnMap(SourceKind kind, int headerRow, Map<String, Integer> columnByField, List<String> headers) {
        this(kind, headerRow, columnByField, headers, columnByField.size());
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

    /** This map without one field: a column whose values turned out not to be that field. */
    public ColumnMap without(String field) {
        Map<String, Integer> kept = new java.util.HashMap<>(columnByField);
        kept.remove(field);
        return new ColumnMap(kind, headerRow, kept, headers, score);
    }

    /** « header → field » for every mapped column, in the order of the columns. */
    public List<Mapping> mappings() {
        return columnByField.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Mapping(headers.get(e.getValue()), e.getKey())).toList();
    }

    /** One mapped column. */
    public record Mapping(String header, String field) {
    }

    boolean hasAllRequired() {
        return kind.recognises(this);
    }
}
