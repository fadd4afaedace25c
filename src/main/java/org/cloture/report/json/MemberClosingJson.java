package org.cloture.report.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cloture.figures.MemberClosingResult;
import org.cloture.figures.NetworkCounts;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads back what a federation needs from a member association's own {@code chiffres-cles-<year>.json}:
 * its network row, or its blocking findings. The JSON is the contract between a member's closing and the
 * network step, so that both may run on different machines.
 */
public final class MemberClosingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private MemberClosingJson() {
    }

    /** A member whose JSON is missing or unreadable is to correct, with a finding saying so. */
    public static MemberClosingResult read(Path json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(json));
        } catch (IOException | RuntimeException e) {
            return MemberClosingResult.toCorrect(List.of("Clôture du membre introuvable ou illisible ("
                    + json.getFileName() + ") : relancez la clôture."));
        }
        List<String> blocking = new ArrayList<>();
        root.path("checks").forEach(check -> {
            if ("error".equals(check.path("severity").asString())) {
                String source = check.path("source").isNull() ? "" : check.path("source").asString("");
                blocking.add(check.path("message").asString("") + (source.isEmpty() ? "" : " (" + source + ")"));
            }
        });
        if (root.path("provisional").asBoolean(false) || !blocking.isEmpty()) {
            return MemberClosingResult.toCorrect(blocking);
        }
        JsonNode figures = root.path("keyFigures");
        return MemberClosingResult.closed(NetworkCounts.member(figures.path("members").asInt(),
                figures.path("legalPersons").asInt(), figures.path("naturalPersons").asInt(),
                figures.path("newMembers").asInt(), figures.path("volunteers").asInt(),
                decimal(figures.path("volunteerHours")), figures.path("actions").asInt(),
                figures.path("participants").asInt(), amount(figures.path("totalIncome")),
                amount(figures.path("totalExpenses")),
                amount(root.path("incomeStatement").path("totals").path("netResult"))));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO.setScale(1);
    }

    private static BigDecimal amount(JsonNode node) {
        return node.isNumber() ? node.decimalValue().setScale(2) : null;
    }
}
