package org.cloture.store;

import java.util.List;
import org.cloture.delivery.DeliveryLog;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sends recorded in table {@code board_delivery} (V4) by the versions of Clôture that kept them in the
 * database, read once to seed the file log ({@code delivery.FileDeliveryLog}) that {@code cloture rebuild}
 * no longer loses. Nothing is written here any more.
 */
public class JdbcDeliveryLog {

    private final JdbcTemplate jdbc;

    public JdbcDeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every successful send of every year, oldest first. */
    public List<DeliveryLog.Entry> sent() {
        return jdbc.query("SELECT fiscal_year, pdf_sha256, recipient, sent_at, message_id, outcome, attempts, detail "
                        + "FROM board_delivery WHERE outcome = 'SENT' ORDER BY id",
                (rs, n) -> new DeliveryLog.Entry(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), true, rs.getInt(7), rs.getString(8)));
    }
}
