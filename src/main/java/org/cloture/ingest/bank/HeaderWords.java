package org.cloture.ingest.bank;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cloture.ingest.cells.Texts;

/**
 * Compares a header cell with a header a bank is known to write, as banks actually deliver them: without case,
 * accents, spaces or punctuation ({@link Texts#key}), and tolerating the damage their exports carry — every « é »
 * turned into U+FFFD (« Libell� »), a stray character (« Cr3�dit »), a word read in the wrong code page
 * (« DÃ©bit »). The tolerance grows with the length of the header, so short headers stay exact enough that
 * « Débit » is never taken for « Crédit ».
 */
final class HeaderWords {

    /** How well a cell matches: exactly, or within the damage tolerance. */
    enum Match { NONE, DAMAGED, EXACT }

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private HeaderWords() {
    }

    static Match compare(String cell, String expectedKey) {
        String key = Texts.key(cell);
        if (key.isEmpty()) {
            return Match.NONE;
        }
        if (key.equals(expectedKey)) {
            return Match.EXACT;
        }
        int allowed = allowedDistance(Math.min(key.length(), expectedKey.length()));
        if (allowed == 0) {
            return Match.NONE;
        }
        int distance = DISTANCE.apply(key, expectedKey);
        return distance >= 0 && distance <= allowed ? Match.DAMAGED : Match.NONE;
    }

    /**
     * A damaged letter costs one edit, a U+FFFD dropped by the key another: one edit from four letters
     * (« dbit »), two from ten, three from sixteen (« numrodopration »).
     */
    static int allowedDistance(int length) {
        if (length >= 14) {
            return 3;
        }
        if (length >= 10) {
            return 2;
        }
        return length >= 4 ? 1 : 0;
    }
}
