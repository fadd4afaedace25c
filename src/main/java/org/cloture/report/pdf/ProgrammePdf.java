package org.cloture.report.pdf;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloture.figures.BoardOfficer;
import org.cloture.figures.IncomeShare;
import org.cloture.ingest.cells.Texts;
import org.cloture.money.FrenchFormat;
import org.cloture.programme.ComingYear;
import org.cloture.programme.PlannedAction;
import org.cloture.report.Publication;

/**
 * The programme of activities of the coming year, laid out like a published programme (see the seeds): the word
 * from the president, the association (board, partners, member structures counted), one part per axis with its
 * text and its planned actions, the budget prévisionnel beside the last accounts, and an annexe listing the member
 * structures by name (legal persons only). Rendered by the same templates as the board report, PDF/A-2b.
 */
public final class ProgrammePdf {

    static final String ASSOCIATION = "L'association";
    static final String BUDGET = "Budget prévisionnel";
    static final String ANNEX = "Annexe : les structures adhérentes";

    /**
     * What the programme needs.
     *
     * @param closedYear  the last closed year (its board, partners and accounts)
     * @param provisional blocking findings remain in the closed year's checks
     * @param publication the logo and the AG date
     */
    public record Input(String associationName, int closedYear, ComingYear comingYear, boolean provisional,
                        Publication publication) {
    }

    public byte[] render(Input input) {
        PdfReportRenderer renderer = new PdfReportRenderer(
                input.comingYear().start().atStartOfDay().toInstant(ZoneOffset.UTC));
        return renderer.render(presentation(input));
    }

    static PdfReport presentation(Input input) {
        ComingYear coming = input.comingYear();
        List<ReportSection> texts = NarrativeSections.of(coming.text(), "Le texte du programme",
                "Aucun texte n'a été fourni : déposez le mot du président·e et une partie « ## » par axe dans input/"
                        + coming.year() + "/programme.md (Markdown) ou programme.docx (Word).");
        Map<String, ComingYear.Axis> axes = new LinkedHashMap<>();
        coming.axes().forEach(axis -> axes.put(Texts.key(axis.name()), axis));
        List<ReportSection> sections = new ArrayList<>();
        boolean associationPlaced = false;
        for (ReportSection text : texts) {
            Optional<ComingYear.Axis> axis = matching(text.title(), axes);
            if (axis.isPresent() && !associationPlaced) {
                sections.add(association(input));
                associationPlaced = true;
            }
            if (axis.isPresent()) {
                axes.remove(Texts.key(axis.get().name()));
                List<ReportBlock> blocks = new ArrayList<>(text.blocks());
                actions(axis.get(), blocks);
                sections.add(new ReportSection(text.title(), blocks));
            } else {
                sections.add(text);
            }
        }
        if (!associationPlaced) {
            sections.add(association(input));
        }
        for (ComingYear.Axis axis : axes.values()) {
            List<ReportBlock> blocks = new ArrayList<>();
            actions(axis, blocks);
            sections.add(new ReportSection(Redaction.text(axis.name()), blocks));
        }
        sections.add(budget(input));
        if (!coming.memberStructures().isEmpty()) {
            List<ReportBlock> blocks = new ArrayList<>();
            blocks.add(new ReportBlock.Text("Les " + FrenchFormat.integer(coming.memberStructures().size())
                    + " structures adhérentes au " + FrenchText.date(input.comingYear().start().minusDays(1)) + " :"));
            coming.memberStructures().forEach(name -> blocks.add(new ReportBlock.Item("•", StyledText.escape(name), 0)));
            sections.add(new ReportSection(ANNEX, blocks));
        }
        return new PdfReport(input.associationName(), coming.year(), subtitle(input), input.provisional(),
                cover(input.publication()), sections, "Programme d'activités",
                "Programme d'activités et budget prévisionnel " + coming.year());
    }

    /** A text part is an axis's when their names agree, or one contains the other (« Axe 1 : Numériser… »). */
    private static Optional<ComingYear.Axis> matching(String title, Map<String, ComingYear.Axis> axes) {
        String key = Texts.key(title);
        if (key.length() < 4) {
            return Optional.empty();
        }
        ComingYear.Axis exact = axes.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return axes.entrySet().stream().filter(entry -> entry.getKey().length() >= 4
                && (key.contains(entry.getKey()) || entry.getKey().contains(key))).map(Map.Entry::getValue).findFirst();
    }

    private static void actions(ComingYear.Axis axis, List<ReportBlock> blocks) {
        blocks.add(new ReportBlock.Heading("Actions prévues"));
        for (PlannedAction action : axis.actions()) {
            blocks.add(new ReportBlock.Item("•", item(action), 0));
        }
    }

    /** « Refonte du portail — mars 2026, Roubaix — avec la DRAC — objectif : 11 campagnes de numérisation ». */
    static String item(PlannedAction action) {
        StringBuilder text = new StringBuilder(StyledText.bold(Redaction.text(action.action())));
        text.append(" — ").append(StyledText.escape(action.period() != null ? action.period().label()
                : action.rawDate() != null ? Redaction.text(action.rawDate()) : "date à préciser"));
        if (action.place() != null) {
            text.append(", ").append(StyledText.escape(Redaction.text(action.place())));
        }
        if (action.partners() != null) {
            text.append(" — avec ").append(StyledText.escape(Redaction.text(action.partners())));
        }
        if (action.target() != null) {
            text.append(" — objectif : ").append(StyledText.bold(FrenchFormat.decimal(action.target(),
                    Math.max(0, action.target().scale())) + (action.unit() == null ? "" : " " + Redaction.text(action.unit()))));
        }
        if (action.description() != null) {
            text.append(". ").append(StyledText.escape(Redaction.text(action.description())));
        }
        return text.toString();
    }

    /** The board (officers only, the natural persons a programme names), the partners, the members counted. */
    private static ReportSection association(Input input) {
        ComingYear coming = input.comingYear();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Text("Le programme " + coming.year() + " compte "
                + StyledText.bold(FrenchFormat.integer(coming.plannedActions()) + " actions prévues") + " en "
                + StyledText.bold(FrenchFormat.integer(coming.axes().size()) + (coming.axes().size() > 1 ? " axes" : " axe"))
                + "."));
        if (!coming.board().isEmpty()) {
            blocks.add(new ReportBlock.Heading("Les membres du bureau et du conseil d'administration"));
            for (BoardOfficer officer : coming.board()) {
                blocks.add(new ReportBlock.Item("•", StyledText.escape(officer.name()) + " — "
                        + StyledText.escape(officer.role().frenchLabel()), 0));
            }
        }
        if (!coming.partners().isEmpty()) {
            blocks.add(new ReportBlock.Heading("Les partenaires"));
            blocks.add(new ReportBlock.Text("Ont soutenu l'association en " + input.closedYear() + " :"));
            for (IncomeShare partner : coming.partners()) {
                blocks.add(new ReportBlock.Item("•", StyledText.escape(partner.label()), 0));
            }
        }
        if (!coming.memberStructures().isEmpty()) {
            blocks.add(new ReportBlock.Heading("Le réseau"));
            blocks.add(new ReportBlock.Text(StyledText.bold(FrenchFormat.integer(coming.memberStructures().size())
                    + " structures adhérentes") + " (liste en annexe)."));
        }
        return new ReportSection(ASSOCIATION, blocks);
    }

    private static ReportSection budget(Input input) {
        ComingYear coming = input.comingYear();
        List<ReportBlock> blocks = new ArrayList<>();
        if (coming.outlook() == null) {
            blocks.add(new ReportBlock.Notice("Aucun budget " + coming.year() + " n'a été fourni : déposez un tableau "
                    + "« budget » (colonnes Poste ou Compte, et Budget " + coming.year() + ") dans input/"
                    + coming.year() + "/ ou input/" + input.closedYear() + "/."));
            return new ReportSection(BUDGET + " " + coming.year(), blocks);
        }
        blocks.add(new ReportBlock.Text("Le budget " + coming.year() + " soumis à l'assemblée générale, poste par poste "
                + "du compte de résultat, en regard des comptes de l'exercice " + input.closedYear() + "."));
        blocks.add(new ReportBlock.Table(BudgetTables.table(coming.outlook())));
        return new ReportSection(BUDGET + " " + coming.year(), blocks);
    }

    private static String subtitle(Input input) {
        ComingYear coming = input.comingYear();
        return "Du " + FrenchText.date(coming.start()) + " au " + FrenchText.date(coming.end());
    }

    private static PdfReport.Cover cover(Publication publication) {
        String assembly = publication.generalAssembly() == null ? null
                : "Assemblée générale du " + FrenchText.date(publication.generalAssembly());
        return new PdfReport.Cover(publication.logo(), assembly);
    }
}
