package org.cloture.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloture.config.AssociationConfig;

/**
 * Computes a federation's {@link NetworkFigures}: each member association's key figures from its own
 * registers and FEC (the same {@link KeyFiguresCalculator} as the federation's own), then the sums.
 */
public final class NetworkFiguresCalculator {

    private NetworkFiguresCalculator() {
    }

    /**
     * @param inputs the year's inputs of each member whose folder holds files, by member id; a declared member
     *               absent from it is "données non transmises"
     */
    public static NetworkFigures compute(int year, AssociationConfig.Federation federation,
                                         Map<String, YearInputs> inputs) {
        List<NetworkFigures.MemberRow> members = new ArrayList<>();
        for (AssociationConfig.MemberAssociation member : federation.members()) {
            YearInputs in = inputs.get(member.id());
            NetworkCounts counts = in == null ? NetworkCounts.notTransmitted()
                    : NetworkCounts.of(KeyFiguresCalculator.compute(in), result(in));
            members.add(new NetworkFigures.MemberRow(member.id(), member.name(), member.territory(), in != null,
                    counts));
        }
        List<NetworkFigures.TerritoryRow> territories = new ArrayList<>();
        for (AssociationConfig.Territory territory : federation.territories()) {
            territories.add(territory(territory.id(), territory.name(), territory.departement(), members));
        }
        if (members.stream().anyMatch(member -> member.territory() == null)) {
            territories.add(territory(null, NetworkFigures.NO_TERRITORY, null, members));
        }
        NetworkCounts total = territories.stream().map(NetworkFigures.TerritoryRow::counts)
                .reduce(NetworkCounts.NONE, NetworkCounts::plus);
        return new NetworkFigures(year, members, territories, departements(territories), total);
    }

    private static NetworkFigures.TerritoryRow territory(String id, String name, String departement,
                                                         List<NetworkFigures.MemberRow> members) {
        List<NetworkFigures.MemberRow> own = members.stream()
                .filter(member -> Objects.equals(member.territory(), id)).toList();
        return new NetworkFigures.TerritoryRow(id, name, departement, own, own.stream()
                .map(NetworkFigures.MemberRow::counts).reduce(NetworkCounts.NONE, NetworkCounts::plus));
    }

    /** Départements in order ("59" before "62"), those not given last. */
    private static List<NetworkFigures.DepartementRow> departements(List<NetworkFigures.TerritoryRow> territories) {
        Map<String, List<NetworkFigures.TerritoryRow>> byDepartement = new TreeMap<>();
        List<NetworkFigures.TerritoryRow> without = new ArrayList<>();
        for (NetworkFigures.TerritoryRow territory : territories) {
            String departement = territory.departement();
            if (departement == null || departement.isBlank()) {
                without.add(territory);
            } else {
                byDepartement.computeIfAbsent(departement.strip(), key -> new ArrayList<>()).add(territory);
            }
        }
        Map<String, List<NetworkFigures.TerritoryRow>> ordered = new LinkedHashMap<>(byDepartement);
        if (!without.isEmpty()) {
            ordered.put(NetworkFigures.NO_DEPARTEMENT, without);
        }
        List<NetworkFigures.DepartementRow> rows = new ArrayList<>();
        ordered.forEach((departement, group) -> rows.add(new NetworkFigures.DepartementRow(departement,
                group.stream().map(NetworkFigures.TerritoryRow::name).toList(),
                group.stream().map(NetworkFigures.TerritoryRow::counts).reduce(NetworkCounts.NONE, NetworkCounts::plus))));
        return rows;
    }

    /** The member's result: its compte de résultat's, null without accounts. */
    private static BigDecimal result(YearInputs in) {
        return in.income() == null ? null : in.income().total("netResult");
    }
}
