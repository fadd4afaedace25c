package org.cloture.config;

import org.cloture.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/** What {@code input/association.yml} says: who the association is and the settings of each year. */
public record AssociationConfig(String name, String siren, String address, String logo, MonthDay fiscalYearStart,
                                BigDecimal hourlyRate, String rateBasis, Map<Integer, YearSettings> years,
                                Map<String, Map<String, String>> columns, List<String> boardRecipients,
                                MailSettings mail, ScheduleSettings schedule, Tolerances tolerances,
                                Federation federation, List<String> ignore) {

    public AssociationConfig {
        tolerances = tolerances == null ? Tolerances.NONE : tolerances;
        schedule = schedule == null ? ScheduleSettings.NONE : schedule;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    /** Without files to ignore. */
    public AssociationConfig(String name, String siren, String address, String logo, MonthDay fiscalYearStart,
                             BigDecimal hourlyRate, String rateBasis, Map<Integer, YearSettings> years,
                             Map<String, Map<String, String>> columns, List<String> boardRecipients,
                             MailSettings mail, ScheduleSettings schedule, Tolerances tolerances,
                             Federation federation) {
        this(name, siren, address, logo, fiscalYearStart, hourlyRate, rateBasis, years, columns, boardRecipients,
                mail, schedule, tolerances, federation, List.of());
    }

    /**
     * The {@code ignore:} pattern that names a file of a year folder ({@code path} relative to it), if any:
     * a pattern is a file name or glob ("notes*.xlsx"), optionally prefixed by its year folder ("2023/notes.xlsx").
     */
    public java.util.Optional<String> ignoredBy(int year, String path) {
        for (String pattern : ignore) {
            for (String candidate : List.of(path, year + "/" + path)) {
                try {
                    if (java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern)
                            .matches(java.nio.file.Path.of(candidate)) || pattern.equalsIgnoreCase(candidate)) {
                        return java.util.Optional.of(pattern);
                    }
                } catch (RuntimeException e) {
                    // A pattern the glob syntax refuses still matches its exact name.
                    if (pattern.equalsIgnoreCase(candidate)) {
                        return java.util.Optional.of(pattern);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Without SMTP server nor schedule (what association.yml says when it has no {@code mail}/{@code schedule}). */
    public AssociationConfig(String name, String siren, String address, String logo, MonthDay fiscalYearStart,
                             BigDecimal hourlyRate, String rateBasis, Map<Integer, YearSettings> years,
                             Map<String, Map<String, String>> columns, List<String> boardRecipients) {
        this(name, siren, address, logo, fiscalYearStart, hourlyRate, rateBasis, years, columns, boardRecipients,
                null, ScheduleSettings.NONE, Tolerances.NONE, null);
    }

    /**
     * The association's SMTP server ({@code mail:}); the password is never in the file, it comes from the
     * environment variable {@link #PASSWORD_VARIABLE}.
     */
    public record MailSettings(String host, int port, Security security, String user, String from) {

        public static final String PASSWORD_VARIABLE = "CLOTURE_SMTP_PASSWORD";

        public enum Security { STARTTLS, SSL, NONE }

        /** The sender address: {@code from} when given, else the SMTP user. */
        public String sender() {
            return from != null ? from : user;
        }
    }

    /** Spring cron expressions of {@code cloture serve} ({@code schedule:}); null means "not scheduled". */
    public record ScheduleSettings(String sweep, String monthlyReport, String yearEnd) {

        public static final ScheduleSettings NONE = new ScheduleSettings(null, null, null);

    }

    /** An association that is not a federation. */
    public AssociationConfig(String name, String siren, String address, String logo, MonthDay fiscalYearStart,
                             BigDecimal hourlyRate, String rateBasis, Map<Integer, YearSettings> years,
                             Map<String, Map<String, String>> columns, List<String> boardRecipients,
                             Tolerances tolerances) {
        this(name, siren, address, logo, fiscalYearStart, hourlyRate, rateBasis, years, columns, boardRecipients,
                null, ScheduleSettings.NONE, tolerances, null);
    }

    /** Whether association.yml has a {@code federation:} section: then member folders are read. */
    public boolean isFederation() {
        return federation != null;
    }

    /**
     * A federation's network (association.yml {@code federation:}): its territories and the member
     * associations that drop their files in {@code input/<year>/<member-id>/}.
     */
    public record Federation(List<Territory> territories, List<MemberAssociation> members) {

        public Federation {
            territories = List.copyOf(territories);
            members = List.copyOf(members);
        }

        public java.util.Optional<MemberAssociation> member(String id) {
            return members.stream().filter(member -> member.id().equals(id)).findFirst();
        }

        public java.util.Optional<Territory> territory(String id) {
            return territories.stream().filter(territory -> territory.id().equals(id)).findFirst();
        }
    }

    /** A territory of a federation, in one département (e.g. "59"). */
    public record Territory(String id, String name, String departement) {
    }

    /**
     * A member association of a federation; {@code id} is the name of its folder.
     *
     * @param territory the id of its territory; null when association.yml names none or an unknown one
     */
    public record MemberAssociation(String id, String name, String territory) {
    }

    /**
     * How far apart two sources may be before a reconciliation reports it, in € (association.yml
     * {@code tolerances:}); 0,00 € unless the treasurer decides otherwise, e.g. for fees rounded in the register.
     */
    public record Tolerances(BigDecimal fees, BigDecimal volunteering, BigDecimal activities, BigDecimal bank,
                             BigDecimal helloasso) {

        public static final Tolerances NONE = new Tolerances(Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, Amounts.ZERO,
                Amounts.ZERO);

        /** Without a HelloAsso tolerance, as written before there was one. */
        public Tolerances(BigDecimal fees, BigDecimal volunteering, BigDecimal activities, BigDecimal bank) {
            this(fees, volunteering, activities, bank, Amounts.ZERO);
        }
    }

    /** Settings of one fiscal year; every field may be null. */
    public record YearSettings(BigDecimal staffFte, BigDecimal hourlyRate, LocalDate generalAssembly,
                               List<InKindItem> inKind) {

        public static final YearSettings NONE = new YearSettings(null, null, null, List.of());
    }

    /** A contribution in kind that the accounts do not record (e.g. premises lent for free). */
    public record InKindItem(String label, String account, BigDecimal amount) {
    }

    /** An association known by its name and fiscal year start only: every other setting empty. */
    public static AssociationConfig minimal(String name, MonthDay fiscalYearStart) {
        return new AssociationConfig(name, null, null, null, fiscalYearStart, null, null, Map.of(), Map.of(), List.of());
    }

    public YearSettings year(int year) {
        return years.getOrDefault(year, YearSettings.NONE);
    }

    /** The hourly rate that values a volunteer hour in the given year (the year's own, else the default). */
    public BigDecimal hourlyRate(int year) {
        BigDecimal own = year(year).hourlyRate();
        return own != null ? own : hourlyRate;
    }

    /** First day of the fiscal year that ends in {@code year}. */
    public LocalDate fiscalYearStartOf(int year) {
        LocalDate start = fiscalYearStart.atYear(year);
        return fiscalYearStart.equals(MonthDay.of(1, 1)) ? start : start.minusYears(1);
    }

    /** Last day of the fiscal year that ends in {@code year}. */
    public LocalDate fiscalYearEndOf(int year) {
        return fiscalYearStartOf(year).plusYears(1).minusDays(1);
    }
}
