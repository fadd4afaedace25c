package org.cloture.ingest.header;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloture.ingest.cells.Texts;

/**
 * A column header cut into the words that carry its meaning: case, accents, punctuation, spacing, {@code &},
 * {@code /}, parentheses, units ({@code (€)}, {@code EUR}, {@code TTC}), a year ({@code Cotisation 2024}) and
 * filler words ({@code de}, {@code la}, {@code l'}) are dropped. A character the file's encoding lost
 * ({@code D�bit}, {@code Cr3�dit}) becomes the wildcard {@code ?}, which a pattern word matches with any letter.
 *
 * @param text  the header as the user wrote it
 * @param words the meaningful words, in the header's order
 */
public record HeaderWords(String text, List<String> words) {

    /**
     * Ends a word the header cut short with a dot or « ° » (« Prén. », « Cotis° »): it stands for any word it begins
     * ({@link WordPattern}). Without the mark a short word is taken as written: « Nom » must not read « Nombre ».
     */
    public static final String ABBREVIATED = ".";
    /** « Ad. » says too little; « Adh. », « Tél. », « Prén. » say enough. */
    static final int MIN_ABBREVIATION = 3;

    /** Stands for a letter the file's encoding lost. */
    public static final char LOST = '?';

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u2013-\\u203A\\u20AC\\u2122]");
    /** A replacement character, with the stray digit some exports put before it ({@code Cr3�dit}). */
    private static final Pattern LOST_LETTER = Pattern.compile("(?<=\\p{L})\\d?\\uFFFD+|\\uFFFD+");
    /** A word, and the mark that says it is cut short: « Prén. », « Cotis° », « Inscript° ». */
    private static final Pattern TOKEN = Pattern.compile("([a-z0-9?]+)([.°º])?");
    private static final Pattern INITIALS = Pattern.compile("(?<=\\b[a-z])\\.(?=[a-z]\\b)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** Words that link the meaningful ones; « et » and « ou » too: « Nom et prénom » is about a name and a first name. */
    private static final Set<String> FILLERS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux",
            "en", "et", "ou", "par", "pour", "sur", "un", "une", "of", "the", "in", "s", "y", "an");
    /** Units and currencies: « Montant (€) » and « Montant EUR » mean the same as « Montant ». */
    private static final Set<String> UNITS = Set.of("eur", "euro", "euros", "ttc", "ht");
    /** How people abbreviate « numéro ». */
    private static final Set<String> NUMBER_WORDS = Set.of("n", "no", "num", "nr", "nro", "numero", "number");
    /** How people abbreviate « nombre ». */
    private static final Set<String> COUNT_WORDS = Set.of("nb", "nbre", "nbr", "nombre");

    public static HeaderWords of(String header) {
        String cleaned = Texts.clean(header);
        if (cleaned == null) {
            return new HeaderWords("", List.of());
        }
        String repaired = LOST_LETTER.matcher(repairMojibake(cleaned)).replaceAll(String.valueOf(LOST));
        String spelled = repaired.replace("&", " et ").replace("€", " eur ")
                .replace("%", " pourcent ").replace("+", " plus ").replace("#", " numero ");
        List<String> words = new ArrayList<>();
        // « C.P. », « P.P. » : initials with dots are one word.
        String initials = INITIALS.matcher(Texts.folded(spelled).replace("œ", "oe")).replaceAll("");
        Matcher tokens = TOKEN.matcher(initials);
        String last = null;
        while (tokens.find()) {
            String word = tokens.group(1);
            last = word;
            if (FILLERS.contains(word) || UNITS.contains(word) || YEAR.matcher(word).matches()) {
                continue;
            }
            if (NUMBER_WORDS.contains(word) || COUNT_WORDS.contains(word)) {
                words.add(NUMBER_WORDS.contains(word) ? "numero" : "nombre");
            } else {
                boolean cutShort = tokens.group(2) != null && word.length() >= MIN_ABBREVIATION && !isDigits(word);
                words.add(cutShort ? word + ABBREVIATED : word);
            }
        }
        // « Inscrit le », « Payé le », « Réglé le » : a header ending in « le » announces a date.
        if ("le".equals(last) && !words.contains("date")) {
            words.add("date");
        }
        return new HeaderWords(cleaned, List.copyOf(words));
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * UTF-8 bytes read as Windows-1252 (« DÃ©bit »): decoding them back gives the intended text. Left as it is
     * when the round trip does not give clean text, so that a real « Ã » survives.
     */
    static String repairMojibake(String text) {
        if (!MOJIBAKE.matcher(text).find()) {
            return text;
        }
        String decoded = new String(text.getBytes(WINDOWS_1252), StandardCharsets.UTF_8);
        return decoded.indexOf('\uFFFD') >= 0 ? text : decoded;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
