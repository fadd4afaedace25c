package org.cloture.ingest.cells;

import java.text.Normalizer;
import java.util.Locale;

/** Text clean-up shared by the parsers and the header matching. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims and collapses white space, including the no-break spaces (U+00A0, U+202F, U+2007) that
     * French spreadsheets put in numbers and that {@link String#trim()} leaves alone.
     * Returns null for null or blank text so that callers test one thing.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String spaced = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        String collapsed = spaced.replaceAll(" {2,}", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    public static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** Lower case without accents, keeping spaces: for vocabularies where words matter. */
    public static String folded(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }

    /**
     * Case-, accent-, space- and punctuation-insensitive key: « N° adhérent » and « n adherent »
     * give the same key, so users need not retype their headers.
     */
    public static String key(String text) {
        return folded(text).replaceAll("[^a-z0-9]", "");
    }
}
