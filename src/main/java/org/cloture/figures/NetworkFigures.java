package org.cloture.figures;

import java.util.List;

/**
 * A federation's network figures for one year: one row per declared member association, grouped by
 * territory, the territories summed by département, and the total of the network. Every row above a
 * member's is a sum of rows ({@link NetworkCounts#plus}).
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
    public static final String NO_TERRITORY = "Sans territoire";
    public static final String NO_DEPARTEMENT = "Non renseigné";

    public NetworkFigures {
        members = List.copyOf(members);
        territories = List.copyOf(territories);
        departements = List.copyOf(departements);
    }

    /**
     * A member association's row.
     *
     * @param territory   the id of its territory, null when it has none
     * @param transmitted whether its folder holds files for the year; when not, its counts are zeros that the
     *                    reports show as {@link #NOT_TRANSMITTED}
     */
    public record MemberRow(String id, String name, String territory, boolean transmitted, NetworkCounts counts) {
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
