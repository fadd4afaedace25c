package org.cloture.store;

import java.sql.Timestamp;
import java.util.List;
import org.cloture.delivery.DeliveryLog;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sends of the board report, in table {@code board_delivery} (V4). */
public class JdbcDeliveryLog implements DeliveryLog {

    private static final int DETAIL_LENGTH = 2_000;

    private final JdbcTemplate jdbc;

    public JdbcDeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean alreadySent(int year, String pdfSha256, String recipient) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM board_delivery WHERE fiscal_year = ? "
                + "AND pdf_sha256 = ? AND recipient = ? AND outcome = 'SENT'", Integer.class, year, pdfSha256, recipient);
        return count != null && count > 0;
    }

    @Override
    public void record(Entry entry) {
        String detail = entry.detail() == null || entry.detail().length() <= DETAIL_LENGTH ? entry.detail()
                : entry.detail().substring(0, DETAIL_LENGTH);
        jdbc.update("INSERT INTO board_delivery (fiscal_year, pdf_sha256, recipient, sent_at, message_id, outcome, "
                        + "attempts, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entry.year(), entry.pdfSha256(),
                entry.recipient(), Timestamp.from(entry.at()), entry.messageId(), entry.sent() ? "SENT" : "FAILED",
                entry.attempts(), detail);
    }

    /** Every send of a year, oldest first. */
    public List<Entry> entries(int year) {
        return jdbc.query("SELECT fiscal_year, pdf_sha256, recipient, sent_at, message_id, outcome, attempts, detail "
                        + "FROM board_delivery WHERE fiscal_year = ? ORDER BY id",
                (rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), "SENT".equals(rs.getString(6)), rs.getInt(7), rs.getString(8)), year);
    }
}
