package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloture.figures.KeyFigures;
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
        if (figures.breakdown() != null && !figures.breakdown().actionsByCategory().isEmpty()) {
            Map<String, Integer> categories = figures.breakdown().actionsByCategory();
            blocks.add(new ReportBlock.Table(CountTables.table("Actions par catégorie", "Catégorie", "Actions",
                    categories)));
            blocks.add(new ReportBlock.Chart(CountTables.bars("Actions par catégorie", "Actions", categories)));
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
        return new ReportSection(VOLUNTEERING, blocks);
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
