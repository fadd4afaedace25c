package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cloture.report.ReportModel;
import org.cloture.report.narrative.Narrative;

/**
 * The texts staff wrote, each second-level heading a section of its own (as "Le mot du président" in a printed
 * report); the first-level heading is the document's title, already on the cover. Text before the first
 * section opens the first one. Without a narrative file, one section says which file to add.
 */
final class NarrativeSections {

    static final String DEFAULT_TITLE = "Le mot du président·e";

    private NarrativeSections() {
    }

    static List<ReportSection> of(ReportModel model) {
        String folder = "input/" + model.year() + "/";
        return of(model.publication().narrative(), "Le texte du rapport",
                "Aucun texte n'a été fourni : déposez le mot du président·e et les textes de l'équipe dans "
                        + folder + "rapport.md (Markdown) ou " + folder + "rapport.docx (Word).");
    }

    /**
     * A narrative's sections, or one section whose notice says why there is none.
     *
     * @param what    « Le texte du rapport », for the notice of an unreadable file
     * @param missing the notice printed when there is no text
     */
    static List<ReportSection> of(Narrative narrative, String what, String missing) {
        if (narrative.problem() != null) {
            return List.of(new ReportSection(DEFAULT_TITLE, List.of(new ReportBlock.Notice(
                    what + " n'a pas pu être repris : " + narrative.source() + " — " + narrative.problem()
                            + "."))));
        }
        if (narrative.isEmpty()) {
            return List.of(new ReportSection(DEFAULT_TITLE, List.of(new ReportBlock.Notice(missing))));
        }
        List<ReportSection> sections = new ArrayList<>();
        String title = null;
        List<ReportBlock> blocks = new ArrayList<>();
        for (Narrative.Block block : narrative.blocks()) {
            if (block instanceof Narrative.Heading heading && heading.level() <= 2) {
                if (heading.level() == 1 && title == null && sections.isEmpty() && blocks.isEmpty()) {
                    continue; // the document title: the cover prints it
                }
                if (title != null) {
                    sections.add(new ReportSection(title, blocks));
                    blocks = new ArrayList<>();
                }
                // Text before the first heading (an introduction) opens the first section.
                title = Redaction.text(heading.text());
            } else {
                blocks.add(block(block));
            }
        }
        if (title != null || !blocks.isEmpty()) {
            sections.add(new ReportSection(title == null ? DEFAULT_TITLE : title, blocks));
        }
        return sections;
    }

    private static ReportBlock block(Narrative.Block block) {
        if (block instanceof Narrative.Heading heading) {
            return new ReportBlock.Heading(Redaction.text(heading.text()));
        }
        if (block instanceof Narrative.ListItem item) {
            return new ReportBlock.Item(item.marker(), markup(item.spans()), item.depth());
        }
        return new ReportBlock.Text(markup(((Narrative.Paragraph) block).spans()));
    }

    private static String markup(List<Narrative.Span> spans) {
        return StyledText.of(spans.stream().map(span -> new Narrative.Span(Redaction.text(span.text()), span.bold(),
                span.italic(), span.link() == null ? null : Redaction.text(span.link()))).toList());
    }
}
