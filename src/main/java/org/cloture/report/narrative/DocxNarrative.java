package org.cloture.report.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/**
 * Reads {@code rapport.docx} with POI: paragraphs styled as headings ("Heading 2", "Titre 2"...) become
 * headings, numbered or bulleted paragraphs list items, runs keep their bold, italic and links. Tables
 * and images are left out.
 */
public final class DocxNarrative {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|titre)\\s*([1-6])");

    private DocxNarrative() {
    }

    public static Narrative parse(String source, InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            List<Narrative.Block> blocks = new ArrayList<>();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (!(element instanceof XWPFParagraph paragraph)) {
                    continue;
                }
                List<Narrative.Span> spans = spans(document, paragraph);
                String text = MarkdownNarrative.plainText(spans);
                if (text.isEmpty()) {
                    continue;
                }
                int level = headingLevel(document, paragraph);
                if (level > 0) {
                    blocks.add(new Narrative.Heading(level, text));
                } else if (paragraph.getNumID() != null) {
                    int depth = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
                    String format = paragraph.getNumFmt();
                    String marker = "•";
                    if (format != null && !format.equals("bullet")) {
                        String key = paragraph.getNumID() + "/" + depth;
                        marker = counters.merge(key, 1, Integer::sum) + ".";
                    }
                    blocks.add(new Narrative.ListItem(depth, marker, spans));
                } else {
                    blocks.add(new Narrative.Paragraph(spans));
                }
            }
            return new Narrative(source, blocks);
        }
    }

    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        for (String name : new String[] {styleId, style == null ? null : style.getName()}) {
            if (name == null) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("title") || lower.equals("titre")) {
                return 1;
            }
            Matcher matcher = HEADING_STYLE.matcher(lower);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        return 0;
    }

    private static List<Narrative.Span> spans(XWPFDocument document, XWPFParagraph paragraph) {
        List<Narrative.Span> spans = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            String link = null;
            if (run instanceof XWPFHyperlinkRun hyperlinkRun) {
                XWPFHyperlink hyperlink = hyperlinkRun.getHyperlink(document);
                link = hyperlink == null ? null : hyperlink.getURL();
            }
            spans.add(new Narrative.Span(text, run.isBold(), run.isItalic(), link));
        }
        return MarkdownNarrative.merge(spans);
    }
}
