package org.cloture.store;

import java.time.YearMonth;
import java.util.List;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.platform.PlatformTotal;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.volunteering.VolunteerEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.cloture.store.StagingSql.FILES_OF;
import static org.cloture.store.StagingSql.integer;
import static org.cloture.store.StagingSql.localDate;
import static org.cloture.store.StagingSql.location;

/** The registers as loaded: members, activities, volunteer hours, bank statement lines and stated balances. */
public class RegisterQueries {

    private final JdbcTemplate jdbc;

    public RegisterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> members(int year) {
        return members(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<Member> members(int year, String memberId) {
        return jdbc.query("SELECT f.path, m.sheet, m.row_number, m.member_id, m.name, m.first_name, m.kind, "
                        + "m.legal_status, m.postal_code, m.departement, m.country, m.joined, m.left_on, m.fee, "
                        + "m.paid_on, m.payment_method, m.role, m.email, m.phone, m.address FROM member m "
                        + "JOIN source_file f ON f.id = m.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, m.sheet, m.row_number",
                (rs, n) -> new Member(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7) == null ? null : MemberKind.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), localDate(rs, 12), localDate(rs, 13),
                        rs.getBigDecimal(14), localDate(rs, 15), rs.getString(16), rs.getString(17),
                        rs.getString(18), rs.getString(19), rs.getString(20), location(rs)), year, memberId);
    }

    public List<Activity> activities(int year) {
        return activities(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<Activity> activities(int year, String memberId) {
        return jdbc.query("SELECT f.path, a.sheet, a.row_number, a.start_date, a.end_date, a.title, a.category, "
                        + "a.raw_category, a.place, a.departement, a.participants, a.member_structures, a.income, "
                        + "a.expense, a.account, a.highlight FROM activity a "
                        + "JOIN source_file f ON f.id = a.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, a.sheet, a.row_number",
                (rs, n) -> new Activity(localDate(rs, 4), localDate(rs, 5), rs.getString(6),
                        rs.getString(7) == null ? null : ActivityCategory.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getString(10), integer(rs, 11), integer(rs, 12), rs.getBigDecimal(13),
                        rs.getBigDecimal(14), rs.getString(15), rs.getBoolean(16), location(rs)), year, memberId);
    }

    public List<VolunteerEntry> volunteerHours(int year) {
        return volunteerHours(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<VolunteerEntry> volunteerHours(int year, String memberId) {
        return jdbc.query("SELECT f.path, v.sheet, v.row_number, v.volunteer, v.member_id, v.work_date, v.work_month, "
                        + "v.hours, v.activity FROM volunteer_hours v "
                        + "JOIN source_file f ON f.id = v.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, v.sheet, v.row_number",
                (rs, n) -> new VolunteerEntry(rs.getString(4), rs.getString(5), localDate(rs, 6),
                        rs.getString(7) == null ? null : YearMonth.parse(rs.getString(7)), rs.getBigDecimal(8),
                        rs.getString(9), location(rs)), year, memberId);
    }

    /** The operations of the year's bank statements, in file and row order. */
    public List<BankStatementLine> bankStatementLines(int year) {
        return jdbc.query("SELECT f.path, b.sheet, b.row_number, b.account_id, b.booking_date, b.value_date, b.label, "
                        + "b.amount, b.running_balance, b.transaction_id FROM bank_statement_line b "
                        + "JOIN source_file f ON f.id = b.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, b.sheet, b.row_number",
                (rs, n) -> new BankStatementLine(rs.getString(4), localDate(rs, 5), localDate(rs, 6), rs.getString(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), location(rs)), year, (Object) null);
    }

    /** The balances the year's bank statements state, in file and row order. */
    public List<StatedBalance> statedBankBalances(int year) {
        return jdbc.query("SELECT f.path, b.sheet, b.row_number, b.account_id, b.balance_date, b.timing, b.amount "
                        + "FROM bank_statement_balance b "
                        + "JOIN source_file f ON f.id = b.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, b.sheet, b.row_number",
                (rs, n) -> new StatedBalance(rs.getString(4), localDate(rs, 5),
                        StatedBalance.Timing.valueOf(rs.getString(6)), rs.getBigDecimal(7), location(rs)), year,
                (Object) null);
    }

    /** What the year's platform exports (HelloAsso) state they paid out and collected, in file order. */
    public List<PlatformTotal> platformTotals(int year) {
        return jdbc.query("SELECT f.path, p.platform, p.category, p.total_day, p.amount, p.row_numbers "
                        + "FROM platform_total p JOIN source_file f ON f.id = p.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, p.id",
                (rs, n) -> new PlatformTotal(rs.getString(2), rs.getString(3), localDate(rs, 4), rs.getBigDecimal(5),
                        rs.getString(1), rowNumbers(rs.getString(6))), year, (Object) null);
    }

    private static List<Integer> rowNumbers(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : java.util.Arrays.stream(joined.split(",")).map(Integer::valueOf).toList();
    }
}
