package org.cloture.statements.annex;

import java.util.Locale;
import java.util.Set;

/**
 * Which lines of a year are its à-nouveaux (opening balances carried from the previous year). The one
 * place where this is decided, so that every annexe table splits "opening" from "movements" alike.
 *
 * <p>Rule: a line is an opening line when its journal is an opening journal (code AN, RAN, ANO or OUV,
 * case-insensitive). Only when the year has <em>no</em> line in such a journal (some software books the
 * à-nouveaux in the general journal), an entry dated the first day of the year whose lines all are in
 * classes 1 to 5 is an opening entry. The fallback is not applied when an opening journal exists,
 * because ordinary first-day entries (a supplier paid on 1 January: 401 / 512) also have classes 1–5 only.
 */
public final class OpeningEntryRule {

    static final Set<String> OPENING_JOURNALS = Set.of("AN", "RAN", "ANO", "OUV");

    private OpeningEntryRule() {
    }

    public static boolean isOpeningJournal(String journalCode) {
        return journalCode != null && OPENING_JOURNALS.contains(journalCode.trim().toUpperCase(Locale.ROOT));
    }

    /** Balance-sheet classes: what an opening entry may contain when no opening journal exists. */
    static boolean isBalanceSheetAccount(String account) {
        return account != null && !account.isEmpty() && account.charAt(0) >= '1' && account.charAt(0) <= '5';
    }
}
