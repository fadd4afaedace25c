package org.cloture.ingest.cells;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by the parsers and the header matching. */
public final class Texts {

    // Compiled once: these run on every cell of registers of 200,000 rows.
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");

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
        if (isAlreadyClean(text)) {
            return text.isEmpty() ? null : text;
        }
        String spaced = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        String collapsed = SPACE_RUNS.matcher(spaced).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Most cells: no special space, no run of spaces, nothing to strip; answered without copying. */
    private static boolean isAlreadyClean(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\t' || c == '\r' || c == '\n'
                    || (c == ' ' && previous == ' ') || Character.isWhitespace(c) && c != ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
        if (isAscii(cleaned)) {
            return cleaned.toLowerCase(Locale.ROOT); // nothing to decompose: skips the costly normalisation
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(cleaned, Normalizer.Form.NFD)).replaceAll("");
        return decomposed.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }

    /**
     * Case-, accent-, space- and punctuation-insensitive key: « N° adhérent » and « n adherent »
     * give the same key, so users need not retype their headers.
     */
    public static String key(String text) {
        return NOT_KEY.matcher(folded(text)).replaceAll("");
    }
}
