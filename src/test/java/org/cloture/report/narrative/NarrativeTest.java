package org.cloture.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeTest {

    @Test
    void markdownGivesHeadingsParagraphsNestedListsBoldItalicAndLinks() {
        Narrative narrative = MarkdownNarrative.parse("2023/rapport.md", """
                # Rapport d'activité 2023

                ## Le mot de la présidente

                Une année **riche** et *dense*, voir [notre site](https://example.org).

                - premier point
                  1. sous-point
                - second point
                """);
        assertThat(narrative.blocks()).containsExactly(
                new Narrative.Heading(1, "Rapport d'activité 2023"),
                new Narrative.Heading(2, "Le mot de la présidente"),
                new Narrative.Paragraph(List.of(Narrative.Span.plain("Une année "),
                        new Narrative.Span("riche", true, false, null), Narrative.Span.plain(" et "),
                        new Narrative.Span("dense", false, true, null), Narrative.Span.plain(", voir "),
                        new Narrative.Span("notre site", false, false, "https://example.org"), Narrative.Span.plain("."))),
                new Narrative.ListItem(0, "•", List.of(Narrative.Span.plain("premier point"))),
                new Narrative.ListItem(1, "1.", List.of(Narrative.Span.plain("sous-point"))),
                new Narrative.ListItem(0, "•", List.of(Narrative.Span.plain("second point"))));
    }

    @Test
    void wordDocumentGivesHeadingsAndStyledRuns() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading2");
            heading.createRun().setText("Le mot du président");
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("Une année ");
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText("riche");
            document.write(bytes);
        }
        Narrative narrative = DocxNarrative.parse("2023/rapport.docx", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(narrative.blocks()).containsExactly(new Narrative.Heading(2, "Le mot du président"),
                new Narrative.Paragraph(List.of(Narrative.Span.plain("Une année "),
                        new Narrative.Span("riche", true, false, null))));
    }

    @Test
    void anUnreadableWordFileIsReportedNotThrown(@TempDir Path input) throws Exception {
        Files.createDirectories(input.resolve("2023"));
        Files.writeString(input.resolve("2023/rapport.docx"), "pas un document Word", StandardCharsets.UTF_8);
        Narrative narrative = NarrativeReader.read(input, 2023);
        assertThat(narrative.problem()).contains("docx");
        assertThat(narrative.source()).isEqualTo("2023/rapport.docx");
        assertThat(NarrativeReader.read(input, 2022)).isEqualTo(Narrative.NONE);
    }
}
