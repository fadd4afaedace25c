package org.cloture.figures;

import java.util.List;
import java.util.Objects;

/**
 * A federation's network figures for one year: one row per declared member association, grouped by
 * territory, the territories summed by département, and the total of the network. Every row above a
 * member's is a sum of rows ({@link NetworkCounts#plus}), and the constructor refuses figures where it is
 * not: a table whose total contradicts its rows (the seed's FOSFORA table prints 353 volunteers over rows
 * adding up to 381) cannot be built, hence cannot be printed.
 *
 * @param members      every declared member, in the order of association.yml
 * @param territories  the declared territories in their order, then, when some members have none, a
 *                     territory with a null id named {@link #NO_TERRITORY}
 * @param departements the territories' départements, in order; territories without one under
 *                     {@link #NO_DEPARTEMENT}
 * @param total        the sum of the territories' rows
 */
public record NetworkFigures(int year, List<MemberRow> members, List<TerritoryRow> territories,
                             List<DepartementRow> departements, NetworkCounts total) {

    /** What the reports print in place of the figures of a member that sent nothing for the year. */
    public static final String NOT_TRANSMITTED = "données non transmises";
    /** What the reports print in place of the figures of a member whose closing has blocking findings. */
    public static final String TO_CORRECT = "à corriger";
    public static final String TRANSMITTED = "données transmises";
    public static final String NO_TERRITORY = "Sans territoire";
    public static final String NO_DEPARTEMENT = "Non renseigné";

    public NetworkFigures {
        members = List.copyOf(members);
        territories = List.copyOf(territories);
        departements = List.copyOf(departements);
        for (TerritoryRow territory : territories) {
            requireSum(territory.counts(), territory.members().stream().map(MemberRow::counts).toList(),
                    "territoire " + territory.name());
        }
        for (DepartementRow departement : departements) {
            requireSum(departement.counts(), territories.stream()
                    .filter(territory -> departement.territories().contains(territory.name()))
                    .map(TerritoryRow::counts).toList(), "département " + departement.departement());
        }
        requireSum(total, territories.stream().map(TerritoryRow::counts).toList(), "total du réseau");
        requireSum(total, members.stream().map(MemberRow::counts).toList(), "total du réseau");
        requireSum(total, departements.stream().map(DepartementRow::counts).toList(), "total du réseau");
    }

    private static void requireSum(NetworkCounts total, List<NetworkCounts> rows, String what) {
        NetworkCounts sum = rows.stream().reduce(NetworkCounts.NONE, NetworkCounts::plus);
        if (!sameCounts(total, sum)) {
            throw new IllegalArgumentException("Le " + what + " (" + total + ") n'est pas la somme de ses lignes ("
                    + sum + ")");
        }
    }

    /** Equal figure by figure; amounts compared by value (12.0 and 12.00 are the same amount). */
    private static boolean sameCounts(NetworkCounts one, NetworkCounts other) {
        return one.declared() == other.declared() && one.transmitted() == other.transmitted()
                && one.toCorrect() == other.toCorrect() && one.withAccounts() == other.withAccounts()
                && one.members() == other.members() && one.legalPersons() == other.legalPersons()
                && one.naturalPersons() == other.naturalPersons() && one.newMembers() == other.newMembers()
                && one.volunteers() == other.volunteers()
                && one.volunteerHours().compareTo(other.volunteerHours()) == 0 && one.actions() == other.actions()
                && one.participants() == other.participants() && sameAmount(one.totalIncome(), other.totalIncome())
                && sameAmount(one.totalExpenses(), other.totalExpenses()) && sameAmount(one.result(), other.result());
    }

    private static boolean sameAmount(java.math.BigDecimal one, java.math.BigDecimal other) {
        return one == null || other == null ? Objects.equals(one, other) : one.compareTo(other) == 0;
    }

    /** Where a member association stands for the year. */
    public enum Status {
        /** Its closing has no blocking finding: its figures are counted. */
        TRANSMITTED(NetworkFigures.TRANSMITTED),
        /** Its closing has blocking findings: listed with them, left out of the sums. */
        TO_CORRECT(NetworkFigures.TO_CORRECT),
        /** Declared, but no folder for the year. */
        NOT_TRANSMITTED(NetworkFigures.NOT_TRANSMITTED);

        private final String french;

        Status(String french) {
            this.french = french;
        }

        public String french() {
            return french;
        }
    }

    /**
     * A member association's row.
     *
     * @param territory the id of its territory, null when it has none
     * @param status    whether its figures are counted; when not, its counts are zeros that the reports show
     *                  as {@link #NOT_TRANSMITTED} or {@link #TO_CORRECT}
     * @param blocking  the blocking findings of its closing (French, with their place), for a member to correct
     */
    public record MemberRow(String id, String name, String territory, Status status, NetworkCounts counts,
                            List<String> blocking) {

        public MemberRow {
            blocking = List.copyOf(blocking);
        }

        /** Whether its figures are in the sums. */
        public boolean counted() {
            return status == Status.TRANSMITTED;
        }
    }

    /** A territory's row: its members' rows and their sum. */
    public record TerritoryRow(String id, String name, String departement, List<MemberRow> members,
                               NetworkCounts counts) {

        public TerritoryRow {
            members = List.copyOf(members);
        }
    }

    /** A département's row: the sum of its territories' rows. */
    public record DepartementRow(String departement, List<String> territories, NetworkCounts counts) {

        public DepartementRow {
            territories = List.copyOf(territories);
        }
    }
}
