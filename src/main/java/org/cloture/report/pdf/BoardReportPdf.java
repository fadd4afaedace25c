package org.cloture.report.pdf;

import java.util.function.Supplier;
import org.cloture.source.CheckGuard;
import org.cloture.source.Findings;
import org.cloture.source.SourceLocation;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cloture.report.PdfRenderer;
import org.cloture.report.ReportModel;
import org.cloture.report.Publication;

/**
 * The board's activity report, in the order of a published report (see the seeds): cover, sommaire, the texts
 * staff wrote, the key figures, the life of the association, its activities, volunteering, the financial data
 * and the checks. This class only orders the sections; each section class turns the computed model into
 * printed blocks (French typography, empty lines left out). No natural person is named but in the texts staff
 * wrote (board officers), and no contact detail appears.
 */
public final class BoardReportPdf implements PdfRenderer {

    @Override
    public byte[] render(ReportModel model) {
        return renderGuarded(model).pdf();
    }

    /** Each section on its own: one that fails is a notice in the PDF and a CHECK_FAILED finding. */
    @Override
    public Rendered renderGuarded(ReportModel model) {
        Findings failures = new Findings();
        PdfReport report = presentation(model, new CheckGuard(failures, CheckGuard.FailureInjection.fromSystemProperty()));
        PdfReportRenderer renderer = new PdfReportRenderer(
                model.fiscalYearEnd().atStartOfDay().toInstant(ZoneOffset.UTC));
        return new Rendered(renderer.render(report), failures.asList());
    }

    static PdfReport presentation(ReportModel model) {
        return presentation(model, new CheckGuard(new Findings(), CheckGuard.FailureInjection.NONE));
    }

    private static PdfReport presentation(ReportModel model, CheckGuard guard) {
        List<ReportSection> sections = new ArrayList<>();
        sections.addAll(section(guard, model, "narrative", "Textes du rapport", () -> NarrativeSections.of(model)));
        sections.addAll(section(guard, model, "key-figures", KeyFigureSection.TITLE,
                () -> List.of(KeyFigureSection.of(model))));
        sections.addAll(section(guard, model, "associative-life", AssociationSections.ASSOCIATIVE_LIFE,
                () -> List.of(AssociationSections.associativeLife(model))));
        sections.addAll(section(guard, model, "activities", AssociationSections.ACTIVITIES,
                () -> List.of(AssociationSections.activities(model))));
        sections.addAll(section(guard, model, "volunteering", AssociationSections.VOLUNTEERING,
                () -> List.of(AssociationSections.volunteering(model))));
        sections.addAll(section(guard, model, "network", "Le réseau",
                () -> NetworkSection.of(model).map(List::of).orElse(List.of())));
        sections.addAll(section(guard, model, "financial", FinancialSection.TITLE,
                () -> List.of(FinancialSection.of(model))));
        sections.addAll(section(guard, model, "controls", ControlsSection.TITLE,
                () -> List.of(ControlsSection.of(model))));
        return new PdfReport(model.associationName(), model.year(), subtitle(model), model.provisional(),
                cover(model.publication()), sections);
    }

    /** A section, or in its place a notice saying it could not be produced. */
    private static List<ReportSection> section(CheckGuard guard, ReportModel model, String name, String title,
                                               Supplier<List<ReportSection>> build) {
        return guard.get("report", "pdf-" + name, "Rapport PDF, partie « " + title + " »",
                SourceLocation.ofFile("rapport-activite-" + model.year() + ".pdf"), build)
                .orElseGet(() -> List.of(new ReportSection(title, List.of(new ReportBlock.Notice(
                        "Cette partie n'a pas pu être produite à cause d'une erreur inattendue : voir la synthèse des "
                                + "contrôles (CHECK_FAILED).")))));
    }

    private static String subtitle(ReportModel model) {
        return "Exercice clos le " + FrenchText.date(model.fiscalYearEnd());
    }

    private static PdfReport.Cover cover(Publication publication) {
        String assembly = publication.generalAssembly() == null ? null
                : "Assemblée générale du " + FrenchText.date(publication.generalAssembly());
        return new PdfReport.Cover(publication.logo(), assembly);
    }
}
