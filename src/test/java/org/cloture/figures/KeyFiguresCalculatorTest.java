package org.cloture.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.ledger.TrialBalance;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.SourceLocation;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.api.Test;

/** Each key figure counted once, from the registers, with the breakdowns a report lists. */
class KeyFiguresCalculatorTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2023, 12, 31);

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

        KeyFigures figures = KeyFiguresCalculator.compute(START, END, register, activities, hours,
                new BigDecimal("15.00"), new BigDecimal("2.5"), incomeStatement());

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
    }

    private static org.cloture.statements.IncomeStatement incomeStatement() {
        return new StatementEngine(StatementLayoutLoader.anc2018())
                .compute(TrialBalance.fromBalances(List.of()), null, List.of(), List.of()).incomeStatement();
    }

    private static Member member(String id, MemberKind kind, String status, String departement, String country,
                                 LocalDate joined, LocalDate left) {
        return new Member(id, "Nom " + id, null, kind, status, null, departement, country, joined, left, null, null,
                null, null, null, null, null, SourceLocation.ofRow("adherents.xlsx", "A", 2));
    }

    private static Activity activity(ActivityCategory category, int participants) {
        return new Activity(LocalDate.of(2023, 5, 1), null, "Action", category, null, null, null, participants, null,
                null, null, null, false, SourceLocation.ofRow("activites.xlsx", "A", 2));
    }

    private static VolunteerEntry hours(String name, String hours) {
        return new VolunteerEntry(name, null, LocalDate.of(2023, 5, 1), null, new BigDecimal(hours), null,
                SourceLocation.ofRow("benevolat.xlsx", "H", 2));
    }
}
