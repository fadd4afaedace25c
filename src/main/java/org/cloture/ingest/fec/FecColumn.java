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

    static String normalise(String name) {
        String withoutAccents = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
