package org.cloture.ingest.fec;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The columns Clôture reads, with how much an empty value matters (fec.md §3 and §5). */
enum FecColumn {
    JOURNAL_CODE("JournalCode", Presence.REQUIRED),
    JOURNAL_LIB("JournalLib", Presence.EXPECTED),
    ENTRY_NUM("EcritureNum", Presence.REQUIRED),
    ENTRY_DATE("EcritureDate", Presence.REQUIRED),
    ACCOUNT_NUM("CompteNum", Presence.REQUIRED),
    ACCOUNT_LIB("CompteLib", Presence.EXPECTED),
    AUX_NUM("CompAuxNum", Presence.OPTIONAL),
    AUX_LIB("CompAuxLib", Presence.OPTIONAL),
    PIECE_REF("PieceRef", Presence.EXPECTED),
    PIECE_DATE("PieceDate", Presence.EXPECTED),
    LABEL("EcritureLib", Presence.EXPECTED),
    DEBIT("Debit", Presence.REQUIRED),
    CREDIT("Credit", Presence.REQUIRED),
    LETTER("EcritureLet", Presence.OPTIONAL),
    LETTER_DATE("DateLet", Presence.OPTIONAL),
    VALID_DATE("ValidDate", Presence.EXPECTED),
    CURRENCY_AMOUNT("Montantdevise", Presence.OPTIONAL),
    CURRENCY("Idevise", Presence.OPTIONAL),
    // Variant: one always-positive amount and its direction instead of Debit/Credit.
    AMOUNT("Montant", Presence.REQUIRED),
    DIRECTION("Sens", Presence.REQUIRED);

    /** REQUIRED: empty blocks the line; EXPECTED: empty is a warning; OPTIONAL: may be empty. */
    enum Presence { REQUIRED, EXPECTED, OPTIONAL }

    private static final Map<String, FecColumn> BY_KEY = new HashMap<>();

    static {
        for (FecColumn column : values()) {
            BY_KEY.put(column.key, column);
        }
    }

    final String officialName;
    final Presence presence;
    private final String key;

    FecColumn(String officialName, Presence presence) {
        this.officialName = officialName;
        this.presence = presence;
        this.key = normalise(officialName);
    }

    /** The column a header name designates, or null; exporters vary case, spaces and accents. */
    static FecColumn byHeaderName(String name) {
        return BY_KEY.get(normalise(name));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_\\-]");

    /**
     * Case, accents, spaces, underscores and hyphens set aside. Called on the first field of every line (to
     * skip a repeated header), so plain ASCII — journal codes — takes a path without Unicode normalisation
     * nor regular expressions (a fifth of the parsing time of a million-line FEC before).
     */
    static String normalise(String name) {
        String stripped = name.strip();
        StringBuilder ascii = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 128) {
                String withoutAccents = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
                return SEPARATORS.matcher(withoutAccents).replaceAll("").toLowerCase(Locale.ROOT);
            }
            if (c != '_' && c != '-' && c != ' ' && (c < '\t' || c > '\r')) {
                ascii.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return ascii.toString();
    }
}
