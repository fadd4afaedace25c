package org.cloture.ingest.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloture.ingest.cells.Texts;

/**
 * Finds which register a header row belongs to. The association's mapping profiles come first, so
 * that a header they name is never taken by a built-in alias of another field.
 */
public final class HeaderMatcher {

    /** Title rows, a logo, blank lines: the header is rarely on row 1 but never far below. */
    public static final int MAX_HEADER_ROW_SEARCH = 20;

    private final Map<SourceKind, Map<String, String>> profileFieldByHeaderKey = new EnumMap<>(SourceKind.class);

    /**
     * @param columnProfiles per kind, user header → field key or any alias of it (as in association.yml)
     */
    public HeaderMatcher(Map<SourceKind, Map<String, String>> columnProfiles) {
        for (SourceKind kind : SourceKind.values()) {
            Map<String, String> resolved = new HashMap<>();
            Map<String, String> profile = columnProfiles == null ? null : columnProfiles.get(kind);
            if (profile != null) {
                profile.forEach((header, target) -> fieldNamed(kind, target)
                        .ifPresent(field -> resolved.put(Texts.key(header), field)));
            }
            profileFieldByHeaderKey.put(kind, resolved);
        }
    }

    /** The best kind whose required fields are all present in this row, if any. */
    public Optional<ColumnMap> match(RawRow row) {
        ColumnMap best = null;
        for (SourceKind kind : SourceKind.values()) {
            ColumnMap candidate = match(row, kind);
            if (candidate.hasAllRequired()
                    && (best == null || candidate.columnByField().size() > best.columnByField().size())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    ColumnMap match(RawRow row, SourceKind kind) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        Map<String, String> profile = profileFieldByHeaderKey.get(kind);
        for (int column = 0; column < row.cells().size(); column++) {
            String header = Texts.clean(row.cell(column).text());
            headers.add(header == null ? "" : header);
            if (header == null) {
                continue;
            }
            String key = Texts.key(header);
            Optional<String> field = Optional.ofNullable(profile.get(key)).or(() -> builtInField(kind, key));
            field.ifPresent(f -> columns.putIfAbsent(f, headers.size() - 1));
        }
        if (kind == SourceKind.BUDGET) {
            // A budget's amount columns are named by their year, not by an alias.
            BudgetYearColumns.of(headers).forEach((year, column) -> columns.putIfAbsent(BudgetYearColumns.field(year), column));
        }
        return new ColumnMap(kind, row.rowNumber(), columns, headers);
    }

    private static Optional<String> builtInField(SourceKind kind, String headerKey) {
        return fieldNamed(kind, headerKey);
    }

    private static Optional<String> fieldNamed(SourceKind kind, String name) {
        String key = Texts.key(name);
        return kind.fields().stream()
                .filter(f -> Texts.key(f.key()).equals(key) || f.aliases().stream().anyMatch(a -> Texts.key(a).equals(key)))
                .map(FieldSpec::key)
                .findFirst();
    }
}
