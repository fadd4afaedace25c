package org.cloture.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last job executions as Spring Batch recorded them (its documented metadata tables), read with plain
 * SQL so that {@code cloture status} needs no application context — in the local HSQLDB database or, in the
 * distributed mode, in the shared PostgreSQL job repository (which folds unquoted names to lower case).
 */
public final class JobHistory {

    private final JdbcTemplate jdbc;

    public JobHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One execution: its job, the year it closed, how it ended and, when it did not complete, its last step. */
    public record Execution(long id, String job, Integer year, String status, String exitMessage,
                            LocalDateTime start, LocalDateTime end, String lastStep) {

        public Optional<Duration> duration() {
            return start == null || end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
        }

        /** Marked failed at a later start because a killed process left it running. */
        public boolean interrupted() {
            return exitMessage != null && exitMessage.contains(YearEndLauncher.INTERRUPTED);
        }
    }

    /**
     * The id of the newest execution of a job other than {@code ignored} (0 before the first). Every load,
     * run or other job is an execution, so the staged data cannot have changed while this number stays the
     * same; the web page ignores its own {@code check} executions, which only load the year they check.
     */
    public long lastExecutionIdExcept(String ignored) {
        if (!tablesExist()) {
            return 0;
        }
        Long last = jdbc.queryForObject("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME <> ?", Long.class, ignored);
        return last == null ? 0 : last;
    }

    private boolean tablesExist() {
        Integer tables = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE UPPER(TABLE_NAME) = 'BATCH_JOB_EXECUTION'", Integer.class);
        return tables != null && tables > 0;
    }

    /** The {@code limit} most recent executions, newest first; none when the job tables do not exist yet. */
    public List<Execution> latest(int limit) {
        if (!tablesExist()) {
            return List.of();
        }
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_MESSAGE, e.START_TIME, "
                        + "e.END_TIME, (SELECT MAX(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p "
                        + "WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'year'), "
                        + "(SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                        + "ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1) "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?",
                (rs, n) -> new Execution(rs.getLong(1), rs.getString(2), year(rs.getString(7)), rs.getString(3),
                        rs.getString(4), time(rs, 5), time(rs, 6), rs.getString(8)), limit);
    }

    /**
     * A federation's member partitions as of an execution: each member's latest partition in this execution or
     * an earlier one of the same closing (a restart re-runs only the members that did not complete).
     */
    public MemberPartitions members(long executionId) {
        List<String[]> partitions = jdbc.query("SELECT s.STEP_NAME, s.STATUS FROM BATCH_STEP_EXECUTION s "
                        + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID "
                        + "WHERE e.JOB_INSTANCE_ID = (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION "
                        + "WHERE JOB_EXECUTION_ID = ?) AND e.JOB_EXECUTION_ID <= ? AND s.STEP_NAME LIKE ? "
                        + "ORDER BY s.STEP_EXECUTION_ID",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, executionId, executionId,
                MemberPartitionConfiguration.WORKER_STEP + ":%");
        return MemberPartitions.of(partitions);
    }

    /** How many members completed, are running (or were left running), and are to be closed again. */
    public record MemberPartitions(int completed, int running, int toRedo) {

        public int total() {
            return completed + running + toRedo;
        }

        /** From (partition step name, status) rows in the order they were created: the last one per member wins. */
        static MemberPartitions of(List<String[]> partitions) {
            java.util.Map<String, String> latest = new java.util.HashMap<>();
            partitions.forEach(row -> latest.put(row[0], row[1]));
            int completed = 0;
            int running = 0;
            for (String status : latest.values()) {
                switch (status) {
                    case "COMPLETED" -> completed++;
                    case "STARTING", "STARTED" -> running++;
                    default -> {
                        // FAILED, STOPPED, UNKNOWN, ABANDONED: closed again by the restart.
                    }
                }
            }
            return new MemberPartitions(completed, running, latest.size() - completed - running);
        }
    }

    private static Integer year(String parameter) {
        try {
            return parameter == null ? null : Integer.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
