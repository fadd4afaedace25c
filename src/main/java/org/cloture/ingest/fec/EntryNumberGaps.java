package org.cloture.ingest.fec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Gaps in entry numbering (fec.md §4–§5, info). The number is the numeric suffix of EcritureNum
 * ({@code BQ000042} → prefix {@code BQ}, 42); a sequence is one journal and one prefix. Software that
 * numbers over the whole file rather than per journal gives journals that never share a number:
 * such sequences are merged before looking for gaps, or every journal would look full of holes —
 * but only when the merged sequence has fewer holes than the journals apart (a CL journal whose only
 * entry is numbered 99 does not make 2 to 98 missing from the bank journal).
 *
 * <p>Memory: one int (the line of the entry) per number between the smallest and the largest of a
 * sequence, at most {@link #MAX_SPAN}; a sequence spread wider (numbering restarted at a date-like
 * number, say) is not checked rather than blowing the heap.
 */
final class EntryNumberGaps {

    static final int MAX_SPAN = 1 << 21;
    private static final int MAX_DIGITS = 9;

    private record Scope(String journal, String prefix) {
    }

    private final Map<Scope, NumberRows> sequences = new LinkedHashMap<>();
    private String lastJournal;
    private String lastEntry;

    void accept(FecLine line) {
        if (Objects.equals(line.journalCode(), lastJournal) && Objects.equals(line.entryNum(), lastEntry)) {
            return;
        }
        lastJournal = line.journalCode();
        lastEntry = line.entryNum();
        String number = line.entryNum();
        int start = number.length();
        while (start > 0 && Character.isDigit(number.charAt(start - 1)) && number.charAt(start - 1) < 128) {
            start--;
        }
        int digits = number.length() - start;
        if (digits == 0 || digits > MAX_DIGITS || line.location().row() == null) {
            return;
        }
        int value = Integer.parseInt(number, start, number.length(), 10);
        sequences.computeIfAbsent(new Scope(line.journalCode(), number.substring(0, start)), s -> new NumberRows())
                .add(value, line.location().row(), digits);
    }

    /** One info finding per gap, on the first line of the entry that follows it. */
    void finish(Consumer<Finding> out, String file, String sheet, String column) {
        for (Map.Entry<Scope, NumberRows> sequence : mergedWhenNumberedOverTheFile().entrySet()) {
            Scope scope = sequence.getKey();
            NumberRows rows = sequence.getValue();
            String where = scope.journal() == null ? "des écritures" : "du journal " + scope.journal();
            rows.forEachGap((first, last, next, row) -> {
                String nextEntry = scope.prefix() + rows.format(next);
                String missing = first == last
                        ? "écriture " + scope.prefix() + rows.format(first) + " absente"
                        : "écritures " + scope.prefix() + rows.format(first) + " à " + scope.prefix() + rows.format(last)
                                + " absentes";
                out.accept(Finding.of(CheckId.FEC_NUMBERING_GAP,
                        new SourceLocation(file, sheet, row, column), nextEntry, where,
                        missing + " avant " + nextEntry));
            });
        }
    }

    private Map<Scope, NumberRows> mergedWhenNumberedOverTheFile() {
        Map<String, List<Scope>> byPrefix = new LinkedHashMap<>();
        sequences.keySet().forEach(scope -> byPrefix.computeIfAbsent(scope.prefix(), p -> new ArrayList<>()).add(scope));
        Map<Scope, NumberRows> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Scope>> group : byPrefix.entrySet()) {
            List<NumberRows> members = group.getValue().stream().map(sequences::get).toList();
            NumberRows merged = members.size() > 1 ? NumberRows.mergeIfDisjoint(members) : null;
            if (merged != null) {
                result.put(new Scope(null, group.getKey()), merged);
            } else {
                group.getValue().forEach(scope -> result.put(scope, sequences.get(scope)));
            }
        }
        return result;
    }

    /** For each number of a sequence, the line of its entry's first line (0 = number not used). */
    static final class NumberRows {
        private int base;
        private int[] rows;
        private boolean abandoned;
        private int paddedWidth;

        interface GapVisitor {
            void gap(int first, int last, int next, int nextRow);
        }

        void add(int value, int row, int digits) {
            if (abandoned) {
                return;
            }
            if (digits > 1 && digits > Integer.toString(value).length()) {
                paddedWidth = Math.max(paddedWidth, digits);
            }
            if (rows == null) {
                base = value;
                rows = new int[16];
            }
            long index = (long) value - base;
            if (index < 0) {
                if (rows.length - index > MAX_SPAN) {
                    abandon();
                    return;
                }
                int shift = (int) -index;
                int[] grown = new int[rows.length + shift];
                System.arraycopy(rows, 0, grown, shift, rows.length);
                rows = grown;
                base = value;
                index = 0;
            } else if (index >= rows.length) {
                if (index >= MAX_SPAN) {
                    abandon();
                    return;
                }
                int[] grown = new int[(int) Math.min(MAX_SPAN, Math.max(index + 1, 2L * rows.length))];
                System.arraycopy(rows, 0, grown, 0, rows.length);
                rows = grown;
            }
            if (rows[(int) index] == 0) {
                rows[(int) index] = row;
            }
        }

        private void abandon() {
            abandoned = true;
            rows = null;
        }

        String format(int value) {
            return paddedWidth == 0 ? Integer.toString(value) : String.format("%0" + paddedWidth + "d", value);
        }

        void forEachGap(GapVisitor visitor) {
            if (abandoned || rows == null) {
                return;
            }
            int gapStart = -1;
            boolean seenOne = false;
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == 0) {
                    if (seenOne && gapStart < 0) {
                        gapStart = i;
                    }
                } else {
                    if (gapStart >= 0) {
                        visitor.gap(base + gapStart, base + i - 1, base + i, rows[i]);
                        gapStart = -1;
                    }
                    seenOne = true;
                }
            }
        }

        /** Numbers between the smallest and the largest that are not used. */
        long missing() {
            if (abandoned || rows == null) {
                return 0;
            }
            long present = 0;
            int last = 0;
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != 0) {
                    present++;
                    last = i;
                }
            }
            return last + 1 - present;
        }

        /**
         * One sequence holding all numbers, or null when two journals share a number (per-journal
         * numbering) or when merging would show more holes than the journals apart.
         */
        static NumberRows mergeIfDisjoint(List<NumberRows> members) {
            NumberRows merged = union(members);
            long apart = members.stream().mapToLong(NumberRows::missing).sum();
            return merged != null && merged.missing() < apart ? merged : null;
        }

        private static NumberRows union(List<NumberRows> members) {
            NumberRows merged = new NumberRows();
            for (NumberRows member : members) {
                if (member.abandoned || member.rows == null) {
                    return null;
                }
                for (int i = 0; i < member.rows.length; i++) {
                    if (member.rows[i] == 0) {
                        continue;
                    }
                    int value = member.base + i;
                    long index = merged.rows == null ? -1 : (long) value - merged.base;
                    if (index >= 0 && index < merged.rows.length && merged.rows[(int) index] != 0) {
                        return null;
                    }
                    merged.add(value, member.rows[i], 1);
                    if (merged.abandoned) {
                        return null;
                    }
                }
                merged.paddedWidth = Math.max(merged.paddedWidth, member.paddedWidth);
            }
            return merged;
        }
    }
}
