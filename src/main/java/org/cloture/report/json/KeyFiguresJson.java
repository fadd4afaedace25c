package org.cloture.report.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.activity.ActivityCategory;
import org.cloture.figures.FigureChange;
import org.cloture.figures.IncomeShare;
import org.cloture.figures.KeyFigures;
import org.cloture.figures.Meeting;
import org.cloture.report.ReportModel;
import org.cloture.source.Finding;
import org.cloture.statements.BalanceSheet;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.ComparativeRestatement;
import org.cloture.statements.StatementLine;
import org.cloture.statements.Statements;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code chiffres-cles-<year>.json}: the schema of docs/outputs.md. Amounts are BigDecimal written as
 * plain JSON numbers, so the exact accounting value goes through (no binary floating point).
 */
public final class KeyFiguresJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private KeyFiguresJson() {
    }

    public static byte[] render(ReportModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("association", model.associationName());
        root.put("year", model.year());
        root.put("provisional", model.provisional());
        root.put("keyFigures", keyFigures(model.keyFigures()));
        root.put("changes", changes(model.keyFigures(), model.previousKeyFigures()));
        root.put("series", series(model.keyFiguresSeries()));
        if (model.statements().presentation() != null) {
            root.put("presentation", presentation(model.statements()));
        }
        root.put("incomeStatement", incomeStatement(model.statements().incomeStatement()));
        root.put("balanceSheet", balanceSheet(model.statements().balanceSheet()));
        if (model.annex() != null) {
            root.put("annex", AnnexJson.annex(model.annex()));
        }
        root.put("evolution", AnnexJson.evolution(model.evolution()));
        if (model.network() != null) {
            root.put("network", NetworkJson.network(model.network()));
        }
        root.put("checks", checks(model.findings()));
        return MAPPER.writeValueAsBytes(root);
    }

    private static Map<String, Object> keyFigures(KeyFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("members", figures.members());
        json.put("legalPersons", figures.legalPersons());
        json.put("naturalPersons", figures.naturalPersons());
        json.put("newMembers", figures.newMembers());
        json.put("volunteers", figures.volunteers());
        json.put("volunteerHours", figures.volunteerHours());
        json.put("volunteerValuation", figures.volunteerValuation());
        json.put("staffFte", figures.staffFte());
        json.put("actions", figures.actions());
        json.put("participants", figures.participants());
        json.put("totalIncome", figures.totalIncome());
        json.put("totalExpenses", figures.totalExpenses());
        KeyFigures.Breakdown breakdown = figures.breakdown();
        json.put("leavers", breakdown.leavers());
        json.put("volunteerFte", breakdown.volunteerFte());
        json.put("generalAssemblies", figures.meetingCount(ActivityCategory.AG));
        json.put("boardMeetings", figures.meetingCount(ActivityCategory.CA));
        json.put("bureauMeetings", figures.meetingCount(ActivityCategory.BUREAU));
        json.put("membersByLegalStatus", breakdown.membersByLegalStatus());
        json.put("membersByDepartement", breakdown.membersByDepartement());
        json.put("membersByCountry", breakdown.membersByCountry());
        json.put("actionsByCategory", breakdown.actionsByCategory());
        json.put("participantsByCategory", breakdown.participantsByCategory());
        json.put("actionsByMonth", breakdown.actionsByMonth());
        json.put("hoursByMonth", breakdown.hoursByMonth());
        json.put("hoursByActivity", breakdown.hoursByActivity());
        json.put("meetings", figures.meetings().stream().map(KeyFiguresJson::meeting).toList());
        json.put("incomeShares", figures.incomeShares().stream().map(KeyFiguresJson::incomeShare).toList());
        json.put("board", breakdown.board().stream().map(officer -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("role", officer.role().name().toLowerCase(java.util.Locale.ROOT));
            row.put("label", officer.role().frenchLabel());
            row.put("name", officer.name());
            return row;
        }).toList());
        json.put("newLegalPersons", breakdown.newLegalPersons());
        json.put("highlights", breakdown.highlights().stream().map(highlight -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", highlight.date().toString());
            row.put("title", highlight.title());
            row.put("category", highlight.category());
            row.put("place", highlight.place());
            row.put("participants", highlight.participants());
            return row;
        }).toList());
        // Unknown is never zero: a figure whose source was not read is null, its reason beside it and in checks.
        figures.unavailable().keySet().forEach(figure -> json.replace(figure, null));
        json.put("unavailable", new java.util.TreeMap<>(figures.unavailable()));
        return json;
    }

    private static Map<String, Object> meeting(Meeting meeting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", meeting.kind().name());
        json.put("date", meeting.date().toString());
        json.put("title", meeting.title());
        json.put("participants", meeting.participants());
        json.put("memberStructures", meeting.memberStructures());
        return json;
    }

    private static Map<String, Object> incomeShare(IncomeShare share) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", share.kind());
        json.put("label", share.label());
        json.put("amount", share.amount());
        json.put("percent", share.percent());
        return json;
    }

    /** Each headline figure beside its N-1 value and the change in %; empty without N-1. */
    private static Map<String, Object> changes(KeyFigures figures, KeyFigures previous) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (previous == null) {
            return json;
        }
        Map<String, Number> before = previous.headline();
        figures.headline().forEach((figure, value) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("value", value);
            change.put("previous", before.get(figure));
            change.put("changePercent", FigureChange.percent(value, before.get(figure)));
            json.put(figure, change);
        });
        return json;
    }

    /** The headline figures of every available year, oldest first. */
    private static List<Map<String, Object>> series(List<KeyFigures> years) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (KeyFigures figures : years) {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", figures.year());
            year.putAll(figures.headline());
            json.add(year);
        }
        return json;
    }

    /** The layout of the year and, the first year of a new presentation, how the N-1 column was restated. */
    private static Map<String, Object> presentation(Statements statements) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("layout", statements.presentation().name().replaceAll(".*/", "").replace(".yml", ""));
        json.put("title", statements.presentation().title());
        ComparativeRestatement comparative = statements.comparative();
        if (comparative != null) {
            Map<String, Object> restated = new LinkedHashMap<>();
            restated.put("year", comparative.previousYear());
            restated.put("from", comparative.fromTitle());
            restated.put("fromPublished", comparative.fromPublished());
            restated.put("summary", comparative.summary());
            restated.put("accounts", comparative.moves().stream().map(move -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("account", move.oldAccount());
                line.put("meaning", move.oldMeaning());
                line.put("restatedAs", move.newAccount());
                line.put("from", move.oldLine());
                line.put("to", move.newLine());
                line.put("amount", move.amount());
                line.put("fallback", move.fallback());
                return line;
            }).toList());
            json.put("comparative", restated);
        }
        return json;
    }

    private static Map<String, Object> incomeStatement(IncomeStatement income) {
        List<Map<String, Object>> lines = new ArrayList<>();
        String parent = null;
        for (StatementLine line : income.lines()) {
            if (line.kind() == StatementLine.Kind.LINE) {
                parent = line.code();
                lines.add(line(line));
            } else if (line.kind() == StatementLine.Kind.PART) {
                // The layout places a "dont" line right under its parent line (checked when it is loaded).
                Map<String, Object> json = line(line);
                json.put("partOf", parent);
                lines.add(json);
            }
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String code : List.of("operatingIncome", "operatingExpenses", "operatingResult", "financialResult",
                "exceptionalResult", "incomeTax", "totalIncome", "totalExpenses", "netResult")) {
            totals.put(code, income.total(code));
        }
        Map<String, Object> inKind = new LinkedHashMap<>();
        inKind.put("income", income.inKindIncomeTotal());
        inKind.put("expenses", income.inKindExpensesTotal());
        inKind.put("lines", income.inKindIncome().stream().filter(line -> !line.isEmpty()).map(KeyFiguresJson::line).toList());
        inKind.put("expenseLines", income.inKindExpenses().stream().filter(line -> !line.isEmpty()).map(KeyFiguresJson::line).toList());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lines", lines);
        json.put("totals", totals);
        json.put("inKind", inKind);
        return json;
    }

    private static Map<String, Object> line(StatementLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", line.code());
        json.put("label", line.label());
        json.put("accounts", line.accounts());
        json.put("amount", line.amount());
        json.put("previous", line.previous());
        if (line.details() != null) {
            json.put("details", line.details().stream().map(KeyFiguresJson::detail).toList());
        }
        if (line.basis() != null || line.previousBasis() != null) {
            json.put("basis", line.basis());
            json.put("previousBasis", line.previousBasis());
        }
        return json;
    }

    private static Map<String, Object> detail(StatementLine.Detail detail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account", detail.account());
        json.put("label", detail.label());
        json.put("amount", detail.amount());
        json.put("previous", detail.previous());
        return json;
    }

    private static Map<String, Object> balanceSheet(BalanceSheet bilan) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (List<BalanceSheetLine> side : List.of(bilan.assets(), bilan.liabilities())) {
            for (BalanceSheetLine line : side) {
                if (line.kind() == BalanceSheetLine.Kind.LINE) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("code", line.code());
                    json.put("label", line.label());
                    json.put("side", line.side().code());
                    json.put("accounts", line.accounts());
                    json.put("gross", line.gross());
                    json.put("depreciation", line.depreciation());
                    json.put("net", line.net());
                    json.put("previous", line.previous());
                    lines.add(json);
                }
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("totalAssets", bilan.totalAssets());
        json.put("totalLiabilities", bilan.totalLiabilities());
        json.put("previousTotalAssets", bilan.previousTotalAssets());
        json.put("previousTotalLiabilities", bilan.previousTotalLiabilities());
        json.put("lines", lines);
        return json;
    }

    private static List<Map<String, Object>> checks(List<Finding> findings) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Finding finding : findings) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", finding.check().name());
            json.put("family", finding.check().family().name().toLowerCase(java.util.Locale.ROOT));
            json.put("severity", finding.severity().code());
            json.put("message", finding.message());
            json.put("hint", finding.hint());
            json.put("source", finding.location() == null ? null : finding.location().toString());
            json.put("value", finding.value());
            json.put("sources", finding.sources().stream().map(Object::toString).toList());
            checks.add(json);
        }
        return checks;
    }

}
