package org.cloture.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/** The SQL pieces the reading queries of the staging tables share. */
final class StagingSql {

    private StagingSql() {
    }

    /**
     * The files a reading query reads, with two parameters (year, member id): the loaded files of the year
     * that belong to the association itself (member id null) or to one member of a federation. Every reading
     * query goes through it, so that a federation's own statements never count a member's rows.
     */
    static final String FILES_OF = "f.fiscal_year = ? AND f.status = 'LOADED' "
            + "AND f.member_id IS NOT DISTINCT FROM CAST(? AS VARCHAR(200))";

    /** The location of a row whose first three columns are the file path, the sheet and the row number. */
    static SourceLocation location(ResultSet rs) throws SQLException {
        return new SourceLocation(rs.getString(1), rs.getString(2), integer(rs, 3), null);
    }

    static LocalDate localDate(ResultSet rs, int index) throws SQLException {
        Date date = rs.getDate(index);
        return date == null ? null : date.toLocalDate();
    }

    static Integer integer(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }
}
