package org.cloture.ingest.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.header.BestAssignment;
import org.cloture.ingest.header.FieldVocabulary;
import org.cloture.ingest.header.HeaderVocabulary;
import org.cloture.ingest.header.HeaderWords;

/**
 * Finds which register a header row belongs to, by what its headers mean: each header is scored against the
 * word patterns of every field ({@code ingest/header-vocabulary.yml} and the built-in aliases), the columns are
 * assigned to the fields as the best one-to-one match over the whole row, and the kind is the one whose
 * required fields are all found with the best total score. The association's mapping profiles come first: a
 * header they name goes to their field whatever its words.
 */
public final class HeaderMatcher {

    /** Title rows, a logo, blank lines: the header is rarely on row 1 but never far below. */
    public static final int MAX_HEADER_ROW_SEARCH = 20;

    /** Below this a header is too vague to name a field (a hint in a header of four words). */
    static final double MIN_SCORE = 0.35;
    /** A profile's choice outweighs any wording. */
    private static final double PROFILE_SCORE = 10;

    private final Map<SourceKind, Map<String, String>> profileFieldByHeaderKey = new EnumMap<>(SourceKind.class);
    private final Map<SourceKind, List<FieldVocabulary>> vocabularies = new EnumMap<>(SourceKind.class);
    /** The year of the folder the file lies in (a budget's « Montant » is that year's), null when unknown. */
    private final Integer folderYear;

    /**
     * @param columnProfiles per kind, user header → field key or any alias of it (as in association.yml)
     */
    public HeaderMatcher(Map<SourceKind, Map<String, String>> columnProfiles) {
        this(columnProfiles, null);
    }

    /**
     * @param columnProfiles per kind, user header → field key or any alias of it (as in association.yml)
     * @param folderYear     the year of the folder the file lies in, null when unknown
     */
    public HeaderMatcher(Map<SourceKind, Map<String, String>> columnProfiles, Integer folderYear) {
        this.folderYear = folderYear;
        HeaderVocabulary vocabulary = HeaderVocabulary.builtIn();
        for (SourceKind kind : SourceKind.values()) {
            Map<String, String> resolved = new HashMap<>();
            Map<String, String> profile = columnProfiles == null ? null : columnProfiles.get(kind);
            if (profile != null) {
                profile.forEach((header, target) -> fieldNamed(kind, target)
                        .ifPresent(field -> resolved.put(Texts.key(header), field)));
            }
            profileFieldByHeaderKey.put(kind, resolved);
            List<FieldVocabulary> fields = new ArrayList<>();
            for (FieldSpec field : kind.fields()) {
                List<String> aliases = new ArrayList<>(field.aliases());
                aliases.add(field.key());
                fields.add(vocabulary.field(kind.vocabularyName(), field.key()).plus(aliases));
            }
            vocabularies.put(kind, fields);
        }
    }

    /** Whether association.yml maps this header for this kind: its choice is never second-guessed. */
    public boolean isProfileColumn(SourceKind kind, String header) {
        return profileFieldByHeaderKey.get(kind).containsKey(Texts.key(header));
    }

    /** The best kind whose required fields are all present in this row, if any. */
    public Optional<ColumnMap> match(RawRow row) {
        return candidates(row).stream().filter(ColumnMap::hasAllRequired)
                .max(Comparator.comparingDouble(ColumnMap::score));
    }

    /** This row read as each kind, best first: the recognised one, or the near misses when none is. */
    public List<ColumnMap> candidates(RawRow row) {
        return candidates(row, folderYear);
    }

    /**
     * This row read as each kind, best first; {@code contextYear} is the year a budget amount column that names
     * none is for (the title rows', else the folder's).
     */
    public List<ColumnMap> candidates(RawRow row, Integer contextYear) {
        List<HeaderWords> words = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String header = Texts.clean(row.cell(column).text());
            headers.add(header == null ? "" : header);
            words.add(HeaderWords.of(header));
        }
        List<ColumnMap> candidates = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            candidates.add(match(row.rowNumber(), headers, words, kind, contextYear));
        }
        candidates.sort(Comparator.comparingDouble(ColumnMap::score).reversed());
        return candidates;
    }

    ColumnMap match(RawRow row, SourceKind kind) {
        List<HeaderWords> words = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            String header = Texts.clean(row.cell(column).text());
            headers.add(header == null ? "" : header);
            words.add(HeaderWords.of(header));
        }
        return match(row.rowNumber(), headers, words, kind, folderYear);
    }

    private ColumnMap match(int rowNumber, List<String> headers, List<HeaderWords> words, SourceKind kind,
                            Integer contextYear) {
        List<FieldVocabulary> fields = vocabularies.get(kind);
        Map<String, String> profile = profileFieldByHeaderKey.get(kind);
        double[][] scores = new double[fields.size()][headers.size()];
        for (int column = 0; column < headers.size(); column++) {
            if (headers.get(column).isEmpty()) {
                continue;
            }
            String forced = profile.get(Texts.key(headers.get(column)));
            for (int f = 0; f < fields.size(); f++) {
                if (forced != null) {
                    scores[f][column] = forced.equals(fields.get(f).field()) ? PROFILE_SCORE : 0;
                } else {
                    double score = fields.get(f).score(words.get(column));
                    scores[f][column] = score >= MIN_SCORE ? score : 0;
                }
            }
        }
        int[] assigned = BestAssignment.columnOfEachField(scores);
        Map<String, Integer> columns = new LinkedHashMap<>();
        double total = 0;
        for (int f = 0; f < fields.size(); f++) {
            if (assigned[f] >= 0) {
                columns.put(fields.get(f).field(), assigned[f]);
                total += Math.min(1.0, scores[f][assigned[f]]) * (kind.fields().get(f).required() ? 1.5 : 1.0);
            }
        }
        if (kind == SourceKind.BUDGET) {
            // A budget's amount columns are named by their year, not by words: « Budget 2026 », « 2026 », or
            // « Montant » under a title naming the year; kept only when the row reads as a budget at all.
            Map<String, Integer> withYears = new LinkedHashMap<>(columns);
            BudgetYearColumns.of(headers, contextYear, java.util.Set.copyOf(columns.values())).forEach((year, column) ->
                    withYears.putIfAbsent(BudgetYearColumns.field(year), column));
            ColumnMap budget = new ColumnMap(kind, rowNumber, withYears, headers, total);
            if (BudgetYearColumns.isBudget(budget, folderYear)) {
                return budget;
            }
        }
        return new ColumnMap(kind, rowNumber, columns, headers, total);
    }

    /**
     * The header that comes closest to naming {@code field}, among those no other field took: for the message
     * of a file that lacks it.
     */
    public Optional<String> closestHeader(ColumnMap columns, String field) {
        FieldVocabulary vocabulary = vocabularies.get(columns.kind()).stream()
                .filter(v -> v.field().equals(field)).findFirst().orElseThrow();
        String best = null;
        double bestScore = 0;
        for (int column = 0; column < columns.headers().size(); column++) {
            if (columns.columnByField().containsValue(column) || columns.headers().get(column).isEmpty()) {
                continue;
            }
            HeaderWords words = HeaderWords.of(columns.headers().get(column));
            // A word sharing its first four letters with the field's words (« Adhér. », « Inscript° ») still hints.
            double score = Math.max(vocabulary.score(words), sharesAStem(vocabulary, words) ? 0.1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = columns.headers().get(column);
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sharesAStem(FieldVocabulary vocabulary, HeaderWords header) {
        return header.words().stream().filter(w -> w.length() >= 4).anyMatch(w -> vocabulary.words().stream()
                .flatMap(p -> p.words().stream()).filter(p -> p.length() >= 4)
                .anyMatch(p -> p.regionMatches(0, w, 0, 4)));
    }

    private static Optional<String> fieldNamed(SourceKind kind, String name) {
        String key = Texts.key(name);
        return kind.fields().stream()
                .filter(f -> Texts.key(f.key()).equals(key) || f.aliases().stream().anyMatch(a -> Texts.key(a).equals(key)))
                .map(FieldSpec::key)
                .findFirst();
    }
}
