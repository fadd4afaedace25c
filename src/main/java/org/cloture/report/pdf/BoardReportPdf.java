package org.cloture.report.pdf;

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
        PdfReportRenderer renderer = new PdfReportRenderer(
                model.fiscalYearEnd().atStartOfDay().toInstant(ZoneOffset.UTC));
        return renderer.render(presentation(model));
    }

    static PdfReport presentation(ReportModel model) {
        List<ReportSection> sections = new ArrayList<>();
        sections.addAll(NarrativeSections.of(model));
        sections.add(KeyFigureSection.of(model));
        sections.add(AssociationSections.associativeLife(model));
        sections.add(AssociationSections.activities(model));
        sections.add(AssociationSections.volunteering(model));
        NetworkSection.of(model).ifPresent(sections::add);
        sections.add(FinancialSection.of(model));
        PerspectivesSection.addTo(sections, model);
        sections.add(ControlsSection.of(model));
        return new PdfReport(model.associationName(), model.year(), subtitle(model), model.provisional(),
                cover(model.publication()), sections);
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
