package org.cloture.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Every send of the board report, so that a re-run never sends the same report twice to anyone. A send is
 * recorded twice: {@link #pending} before the mail leaves, {@link #record} once the server answered. A pending
 * send with no answer is a run that died in between (possibly after the server accepted the mail): the next run
 * finds it in {@link #unconfirmed} and does not send again (see {@link BoardDelivery}).
 */
public interface DeliveryLog {

    /** One recipient's send of one report (a year and the SHA-256 of its PDF). */
    record Entry(int year, String pdfSha256, String recipient, Instant at, String messageId, boolean sent,
                 int attempts, String detail) {
    }

    /** True when this very report (same year, same PDF content) already reached this recipient (any case). */
    boolean alreadySent(int year, String pdfSha256, String recipient);

    /** Written and flushed to disk before the mail is handed to the server. */
    void pending(int year, String pdfSha256, String recipient, Instant at);

    /** The outcome of a send: sent (with its Message-ID) or failed. */
    void record(Entry entry);

    /** Sends of this report started by an earlier run and never followed by their outcome. */
    List<Entry> unconfirmed(int year, String pdfSha256);

    /** Settles an unconfirmed send: it counts as sent from now on (never mailed twice), and is reported once. */
    void settleUnconfirmed(Entry unconfirmed, Instant at);

    /** How recipients are compared: « Presidence@Example.org » and « presidence@example.org » are one person. */
    static String recipientKey(String recipient) {
        return recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
    }
}
