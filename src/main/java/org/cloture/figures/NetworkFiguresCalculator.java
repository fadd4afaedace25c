package org.cloture.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloture.config.AssociationConfig;

/**
 * Computes a federation's {@link NetworkFigures} from what each member association's own closing gave
 * (its row, or its blocking findings), then the sums per territory, per département and for the network.
 */
public final class NetworkFiguresCalculator {

    private NetworkFiguresCalculator() {
    }

    /**
     * @param closings what the closing of each member whose folder holds files gave, by member id; a declared
     *                 member absent from it is "données non transmises"
     */
    public static NetworkFigures compute(int year, AssociationConfig.Federation federation,
                                         Map<String, MemberClosingResult> closings) {
        List<NetworkFigures.MemberRow> members = new ArrayList<>();
        for (AssociationConfig.MemberAssociation member : federation.members()) {
            MemberClosingResult closing = closings.get(member.id());
            if (closing == null) {
                members.add(new NetworkFigures.MemberRow(member.id(), member.name(), member.territory(),
                        NetworkFigures.Status.NOT_TRANSMITTED, NetworkCounts.notTransmitted(), List.of()));
            } else {
                members.add(new NetworkFigures.MemberRow(member.id(), member.name(), member.territory(),
                        closing.counted() ? NetworkFigures.Status.TRANSMITTED : NetworkFigures.Status.TO_CORRECT,
                        closing.counts(), closing.blocking()));
            }
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
}
