package org.cloture.report.pdf;

import java.util.regex.Pattern;

/**
 * Keeps contact details out of the board report even when staff type them in the narrative: email addresses
 * and French phone numbers are replaced by a neutral mention. The report is handed out at the general
 * assembly; members' contact details stay in the treasurer's files.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("(?:mailto:)?[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+33\\s?|0)[1-9](?:[\\s.\\-\\u00a0\\u202f]?\\d{2}){4}(?!\\d)");

    private Redaction() {
    }

    static String text(String text) {
        if (text == null) {
            return null;
        }
        String redacted = EMAIL.matcher(text).replaceAll("[adresse retirée]");
        return PHONE.matcher(redacted).replaceAll("[numéro retiré]");
    }
}
