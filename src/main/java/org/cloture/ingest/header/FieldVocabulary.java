package org.cloture.ingest.header;

import java.util.ArrayList;
import java.util.List;

/**
 * How headers name one field: word patterns that say it plainly ({@code words}), patterns that only hint at it
 * ({@code weak}: « Montant » may be a fee), and patterns that rule it out ({@code not}: « Nom du payeur » is not
 * the member's name).
 */
public record FieldVocabulary(String field, List<WordPattern> words, List<WordPattern> weak, List<WordPattern> not) {

    /** A plain pattern covering the whole header scores 1; a hint scores at most this. */
    static final double WEAK = 0.55;

    public FieldVocabulary {
        words = List.copyOf(words);
        weak = List.copyOf(weak);
        not = List.copyOf(not);
    }

    /** This vocabulary with more plain wordings (the built-in aliases of a field, or another helper's). */
    public FieldVocabulary plus(List<String> moreWords) {
        List<WordPattern> all = new ArrayList<>(words);
        moreWords.stream().map(WordPattern::parse).filter(p -> !p.words().isEmpty() && !all.contains(p)).forEach(all::add);
        return new FieldVocabulary(field, all, weak, not);
    }

    /**
     * How surely this header names the field, from 0 (not at all) to 1: the best pattern found, more sure the
     * more of the header's words it explains (« Date d'adhésion » is surer than « Date de la première adhésion »
     * for the pattern « date adhesion »).
     */
    public double score(HeaderWords header) {
        if (header.isEmpty() || not.stream().anyMatch(p -> p.matchedWords(header) > 0)) {
            return 0;
        }
        double best = 0;
        for (WordPattern pattern : words) {
            best = Math.max(best, coverage(pattern, header));
        }
        // A hint counts only when it is the whole header: « Membre » may be a name, « Membres rattachés » is not.
        for (WordPattern pattern : weak) {
            if (pattern.matchedWords(header) == header.words().size()) {
                best = Math.max(best, WEAK);
            }
        }
        return best;
    }

    private static double coverage(WordPattern pattern, HeaderWords header) {
        int matched = pattern.matchedWords(header);
        return matched == 0 ? 0 : 0.5 + 0.5 * Math.min(1.0, matched / (double) header.words().size());
    }
}
