package org.cloture.delivery;

import java.time.Instant;

/** Every send of the board report, so that a re-run never sends the same report twice to anyone. */
public interface DeliveryLog {

    /** One recipient's send of one report (a year and the SHA-256 of its PDF). */
    record Entry(int year, String pdfSha256, String recipient, Instant at, String messageId, boolean sent,
                 int attempts, String detail) {
    }

    /** True when this very report (same year, same PDF content) already reached this recipient. */
    boolean alreadySent(int year, String pdfSha256, String recipient);

    void record(Entry entry);
}
