package org.cloture.report.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;

/** The {@code network} section of the JSON (a federation's figures), as docs/outputs.md describes it. */
public final class NetworkJson {

    private NetworkJson() {
    }

    /**
     * {@code reseau-<year>.json}: the federation's network tables alone, for the programs that consolidate
     * networks (the same object as the {@code network} section of the federation's JSON).
     */
    public static byte[] render(String federation, NetworkFigures network) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("federation", federation);
        root.put("year", network.year());
        root.putAll(network(network));
        return MAPPER.writeValueAsBytes(root);
    }

    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper
            .builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

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
        row.put("status", member.status().french());
        Map<String, Object> counts = counts(member.counts());
        for (String share : List.of("declared", "transmissionRate", "toCorrect", "covered")) {
            counts.remove(share);
        }
        counts.put("transmitted", member.status() != NetworkFigures.Status.NOT_TRANSMITTED);
        counts.put("counted", member.counted());
        counts.put("withAccounts", member.counts().withAccounts() == 1);
        if (!member.counted()) {
            counts.replaceAll((key, value) -> value instanceof Boolean ? value : null);
        }
        row.putAll(counts);
        row.put("blocking", member.blocking());
        return row;
    }

    private static Map<String, Object> counts(NetworkCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("declared", counts.declared());
        json.put("transmitted", counts.transmitted());
        json.put("toCorrect", counts.toCorrect());
        json.put("covered", counts.covered());
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
