package org.cloture.ingest.fec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The header line: which separator the file uses and where each known column sits. */
final class FecHeader {

    static final int OFFICIAL_FIELD_COUNT = 18;
    private static final char TAB = '\t';
    private static final char PIPE = '|';

    /** Without these no line can be classified or summed: the file is not read. */
    private static final Set<FecColumn> ESSENTIAL = EnumSet.of(FecColumn.JOURNAL_CODE, FecColumn.ENTRY_NUM,
            FecColumn.ENTRY_DATE, FecColumn.ACCOUNT_NUM);
    private static final Set<FecColumn> VARIANT_ONLY = EnumSet.of(FecColumn.AMOUNT, FecColumn.DIRECTION);

    private final char separator;
    private final String[] names;
    private final int[] indexByColumn = new int[FecColumn.values().length];
    private final boolean amountAndDirection;
    /** The column the first header cell names, null if none. */
    private final FecColumn firstColumn;
    /** The first field of the line last tested by {@link #isRepeatOf}, and whether it names {@link #firstColumn}. */
    private String lastFirstField;
    private boolean lastFirstFieldNamesFirstColumn;

    private FecHeader(char separator, String[] names) {
        this.separator = separator;
        this.names = names;
        Arrays.fill(indexByColumn, -1);
        for (int i = 0; i < names.length; i++) {
            FecColumn column = FecColumn.byHeaderName(names[i]);
            if (column != null && indexByColumn[column.ordinal()] < 0) {
                indexByColumn[column.ordinal()] = i;
            }
        }
        this.firstColumn = names.length == 0 ? null : FecColumn.byHeaderName(names[0]);
        this.amountAndDirection = !(has(FecColumn.DEBIT) && has(FecColumn.CREDIT))
                && has(FecColumn.AMOUNT) && has(FecColumn.DIRECTION);
    }

    /** Parses a header line whose BOM, if any, has already been removed. */
    static FecHeader parse(String line) {
        String[] byTab = FecSplitter.split(line, TAB);
        String[] byPipe = FecSplitter.split(line, PIPE);
        boolean pipeWins = byPipe.length >= OFFICIAL_FIELD_COUNT && byTab.length < OFFICIAL_FIELD_COUNT
                || byPipe.length > byTab.length;
        String[] names = pipeWins ? byPipe : byTab;
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].strip();
        }
        return new FecHeader(pipeWins ? PIPE : TAB, names);
    }

    /** Header cells of a sheet: no separator to detect. */
    static FecHeader of(List<String> cells) {
        String[] names = new String[cells.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = cells.get(i) == null ? "" : cells.get(i).strip();
        }
        return new FecHeader(TAB, names);
    }

    /** Whether a line is a header rather than data: it names the columns a FEC cannot do without. */
    boolean looksLikeHeader() {
        return has(FecColumn.JOURNAL_CODE) && has(FecColumn.ACCOUNT_NUM);
    }

    char separator() {
        return separator;
    }

    int fieldCount() {
        return names.length;
    }

    boolean has(FecColumn column) {
        return indexByColumn[column.ordinal()] >= 0;
    }

    int indexOf(FecColumn column) {
        return indexByColumn[column.ordinal()];
    }

    boolean amountAndDirection() {
        return amountAndDirection;
    }

    /** The column's name as this file spells it, so findings point at what the user sees. */
    String nameOf(FecColumn column) {
        int index = indexOf(column);
        return index >= 0 ? names[index] : column.officialName;
    }

    /** Missing columns that make the file unreadable. */
    List<String> missingEssential() {
        List<String> missing = new ArrayList<>();
        for (FecColumn column : ESSENTIAL) {
            if (!has(column)) {
                missing.add(column.officialName);
            }
        }
        if (!amountAndDirection) {
            addIfMissing(missing, FecColumn.DEBIT);
            addIfMissing(missing, FecColumn.CREDIT);
        }
        return missing;
    }

    /** Missing columns whose values are read as empty. */
    List<String> missingOthers() {
        List<String> missing = new ArrayList<>();
        for (FecColumn column : FecColumn.values()) {
            if (!ESSENTIAL.contains(column) && !VARIANT_ONLY.contains(column)
                    && column != FecColumn.DEBIT && column != FecColumn.CREDIT) {
                addIfMissing(missing, column);
            }
        }
        return missing;
    }

    /** Split files concatenated by hand repeat their header; such a line carries no data. */
    boolean isRepeatOf(String[] fields) {
        if (fields.length != names.length || fields.length == 0 || firstColumn == null) {
            return false;
        }
        // The first field is the journal code on almost every line, the same as on the line before: its
        // normalised form is looked up once per run of lines, not on each of a million lines.
        if (!fields[0].equals(lastFirstField)) {
            lastFirstField = fields[0];
            lastFirstFieldNamesFirstColumn = FecColumn.byHeaderName(fields[0]) == firstColumn;
        }
        return lastFirstFieldNamesFirstColumn;
    }

    private void addIfMissing(List<String> missing, FecColumn column) {
        if (!has(column)) {
            missing.add(column.officialName);
        }
    }
}
