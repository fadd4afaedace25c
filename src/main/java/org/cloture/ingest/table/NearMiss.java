package org.cloture.ingest.table;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * A header row that reads as a register but for a required field: the finding names the field, the header
 * that comes closest to it, and the {@code columns:} lines of association.yml that would map it.
 */
record NearMiss(ColumnMap columns, FieldSpec missing) {

    /** The closer of {@code current} and this row's candidates: at least half the required fields found, one missing. */
    static NearMiss closer(NearMiss current, List<ColumnMap> candidates) {
        for (ColumnMap candidate : candidates) {
            List<FieldSpec> missing = candidate.kind().missingRequired(candidate);
            long required = candidate.kind().fields().stream().filter(FieldSpec::required).count();
            boolean close = missing.size() == 1 && required - missing.size() >= Math.max(1, required / 2)
                    && candidate.columnByField().size() >= 2;
            if (close && (current == null || candidate.score() > current.columns().score())) {
                return new NearMiss(candidate, missing.get(0));
            }
        }
        return current;
    }

    Finding finding(HeaderMatcher matcher, SourceLocation where) {
        Optional<String> closest = matcher.closestHeader(columns, missing.key());
        String found = columns.mappings().stream().map(m -> "« " + m.header() + " » → " + m.field())
                .collect(Collectors.joining(", "));
        String header = closest.orElse(missing.label());
        String profileLine = "columns: { " + columns.kind().profileName() + ": { \"" + header.replace("\"", "\\\"")
                + "\": " + missing.key() + " } }";
        String message = CheckId.FILE_NEAR_MISS.message(columns.kind().frenchLabel(), missing.label(),
                closest.map(h -> "en-tête le plus proche : « " + h + " »").orElse("aucun en-tête proche")
                        + " ; colonnes reconnues : " + found + " ; pour la lire, association.yml : " + profileLine);
        String hint = "Ajoutez la colonne « " + missing.label() + " » au fichier, ou dites dans association.yml "
                + "quelle colonne la contient :\ncolumns:\n  " + columns.kind().profileName() + ":\n    \""
                + header.replace("\"", "\\\"") + "\": " + missing.key();
        return new Finding(CheckId.FILE_NEAR_MISS, CheckId.FILE_NEAR_MISS.defaultSeverity(), message, hint, where,
                null);
    }
}
