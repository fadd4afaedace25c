package org.cloture.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloture.activity.ActivityCategory;

/**
 * The key figures of a year, computed once from the data: the PDF, the XLSX and the JSON all print
 * these values and never re-count. {@code staffFte} is null when association.yml does not give it;
 * {@code totalIncome} and {@code totalExpenses} are null for a year without accounts.
 *
 * @param meetings     the statutory meetings of the year (AG, CA, bureau), by date
 * @param incomeShares the share of each kind of resource; empty without accounts
 * @param explanations how each figure was obtained, by figure identifier (see {@link #explanation})
 * @param unavailable  the headline figures that are unknown, by identifier, each with the reason in French (its
 *                     source absent, unreadable or not recognised): every output prints them "non disponible",
 *                     never the zero their primitive field holds
 */
public record KeyFigures(int year, int members, int legalPersons, int naturalPersons, int newMembers,
                         int volunteers, BigDecimal volunteerHours, BigDecimal volunteerValuation,
                         BigDecimal staffFte, int actions, int participants,
                         BigDecimal totalIncome, BigDecimal totalExpenses, List<Meeting> meetings,
                         List<IncomeShare> incomeShares, Breakdown breakdown, Map<String, Explanation> explanations,
                         Map<String, String> unavailable) {

    /** The source each headline figure is counted from. */
    public static final Map<String, FigureSource> SOURCE_OF = Map.ofEntries(
            Map.entry("members", FigureSource.MEMBERS), Map.entry("legalPersons", FigureSource.MEMBERS),
            Map.entry("naturalPersons", FigureSource.MEMBERS), Map.entry("newMembers", FigureSource.MEMBERS),
            Map.entry("leavers", FigureSource.MEMBERS), Map.entry("volunteers", FigureSource.VOLUNTEERING),
            Map.entry("volunteerHours", FigureSource.VOLUNTEERING), Map.entry("volunteerFte", FigureSource.VOLUNTEERING),
            Map.entry("volunteerValuation", FigureSource.VOLUNTEERING), Map.entry("actions", FigureSource.ACTIVITIES),
            Map.entry("participants", FigureSource.ACTIVITIES), Map.entry("generalAssemblies", FigureSource.ACTIVITIES),
            Map.entry("boardMeetings", FigureSource.ACTIVITIES), Map.entry("bureauMeetings", FigureSource.ACTIVITIES),
            Map.entry("totalIncome", FigureSource.ACCOUNTS), Map.entry("totalExpenses", FigureSource.ACCOUNTS));

    public KeyFigures {
        meetings = List.copyOf(meetings);
        incomeShares = List.copyOf(incomeShares);
        explanations = Map.copyOf(explanations);
        unavailable = unavailable == null ? Map.of() : Map.copyOf(unavailable);
    }

    /** Why a headline figure is unknown, or empty when it was counted (zero included). */
    public Optional<String> unavailableReason(String figure) {
        return Optional.ofNullable(unavailable.get(figure));
    }

    public boolean isAvailable(String figure) {
        return !unavailable.containsKey(figure);
    }

    /**
     * The figures behind the headline ones, each map in a stable order: members by legal status, by
     * département and by country; leavers; volunteer time in full-time equivalents; actions and
     * participants by category and actions by month; hours by month and by activity; the board; the legal
     * persons who joined; the actions flagged as highlights.
     *
     * @param actionsByMonth every month of the fiscal year ({@code 2023-01}…), zero included
     * @param hoursByMonth   every month of the fiscal year, zero included
     */
    public record Breakdown(int leavers, BigDecimal volunteerFte, Map<String, Integer> membersByLegalStatus,
                            Map<String, Integer> membersByDepartement, Map<String, Integer> membersByCountry,
                            Map<String, Integer> actionsByCategory, Map<String, Integer> participantsByCategory,
                            Map<String, Integer> actionsByMonth, Map<String, BigDecimal> hoursByMonth,
                            Map<String, BigDecimal> hoursByActivity, List<BoardOfficer> board,
                            List<String> newLegalPersons, List<Highlight> highlights) {
    }

    /** An action of the activity log flagged "fait marquant". */
    public record Highlight(LocalDate date, String title, String category, String place, Integer participants) {
    }

    /** The number of statutory meetings of a kind (AG, CA or bureau). */
    public int meetingCount(ActivityCategory kind) {
        return (int) meetings.stream().filter(meeting -> meeting.kind() == kind).count();
    }

    /** The budget of the year, as the seeds call it: its total expenses. */
    public BigDecimal budget() {
        return totalExpenses;
    }

    public Optional<Explanation> explanation(String figure) {
        return Optional.ofNullable(explanations.get(figure));
    }

    /**
     * The headline figures by identifier, in the order of "Les chiffres clés": the ones compared with N-1
     * and followed over the years. A figure the year cannot give (source not read, no staff FTE) is null.
     */
    public Map<String, Number> headline() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("members", members);
        values.put("legalPersons", legalPersons);
        values.put("naturalPersons", naturalPersons);
        values.put("newMembers", newMembers);
        values.put("leavers", breakdown.leavers());
        values.put("volunteers", volunteers);
        values.put("volunteerHours", volunteerHours);
        values.put("volunteerFte", breakdown.volunteerFte());
        values.put("volunteerValuation", volunteerValuation);
        values.put("staffFte", staffFte);
        values.put("actions", actions);
        values.put("participants", participants);
        values.put("generalAssemblies", meetingCount(ActivityCategory.AG));
        values.put("boardMeetings", meetingCount(ActivityCategory.CA));
        values.put("bureauMeetings", meetingCount(ActivityCategory.BUREAU));
        values.put("totalIncome", totalIncome);
        values.put("totalExpenses", totalExpenses);
        // Unknown is never printed as zero: a figure whose source was not read is null.
        unavailable.keySet().forEach(figure -> values.replace(figure, null));
        return values;
    }
}
