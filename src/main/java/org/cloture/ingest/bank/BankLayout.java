package org.cloture.ingest.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.RawRow;

/**
 * One bank's CSV export: which header names which field, which fields must be there, and whether the bank adds
 * columns of its own (as read from {@code ingest/bank-layouts.yml}).
 *
 * @param headersByField field → the headers the bank writes for it
 * @param ignored        the bank's other headers, read past
 * @param notCounted     statuses (folded) of lines that are not booked operations (Qonto's « pending »…)
 */
record BankLayout(String id, String bank, Set<String> required, Map<String, List<String>> headersByField,
                  List<String> ignored, boolean extraColumns, Set<String> notCounted) {

    BankLayout {
        required = Set.copyOf(required);
        headersByField = Map.copyOf(headersByField);
        ignored = List.copyOf(ignored);
        notCounted = Set.copyOf(notCounted);
    }

    /**
     * The columns of {@code row} if it is this layout's header: each field's best cell (exact before damaged),
     * every required field found, and no cell left unexplained unless the bank adds columns.
     */
    Optional<Header> matchHeader(RawRow row) {
        Map<String, Integer> columns = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        int score = 0;
        for (HeaderWords.Match wanted : List.of(HeaderWords.Match.EXACT, HeaderWords.Match.DAMAGED)) {
            for (Map.Entry<String, List<String>> field : headersByField.entrySet()) {
                if (columns.containsKey(field.getKey())) {
                    continue;
                }
                int column = find(row, field.getValue(), used, wanted);
                if (column >= 0) {
                    columns.put(field.getKey(), column);
                    used.add(column);
                    score += wanted == HeaderWords.Match.EXACT ? 2 : 1;
                }
            }
        }
        if (!columns.keySet().containsAll(required)) {
            return Optional.empty();
        }
        List<String> unexplained = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String text = row.cell(column).text();
            if (used.contains(column) || Texts.isBlank(text)) {
                continue;
            }
            if (ignored.stream().noneMatch(header -> HeaderWords.compare(text, Texts.key(header))
                    != HeaderWords.Match.NONE)) {
                unexplained.add(text);
            }
        }
        if (!unexplained.isEmpty() && !extraColumns) {
            return Optional.empty();
        }
        return Optional.of(new Header(this, row.rowNumber(), Map.copyOf(columns), score));
    }

    private static int find(RawRow row, List<String> headers, Set<Integer> used, HeaderWords.Match wanted) {
        for (String header : headers) {
            String key = Texts.key(header);
            for (int column = 0; column < row.cells().size(); column++) {
                if (used.contains(column)) {
                    continue;
                }
                HeaderWords.Match match = HeaderWords.compare(row.cell(column).text(), key);
                if (match == wanted || wanted == HeaderWords.Match.DAMAGED && match == HeaderWords.Match.EXACT) {
                    return column;
                }
            }
        }
        return -1;
    }

    /** A header row recognised as this layout: the column of each field, and how well it matched. */
    record Header(BankLayout layout, int rowNumber, Map<String, Integer> columns, int score) {

        int column(String field) {
            return columns.getOrDefault(field, -1);
        }

        boolean has(String field) {
            return columns.containsKey(field);
        }
    }
}
