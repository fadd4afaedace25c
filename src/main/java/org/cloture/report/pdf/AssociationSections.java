package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloture.activity.ActivityCategory;
import org.cloture.figures.BoardOfficer;
import org.cloture.figures.KeyFigures;
import org.cloture.figures.Meeting;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;
import org.cloture.statements.StatementLine;

/**
 * "La vie associative", "Les activités" and "Le bénévolat": one block per table or chart, so a new table (the
 * board by role, the meetings, the monthly counts...) is one more {@code blocks.add} once its figures exist.
 * A register missing from the year folder gives a notice naming the file to add instead of empty tables.
 */
final class AssociationSections {

    static final String ASSOCIATIVE_LIFE = "La vie associative";
    static final String ACTIVITIES = "Les activités";
    static final String VOLUNTEERING = "Le bénévolat";

    /** The activities listed one by one in "Heures de bénévolat par activité"; the others are summed. */
    static final int ACTIVITIES_LISTED = 12;

    private AssociationSections() {
    }

    static ReportSection associativeLife(ReportModel model) {
        List<ReportBlock> blocks = new ArrayList<>();
        KeyFigures figures = model.keyFigures();
        if (!model.hasSource("MEMBERS") || figures == null) {
            blocks.add(missing(model, "registre des adhérents", "adherents.xlsx"));
            return new ReportSection(ASSOCIATIVE_LIFE, blocks);
        }
        blocks.add(new ReportBlock.Heading("Les adhérents"));
        blocks.add(new ReportBlock.Text("Au " + FrenchText.date(model.fiscalYearEnd()) + ", l'association comptait "
                + StyledText.bold(FrenchFormat.integer(figures.members()) + " adhérents") + " : "
                + FrenchFormat.integer(figures.legalPersons()) + " personnes morales et "
                + FrenchFormat.integer(figures.naturalPersons()) + " personnes physiques. "
                + StyledText.bold(FrenchFormat.integer(figures.newMembers()) + " nouveaux adhérents")
                + " l'ont rejointe au cours de l'exercice"
                + (figures.breakdown() == null ? "." : ", " + FrenchFormat.integer(figures.breakdown().leavers())
                + " l'ont quittée.")));
        KeyFigures.Breakdown breakdown = figures.breakdown();
        governance(figures, blocks);
        if (breakdown != null && !breakdown.newLegalPersons().isEmpty()) {
            blocks.add(new ReportBlock.Heading("Les nouvelles structures adhérentes"));
            breakdown.newLegalPersons().forEach(name ->
                    blocks.add(new ReportBlock.Item("•", StyledText.escape(name), 0)));
        }
        if (breakdown != null) {
            Map<String, Integer> departements = breakdown.membersByDepartement();
            if (!departements.isEmpty()) {
                blocks.add(new ReportBlock.Table(CountTables.table("Adhérents par département", "Département",
                        "Adhérents", departements)));
                blocks.add(new ReportBlock.Chart(CountTables.bars("Répartition des adhérents par département",
                        "Adhérents", departements)));
            }
            if (breakdown.membersByCountry().size() > 1) {
                blocks.add(new ReportBlock.Table(CountTables.table("Adhérents par pays", "Pays", "Adhérents",
                        breakdown.membersByCountry())));
            }
            Map<String, Integer> statuses = breakdown.membersByLegalStatus();
            if (!statuses.isEmpty()) {
                blocks.add(new ReportBlock.Table(CountTables.table("Personnes morales par statut juridique",
                        "Statut juridique", "Structures", statuses)));
                blocks.add(new ReportBlock.Chart(CountTables.pie("Personnes morales par statut juridique",
                        CountTables.amounts(statuses))));
            }
        }
        return new ReportSection(ASSOCIATIVE_LIFE, blocks);
    }

    /**
     * The board by role (officers are the only natural persons the report names) and the statutory meetings
     * with their dates and attendance, from the activity log's AG, CA and bureau rows.
     */
    private static void governance(KeyFigures figures, List<ReportBlock> blocks) {
        List<BoardOfficer> board = figures.breakdown() == null ? List.of() : figures.breakdown().board();
        if (!board.isEmpty()) {
            blocks.add(new ReportBlock.Heading("Le conseil d'administration"));
            board.forEach(officer -> blocks.add(new ReportBlock.Item("•", StyledText.bold(officer.role().frenchLabel())
                    + " : " + StyledText.escape(officer.name()), 0)));
        }
        if (figures.meetings().isEmpty()) {
            return;
        }
        blocks.add(new ReportBlock.Text("Les instances se sont réunies "
                + StyledText.bold(times(figures.meetingCount(ActivityCategory.AG), "assemblée générale",
                "assemblées générales")) + ", "
                + StyledText.bold(times(figures.meetingCount(ActivityCategory.CA), "conseil d'administration",
                "conseils d'administration")) + " et "
                + StyledText.bold(times(figures.meetingCount(ActivityCategory.BUREAU), "réunion de bureau",
                "réunions de bureau")) + "."));
        List<ReportRow> rows = new ArrayList<>();
        for (Meeting meeting : figures.meetings()) {
            rows.add(new ReportRow(FrenchText.date(meeting.date()) + " — " + meeting.kind().frenchLabel(),
                    List.of(count(meeting.participants()), count(meeting.memberStructures())), RowStyle.LINE));
        }
        blocks.add(new ReportBlock.Table(new ReportTable("Les réunions statutaires",
                List.of("Date et instance", "Participants", "Structures"), rows)));
    }

    private static String times(int count, String one, String many) {
        return FrenchFormat.integer(count) + " " + (count > 1 ? many : one);
    }

    private static String count(Integer value) {
        return value == null ? "—" : FrenchFormat.integer(value);
    }

    static ReportSection activities(ReportModel model) {
        List<ReportBlock> blocks = new ArrayList<>();
        KeyFigures figures = model.keyFigures();
        if (!model.hasSource("ACTIVITIES") || figures == null) {
            blocks.add(missing(model, "journal des actions", "activites.xlsx"));
            return new ReportSection(ACTIVITIES, blocks);
        }
        blocks.add(new ReportBlock.Text("En " + model.year() + ", l'association a mené "
                + StyledText.bold(FrenchFormat.integer(figures.actions()) + " actions") + ", qui ont réuni "
                + StyledText.bold(FrenchFormat.integer(figures.participants()) + " participants") + "."));
        KeyFigures.Breakdown breakdown = figures.breakdown();
        if (breakdown != null && !breakdown.actionsByCategory().isEmpty()) {
            Map<String, Integer> categories = breakdown.actionsByCategory();
            List<ReportRow> rows = new ArrayList<>();
            categories.forEach((category, actions) -> rows.add(new ReportRow(CountTables.capitalized(category),
                    List.of(FrenchFormat.integer(actions),
                            FrenchFormat.integer(breakdown.participantsByCategory().getOrDefault(category, 0))),
                    RowStyle.LINE)));
            rows.add(new ReportRow("Total", List.of(FrenchFormat.integer(figures.actions()),
                    FrenchFormat.integer(figures.participants())), RowStyle.TOTAL));
            blocks.add(new ReportBlock.Table(new ReportTable("Actions et participants par catégorie",
                    List.of("Catégorie", "Actions", "Participants"), rows)));
            blocks.add(new ReportBlock.Chart(CountTables.bars("Actions par catégorie", "Actions", categories)));
        }
        if (breakdown != null && !breakdown.highlights().isEmpty()) {
            List<ReportRow> rows = breakdown.highlights().stream().map(highlight -> new ReportRow(
                    FrenchText.date(highlight.date()) + " — " + highlight.title()
                            + (highlight.place() == null || highlight.place().isBlank() ? "" : " (" + highlight.place() + ")"),
                    List.of(highlight.participants() == null || highlight.participants() == 0 ? "—"
                            : FrenchFormat.integer(highlight.participants())), RowStyle.LINE)).toList();
            blocks.add(new ReportBlock.Table(new ReportTable("Les faits marquants",
                    List.of("Action", "Participants"), rows)));
        }
        if (breakdown != null && !breakdown.actionsByMonth().isEmpty()) {
            blocks.add(new ReportBlock.Chart(monthly("Actions par mois", "Actions", breakdown.actionsByMonth(),
                    value -> FrenchFormat.integer(value.longValue()))));
        }
        return new ReportSection(ACTIVITIES, blocks);
    }

    static ReportSection volunteering(ReportModel model) {
        List<ReportBlock> blocks = new ArrayList<>();
        KeyFigures figures = model.keyFigures();
        if (!model.hasSource("VOLUNTEERING") || figures == null) {
            blocks.add(missing(model, "relevé des heures de bénévolat", "benevolat.xlsx"));
            return new ReportSection(VOLUNTEERING, blocks);
        }
        StringBuilder text = new StringBuilder(StyledText.bold(FrenchFormat.integer(figures.volunteers()) + " bénévoles")
                + " ont donné " + StyledText.bold(FrenchFormat.decimal(figures.volunteerHours(), 0) + " heures")
                + " à l'association");
        if (figures.breakdown() != null && figures.breakdown().volunteerFte() != null) {
            text.append(", soit ").append(FrenchFormat.decimal(figures.breakdown().volunteerFte(), 2))
                    .append(" équivalent temps plein (1\u00a0607 heures par an)");
        }
        text.append(". Leur temps est valorisé à ").append(StyledText.bold(FrenchFormat.amount(figures.volunteerValuation())))
                .append(" dans les contributions volontaires en nature.");
        blocks.add(new ReportBlock.Text(text.toString()));
        String basis = volunteeringBasis(model);
        if (basis != null) {
            blocks.add(new ReportBlock.Text("Base de la valorisation : " + StyledText.escape(basis) + "."));
        }
        KeyFigures.Breakdown breakdown = figures.breakdown();
        if (breakdown != null && !breakdown.hoursByActivity().isEmpty()) {
            List<ReportRow> rows = new ArrayList<>();
            List<Map.Entry<String, java.math.BigDecimal>> byHours = List.copyOf(breakdown.hoursByActivity().entrySet());
            byHours.stream().limit(ACTIVITIES_LISTED).forEach(entry -> rows.add(new ReportRow(
                    CountTables.capitalized(entry.getKey()), List.of(FrenchFormat.decimal(entry.getValue(), 1)),
                    RowStyle.LINE)));
            if (byHours.size() > ACTIVITIES_LISTED) {
                // The board reads the main missions; the treasurer's files keep the full list.
                java.math.BigDecimal others = byHours.subList(ACTIVITIES_LISTED, byHours.size()).stream()
                        .map(Map.Entry::getValue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                rows.add(new ReportRow("Autres activités (" + (byHours.size() - ACTIVITIES_LISTED) + ")",
                        List.of(FrenchFormat.decimal(others, 1)), RowStyle.LINE));
            }
            rows.add(new ReportRow("Total", List.of(FrenchFormat.decimal(figures.volunteerHours(), 1)), RowStyle.TOTAL));
            blocks.add(new ReportBlock.Table(new ReportTable("Heures de bénévolat par activité",
                    List.of("Activité", "Heures"), rows)));
        }
        if (breakdown != null && !breakdown.hoursByMonth().isEmpty()) {
            blocks.add(new ReportBlock.Chart(monthly("Heures de bénévolat par mois", "Heures",
                    breakdown.hoursByMonth(), value -> FrenchFormat.decimal(new java.math.BigDecimal(value.toString()), 0))));
        }
        return new ReportSection(VOLUNTEERING, blocks);
    }

    /** Vertical bars, one per month of the fiscal year ("2023-03" printed "mars"), each labelled with its value. */
    private static ChartSpec monthly(String title, String series, Map<String, ? extends Number> byMonth,
                                     java.util.function.Function<Number, String> label) {
        List<ChartSpec.Point> points = new ArrayList<>();
        byMonth.forEach((month, value) -> points.add(new ChartSpec.Point(series,
                FrenchText.shortMonth(java.time.YearMonth.parse(month).getMonthValue())
                        + (byMonth.size() > 12 ? " " + month.substring(2, 4) : ""),
                value, value.doubleValue() == 0 ? null : label.apply(value))));
        return new ChartSpec(ChartSpec.Kind.BAR, title, points, null);
    }

    /** What the volunteering valuation rests on: the basis of the in-kind line of the bénévolat. */
    private static String volunteeringBasis(ReportModel model) {
        if (model.statements() == null) {
            return null;
        }
        for (List<StatementLine> lines : List.of(model.statements().incomeStatement().inKindIncome(),
                model.statements().incomeStatement().inKindExpenses())) {
            for (StatementLine line : lines) {
                if ((line.code().equals("CVN_BENEVOLAT") || line.code().equals("CVN_PERSONNEL_BENEVOLE"))
                        && line.basis() != null && !line.basis().isBlank()) {
                    return line.basis();
                }
            }
        }
        return null;
    }

    static ReportBlock missing(ReportModel model, String what, String example) {
        return new ReportBlock.Notice("Aucun " + what + " n'a été lu pour " + model.year() + " : cette partie "
                + "reste vide. Déposez le fichier dans input/" + model.year() + "/ (par exemple " + example
                + ", reconnu par ses en-têtes de colonnes, voir input/README.md).");
    }
}
