package org.cloture.ingest.header;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that must all appear in a header, in any order: {@code "date adhesion"} matches « Date d'adhésion » and
 * « Adhésion (date) ». A word ending in {@code *} matches every word it begins ({@code adher*}: adhérent,
 * adhérente); plurals match their singular.
 */
public record WordPattern(List<String> words) {

    public WordPattern {
        words = List.copyOf(words);
    }

    /** The pattern as written in the vocabulary file: words as {@link HeaderWords} would cut them. */
    public static WordPattern parse(String text) {
        HeaderWords header = HeaderWords.of(text.replace("*", "STARMARK"));
        // A pattern names words in full: an alias written « Tél. » is the word « tel ».
        return new WordPattern(header.words().stream().map(w -> w.replace("starmark", "*"))
                .map(w -> w.endsWith(HeaderWords.ABBREVIATED) ? w.substring(0, w.length() - 1) : w).toList());
    }

    /** How many of the header's words this pattern uses, 0 when one of its words is missing. */
    public int matchedWords(HeaderWords header) {
        if (words.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[header.words().size()];
        for (String word : words) {
            int found = -1;
            for (int i = 0; i < used.length && found < 0; i++) {
                if (!used[i] && matches(word, header.words().get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                return 0;
            }
            used[found] = true;
        }
        return words.size();
    }

    /** Index of the first header word this pattern's first word matches, -1 if none (to tell word order). */
    public int firstPosition(HeaderWords header) {
        for (int i = 0; i < header.words().size(); i++) {
            if (matches(words.get(0), header.words().get(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean matches(String patternWord, String headerWord) {
        if (headerWord.endsWith(HeaderWords.ABBREVIATED)) {
            return matchesAbbreviation(patternWord, headerWord.substring(0, headerWord.length() - 1));
        }
        boolean prefix = patternWord.endsWith("*");
        String wanted = prefix ? patternWord.substring(0, patternWord.length() - 1) : stem(patternWord);
        if (headerWord.indexOf(HeaderWords.LOST) < 0) {
            return prefix ? headerWord.startsWith(wanted) : stem(headerWord).equals(wanted);
        }
        // A letter lost to the encoding may have been one or two characters (é in UTF-8 read byte by byte).
        if (!prefix) {
            return lostLetters(stem(headerWord)).matcher(wanted).matches()
                    || lostLetters(headerWord).matcher(wanted).matches();
        }
        for (int end = 1; end <= headerWord.length(); end++) {
            if (lostLetters(headerWord.substring(0, end)).matcher(wanted).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word cut short (« Prén. », « Particip. », « Cotis° ») stands for the words it begins: prénom, participants,
     * cotisation; written in full with a stray dot (« Tél. », « Adhérent. ») it is the word itself.
     */
    private static boolean matchesAbbreviation(String patternWord, String shortened) {
        if (matches(patternWord, shortened)) {
            return true;
        }
        String wanted = patternWord.endsWith("*") ? patternWord.substring(0, patternWord.length() - 1) : patternWord;
        return shortened.indexOf(HeaderWords.LOST) < 0
                && (wanted.startsWith(shortened) || patternWord.endsWith("*") && shortened.startsWith(wanted));
    }

    private static Pattern lostLetters(String headerWord) {
        return Pattern.compile(Arrays.stream(headerWord.split("\\?", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".{0,2}" + b).orElse(""));
    }

    /** « adhérents », « adhérentes », « montants » compare as their singular. */
    static String stem(String word) {
        String w = word;
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
