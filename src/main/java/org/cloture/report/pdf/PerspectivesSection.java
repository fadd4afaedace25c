package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloture.money.FrenchFormat;
import org.cloture.programme.ComingYear;
import org.cloture.report.ReportModel;
import org.cloture.statements.budget.BudgetComparison;

/**
 * « Perspectives N+1 »: a short look at the coming year when its programme is there — its axes and the number of
 * planned actions, and the budget's totals when one is given. The programme itself is a document of its own.
 */
final class PerspectivesSection {

    private PerspectivesSection() {
    }

    /**
     * Adds the section after the others; when the team's texts already have a « Perspectives N+1 » part, the
     * programme's summary completes that part instead of repeating its title.
     */
    static void addTo(List<ReportSection> sections, ReportModel model) {
        Optional<ReportSection> perspectives = of(model);
        if (perspectives.isEmpty()) {
            return;
        }
        String key = org.cloture.ingest.cells.Texts.key(perspectives.get().title());
        for (int index = 0; index < sections.size(); index++) {
            ReportSection section = sections.get(index);
            if (org.cloture.ingest.cells.Texts.key(section.title()).equals(key)) {
                List<ReportBlock> blocks = new ArrayList<>(section.blocks());
                blocks.add(new ReportBlock.Heading("Le programme d'activités " + model.comingYear().year()));
                blocks.addAll(perspectives.get().blocks());
                sections.set(index, new ReportSection(section.title(), blocks));
                return;
            }
        }
        sections.add(perspectives.get());
    }

    static Optional<ReportSection> of(ReportModel model) {
        ComingYear coming = model.comingYear();
        if (coming == null || !coming.hasProgramme()) {
            return Optional.empty();
        }
        List<ReportBlock> blocks = new ArrayList<>();
        int actions = coming.plannedActions();
        blocks.add(new ReportBlock.Text("Le programme d'activités " + coming.year() + " prévoit "
                + StyledText.bold(FrenchFormat.integer(actions) + (actions > 1 ? " actions" : " action"))
                + (coming.axes().isEmpty() ? "." : " autour de " + StyledText.bold(FrenchFormat.integer(coming.axes().size())
                + (coming.axes().size() > 1 ? " axes" : " axe")) + " :")));
        for (ComingYear.Axis axis : coming.axes()) {
            int count = axis.actions().size();
            blocks.add(new ReportBlock.Item("•", StyledText.bold(StyledText.escape(Redaction.text(axis.name())))
                    + " — " + FrenchFormat.integer(count) + (count > 1 ? " actions prévues" : " action prévue"), 0));
        }
        BudgetComparison outlook = coming.outlook();
        if (outlook != null) {
            blocks.add(new ReportBlock.Text("Le budget prévisionnel " + coming.year() + " s'élève à "
                    + StyledText.bold(FrenchFormat.amount(outlook.totals().expenses().budget()) + " de charges") + " et "
                    + StyledText.bold(FrenchFormat.amount(outlook.totals().income().budget()) + " de produits")
                    + ", contre " + FrenchFormat.amount(outlook.totals().expenses().actual()) + " et "
                    + FrenchFormat.amount(outlook.totals().income().actual()) + " réalisés en " + outlook.actualYear() + "."));
        }
        blocks.add(new ReportBlock.Text("Le détail figure dans le programme d'activités " + coming.year()
                + " (programme-activites-" + coming.year() + ".pdf)."));
        return Optional.of(new ReportSection("Perspectives " + coming.year(), blocks));
    }
}
