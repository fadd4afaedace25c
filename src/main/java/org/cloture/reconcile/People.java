package org.cloture.reconcile;

import java.text.Normalizer;
import java.util.Locale;

/** How two spellings of one person's or organisation's name are recognised as the same. */
public final class People {

    private People() {
    }

    /**
     * Lower case, no accents, single spaces, letters and digits only: "Élise  MARTIN" and "elise martin" agree.
     * Letters of any script are kept ("Иван Петров" stays a name, not an empty key).
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
