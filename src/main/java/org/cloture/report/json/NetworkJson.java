package org.cloture.report.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;

/** The {@code network} section of the JSON (a federation's figures), as docs/outputs.md describes it. */
final class NetworkJson {

    private NetworkJson() {
    }

    static Map<String, Object> network(NetworkFigures network) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("members", network.members().stream().map(NetworkJson::member).toList());
        json.put("territories", network.territories().stream().map(territory -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", territory.id());
            row.put("name", territory.name());
            row.put("departement", territory.departement());
            row.put("memberIds", territory.members().stream().map(NetworkFigures.MemberRow::id).toList());
            row.putAll(counts(territory.counts()));
            return row;
        }).toList());
        json.put("departements", network.departements().stream().map(departement -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("departement", departement.departement());
            row.put("territories", departement.territories());
            row.putAll(counts(departement.counts()));
            return row;
        }).toList());
        json.put("total", counts(network.total()));
        return json;
    }

    /** A member's row; a member that sent nothing has its status and null figures. */
    private static Map<String, Object> member(NetworkFigures.MemberRow member) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", member.id());
        row.put("name", member.name());
        row.put("territory", member.territory());
        row.put("status", member.transmitted() ? "données transmises" : NetworkFigures.NOT_TRANSMITTED);
        Map<String, Object> counts = counts(member.counts());
        for (String share : List.of("declared", "transmissionRate")) {
            counts.remove(share);
        }
        counts.put("transmitted", member.transmitted());
        counts.put("withAccounts", member.counts().withAccounts() == 1);
        if (!member.transmitted()) {
            counts.replaceAll((key, value) -> value instanceof Boolean ? value : null);
        }
        row.putAll(counts);
        return row;
    }

    private static Map<String, Object> counts(NetworkCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("declared", counts.declared());
        json.put("transmitted", counts.transmitted());
        json.put("transmissionRate", counts.transmissionRate());
        json.put("withAccounts", counts.withAccounts());
        json.put("members", counts.members());
        json.put("legalPersons", counts.legalPersons());
        json.put("naturalPersons", counts.naturalPersons());
        json.put("newMembers", counts.newMembers());
        json.put("volunteers", counts.volunteers());
        json.put("volunteerHours", counts.volunteerHours());
        json.put("actions", counts.actions());
        json.put("participants", counts.participants());
        json.put("totalIncome", counts.totalIncome());
        json.put("totalExpenses", counts.totalExpenses());
        json.put("result", counts.result());
        return json;
    }
}
