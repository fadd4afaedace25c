package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class MemberDatabasesTest {

    private static long insertFile(JdbcTemplate jdbc, String path) {
        jdbc.update("INSERT INTO source_file (fiscal_year, path, sha256, size_bytes, status, loaded_at) "
                + "VALUES (2023, ?, ?, 1, 'LOADED', CURRENT_TIMESTAMP)", path, "0".repeat(64));
        return jdbc.queryForObject("SELECT MAX(id) FROM source_file", Long.class);
    }

    /** The next member sees what a new database would show: no rows, identities from their first value. */
    @Test
    void aDatabaseGivenBackIsReusedEmptyWithItsIdentitiesRestarted() {
        MemberDatabases databases = new MemberDatabases();
        DataSource first = databases.take();
        JdbcTemplate jdbc = new JdbcTemplate(first);
        long firstId = insertFile(jdbc, "a.txt");
        insertFile(jdbc, "b.txt");

        databases.giveBack(first);
        assertThat(databases.waiting()).isOne();
        DataSource again = databases.take();

        assertThat(again).isSameAs(first);
        JdbcTemplate reused = new JdbcTemplate(again);
        assertThat(reused.queryForObject("SELECT COUNT(*) FROM source_file", Integer.class)).isZero();
        assertThat(insertFile(reused, "c.txt")).isEqualTo(firstId);
        databases.drop(again);
    }

    @Test
    void twoClosingsAtOnceGetTwoDatabasesAndADroppedOneIsNotReused() {
        MemberDatabases databases = new MemberDatabases();
        DataSource one = databases.take();
        DataSource two = databases.take();
        assertThat(one).isNotSameAs(two);

        databases.drop(one);
        databases.giveBack(two);

        assertThat(databases.waiting()).isOne();
        assertThat(databases.take()).isSameAs(two);
    }
}
