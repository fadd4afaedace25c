package org.cloture.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The files loaded in the database, every year, with their fingerprint and load time ({@code cloture status}). */
public final class LoadedFiles {

    private final JdbcTemplate jdbc;

    public LoadedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Loaded(int year, String path, String sha256, Instant loadedAt, int rowsRead) {
    }

    /** Every loaded file, by year then path; none when the staging tables do not exist yet. */
    public List<Loaded> all() {
        Integer tables = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_NAME = 'SOURCE_FILE'", Integer.class);
        if (tables == null || tables == 0) {
            return List.of();
        }
        return jdbc.query("SELECT fiscal_year, path, sha256, loaded_at, rows_read FROM source_file "
                        + "WHERE status = 'LOADED' ORDER BY fiscal_year, path",
                (rs, n) -> new Loaded(rs.getInt(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), rs.getInt(5)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
