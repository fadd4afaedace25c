package org.cloture.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.SourceLocation;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.api.Test;

/** Each key figure counted once, from the registers and the accounts, with its explanation. */
class KeyFiguresCalculatorTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2023, 12, 31);

    private int nextRow = 2;

    @Test
    void membersOfTheYearNewcomersLeaversAndBreakdowns() {
        List<Member> register = List.of(
                member("A1", MemberKind.LEGAL_PERSON, "association", "59", "France", LocalDate.of(2019, 1, 1), null),
                member("A2", MemberKind.LEGAL_PERSON, "entreprise", "62", "France", LocalDate.of(2023, 3, 1), null),
                member("A3", MemberKind.NATURAL_PERSON, null, "59", "France", LocalDate.of(2018, 1, 1),
                        LocalDate.of(2023, 6, 30)),
                member("A4", MemberKind.NATURAL_PERSON, null, null, "Belgique", LocalDate.of(2020, 1, 1),
                        LocalDate.of(2022, 6, 30)),
                member("A5", MemberKind.NATURAL_PERSON, null, "59", "France", LocalDate.of(2024, 2, 1), null));
        List<Activity> activities = List.of(activity(ActivityCategory.CA, 12), activity(ActivityCategory.CA, 10),
                activity(ActivityCategory.SALON, 300));
        List<VolunteerEntry> hours = List.of(hours("Élise Martin", "803.5"), hours("élise  MARTIN", "803.5"),
                hours("Paul Durand", "10"));

        KeyFigures figures = compute(register, activities, hours, null);

        assertThat(figures.year()).isEqualTo(2023);
        assertThat(figures.members()).isEqualTo(3);
        assertThat(figures.legalPersons()).isEqualTo(2);
        assertThat(figures.naturalPersons()).isEqualTo(1);
        assertThat(figures.newMembers()).isEqualTo(1);
        assertThat(figures.volunteers()).isEqualTo(2);
        assertThat(figures.volunteerHours()).isEqualByComparingTo("1617");
        assertThat(figures.volunteerValuation()).isEqualByComparingTo("24255.00");
        assertThat(figures.actions()).isEqualTo(3);
        assertThat(figures.participants()).isEqualTo(322);
        KeyFigures.Breakdown breakdown = figures.breakdown();
        assertThat(breakdown.leavers()).isEqualTo(1);
        assertThat(breakdown.volunteerFte()).isEqualByComparingTo("1.01");
        assertThat(breakdown.membersByLegalStatus()).containsExactly(Map.entry("association", 1),
                Map.entry("entreprise", 1));
        assertThat(breakdown.membersByDepartement()).containsExactly(Map.entry("59", 2), Map.entry("62", 1));
        assertThat(breakdown.membersByCountry()).containsExactly(Map.entry("France", 3));
        assertThat(breakdown.actionsByCategory().keySet()).containsExactly("Conseil d'administration", "Salon");
        assertThat(breakdown.participantsByCategory()).containsExactly(Map.entry("Conseil d'administration", 22),
                Map.entry("Salon", 300));
        assertThat(breakdown.newLegalPersons()).containsExactly("Nom A2");
    }

    @Test
    void meetingsOfTheAgCaAndBureauWithTheirDatesAndAttendance() {
        List<Activity> activities = List.of(
                activity(ActivityCategory.CA, LocalDate.of(2023, 9, 12), 11),
                activity(ActivityCategory.AG, LocalDate.of(2023, 6, 3), 64),
                activity(ActivityCategory.CA, LocalDate.of(2023, 2, 7), 12),
                activity(ActivityCategory.BUREAU, LocalDate.of(2023, 4, 4), null),
                activity(ActivityCategory.SALON, LocalDate.of(2023, 4, 5), 300));

        KeyFigures figures = compute(List.of(), activities, List.of(), null);

        assertThat(figures.meetingCount(ActivityCategory.AG)).isEqualTo(1);
        assertThat(figures.meetingCount(ActivityCategory.CA)).isEqualTo(2);
        assertThat(figures.meetingCount(ActivityCategory.BUREAU)).isEqualTo(1);
        assertThat(figures.meetings()).extracting(Meeting::date).containsExactly(LocalDate.of(2023, 2, 7),
                LocalDate.of(2023, 4, 4), LocalDate.of(2023, 6, 3), LocalDate.of(2023, 9, 12));
        assertThat(figures.meetings()).extracting(Meeting::participants).containsExactly(12, null, 64, 11);
        assertThat(figures.headline()).containsEntry("generalAssemblies", 1).containsEntry("boardMeetings", 2)
                .containsEntry("bureauMeetings", 1);
        assertThat(figures.explanation("boardMeetings")).hasValueSatisfying(explanation -> {
            assertThat(explanation.value()).isEqualTo("2");
            assertThat(explanation.sources()).extracting(source -> source.description())
                    .containsExactly("07/02/2023, 12 présents", "12/09/2023, 11 présents");
        });
    }

    @Test
    void actionsAndHoursByMonthCoverEveryMonthOfTheFiscalYear() {
        List<Activity> activities = List.of(activity(ActivityCategory.SALON, LocalDate.of(2023, 3, 5), 10),
                activity(ActivityCategory.VISITE, LocalDate.of(2023, 3, 20), 10));
        List<VolunteerEntry> hours = List.of(hours("Élise", LocalDate.of(2023, 3, 5), "2.5", "Accueil"),
                hours("Paul", LocalDate.of(2023, 11, 5), "4", null),
                hours("Paul", LocalDate.of(2023, 11, 6), "1", "Accueil"));

        KeyFigures.Breakdown breakdown = compute(List.of(), activities, hours, null).breakdown();

        assertThat(breakdown.actionsByMonth()).hasSize(12).containsEntry("2023-03", 2).containsEntry("2023-01", 0);
        assertThat(breakdown.hoursByMonth()).hasSize(12).containsEntry("2023-11", new BigDecimal("5.0"));
        assertThat(breakdown.hoursByActivity()).containsExactly(Map.entry("non précisé", new BigDecimal("4.0")),
                Map.entry("Accueil", new BigDecimal("3.5")));
    }

    @Test
    void theBoardIsListedByRoleOfficersFirst() {
        List<Member> register = new ArrayList<>();
        register.add(withRole(natural("A1", "Martin", "Élise"), "Trésorière"));
        register.add(withRole(natural("A2", "Durand", "Paul"), "Président"));
        register.add(withRole(natural("A3", "Bernard", "Anne"), "administratrice"));
        register.add(withRole(member("A4", MemberKind.LEGAL_PERSON, "association", "59", "France",
                LocalDate.of(2019, 1, 1), null), "Vice-présidente"));
        register.add(natural("A5", "Petit", "Jean"));

        List<BoardOfficer> board = compute(register, List.of(), List.of(), null).breakdown().board();

        assertThat(board).extracting(BoardOfficer::role).containsExactly(BoardRole.PRESIDENT,
                BoardRole.VICE_PRESIDENT, BoardRole.TREASURER, BoardRole.DIRECTOR);
        assertThat(board).extracting(BoardOfficer::name).containsExactly("Paul Durand", "Nom A4", "Élise Martin",
                "Anne Bernard");
    }

    @Test
    void incomeSharesGroupSubsidiesByFunderAndAddUpToAHundred() {
        TrialBalance ledger = TrialBalance.fromBalances(List.of(
                credit("706000", "Prestations", "1000.00"),
                credit("741100", "Subvention d'exploitation - État DRAC", "3000.00"),
                credit("741200", "Subvention d'exploitation - Région", "2000.00"),
                credit("756000", "Cotisations", "1000.00"),
                credit("768000", "Intérêts", "1.00"),
                new AccountBalance("512000", null, "Banque", new BigDecimal("7001.00"), BigDecimal.ZERO.setScale(2))));

        KeyFigures figures = compute(List.of(), List.of(), List.of(), ledger);

        assertThat(figures.totalIncome()).isEqualByComparingTo("7001.00");
        assertThat(figures.incomeShares()).extracting(IncomeShare::label).containsExactly(
                "Ventes et prestations de services", "État DRAC", "Région", "Cotisations", "Autres produits");
        assertThat(figures.incomeShares()).extracting(IncomeShare::amount).map(BigDecimal::toPlainString)
                .containsExactly("1000.00", "3000.00", "2000.00", "1000.00", "1.00");
        assertThat(figures.incomeShares().stream().map(IncomeShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.0");
        assertThat(figures.explanation("totalIncome")).hasValueSatisfying(explanation ->
                assertThat(explanation.sources()).hasSize(5));
    }

    @Test
    void everyHeadlineFigureIsExplainedWithItsSourceRows() {
        List<Member> register = List.of(
                member("A1", MemberKind.LEGAL_PERSON, "association", "59", "France", LocalDate.of(2023, 4, 1), null),
                member("A2", MemberKind.NATURAL_PERSON, null, "59", "France", LocalDate.of(2019, 4, 1), null));

        KeyFigures figures = compute(register, List.of(activity(ActivityCategory.SALON, 30)),
                List.of(hours("Élise", "3.5")), TrialBalance.fromBalances(List.of()));

        for (String figure : figures.headline().keySet()) {
            if (figures.headline().get(figure) != null) {
                assertThat(figures.explanation(figure)).as(figure).isPresent();
            }
        }
        Explanation newMembers = figures.explanation("newMembers").orElseThrow();
        assertThat(newMembers.value()).isEqualTo("1");
        assertThat(newMembers.rule()).contains("01/01/2023", "31/12/2023");
        assertThat(newMembers.sources()).singleElement().satisfies(source -> {
            assertThat(source.location().toString()).isEqualTo("adherents.xlsx:Adhérents:2");
            assertThat(source.description()).isEqualTo("n° A1 (personne morale)");
        });
    }

    private KeyFigures compute(List<Member> register, List<Activity> activities, List<VolunteerEntry> hours,
                               TrialBalance ledger) {
        TrialBalance balance = ledger == null ? TrialBalance.fromBalances(List.of()) : ledger;
        IncomeStatement income = new StatementEngine(StatementLayoutLoader.anc2018())
                .compute(balance, null, List.of(), List.of()).incomeStatement();
        return KeyFiguresCalculator.compute(new YearInputs(2023, START, END, register, activities, hours,
                new BigDecimal("15.00"), new BigDecimal("2.5"), income, balance));
    }

    private static AccountBalance credit(String account, String label, String amount) {
        return new AccountBalance(account, null, label, BigDecimal.ZERO.setScale(2), new BigDecimal(amount));
    }

    private Member member(String id, MemberKind kind, String status, String departement, String country,
                          LocalDate joined, LocalDate left) {
        return new Member(id, "Nom " + id, null, kind, status, null, departement, country, joined, left, null, null,
                null, null, null, null, null, SourceLocation.ofRow("adherents.xlsx", "Adhérents", nextRow++));
    }

    private Member natural(String id, String name, String firstName) {
        return new Member(id, name, firstName, MemberKind.NATURAL_PERSON, null, null, "59", "France",
                LocalDate.of(2019, 1, 1), null, null, null, null, null, null, null, null,
                SourceLocation.ofRow("adherents.xlsx", "Adhérents", nextRow++));
    }

    private static Member withRole(Member member, String role) {
        return new Member(member.memberId(), member.name(), member.firstName(), member.kind(), member.legalStatus(),
                member.postalCode(), member.departement(), member.country(), member.joined(), member.left(),
                member.fee(), member.paidOn(), member.paymentMethod(), role, null, null, null, member.location());
    }

    private Activity activity(ActivityCategory category, int participants) {
        return activity(category, LocalDate.of(2023, 5, 1), participants);
    }

    private Activity activity(ActivityCategory category, LocalDate date, Integer participants) {
        return new Activity(date, null, "Action", category, null, null, null, participants, null,
                null, null, null, false, SourceLocation.ofRow("activites.xlsx", "A", nextRow++));
    }

    private VolunteerEntry hours(String name, String hours) {
        return hours(name, LocalDate.of(2023, 5, 1), hours, null);
    }

    private VolunteerEntry hours(String name, LocalDate date, String hours, String activity) {
        return new VolunteerEntry(name, null, date, null, new BigDecimal(hours), activity,
                SourceLocation.ofRow("benevolat.xlsx", "H", nextRow++));
    }
}
