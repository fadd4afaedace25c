package org.cloture.report.narrative;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads {@code rapport.md} with commonmark-java: headings, paragraphs, bulleted and numbered lists (nested),
 * bold, italic and links. Anything else (HTML, images, code blocks, tables) is kept as its plain text.
 */
public final class MarkdownNarrative {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownNarrative() {
    }

    public static Narrative parse(String source, String markdown) {
        Collector collector = new Collector();
        PARSER.parse(markdown).accept(collector);
        return new Narrative(source, collector.blocks);
    }

    private static final class Collector extends AbstractVisitor {

        private final List<Narrative.Block> blocks = new ArrayList<>();
        private int listDepth = -1;
        private final List<Integer> counters = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            blocks.add(new Narrative.Heading(heading.getLevel(), plainText(spans(heading))));
        }

        @Override
        public void visit(Paragraph paragraph) {
            List<Narrative.Span> spans = spans(paragraph);
            if (paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph) {
                blocks.add(new Narrative.ListItem(listDepth, marker(), spans));
            } else if (!spans.isEmpty()) {
                blocks.add(new Narrative.Paragraph(spans));
            }
        }

        @Override
        public void visit(BulletList list) {
            nested(list, null);
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            nested(list, start == null ? 1 : start);
        }

        private void nested(Node list, Integer start) {
            listDepth++;
            counters.add(start == null ? null : start - 1);
            visitChildren(list);
            counters.remove(counters.size() - 1);
            listDepth--;
        }

        @Override
        public void visit(ListItem item) {
            Integer counter = counters.get(counters.size() - 1);
            if (counter != null) {
                counters.set(counters.size() - 1, counter + 1);
            }
            if (!(item.getFirstChild() instanceof Paragraph)) {
                // An item that starts with a nested list still gets its bullet.
                blocks.add(new Narrative.ListItem(listDepth, marker(), List.of()));
            }
            visitChildren(item);
        }

        private String marker() {
            Integer counter = counters.get(counters.size() - 1);
            return counter == null ? "•" : counter + ".";
        }

        private static List<Narrative.Span> spans(Node parent) {
            List<Narrative.Span> spans = new ArrayList<>();
            collect(parent, false, false, null, spans);
            return merge(spans);
        }

        private static void collect(Node node, boolean bold, boolean italic, String link, List<Narrative.Span> out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    out.add(new Narrative.Span(text.getLiteral(), bold, italic, link));
                } else if (child instanceof Code code) {
                    out.add(new Narrative.Span(code.getLiteral(), bold, italic, link));
                } else if (child instanceof SoftLineBreak) {
                    out.add(new Narrative.Span(" ", bold, italic, link));
                } else if (child instanceof HardLineBreak) {
                    out.add(new Narrative.Span("\n", bold, italic, link));
                } else if (child instanceof StrongEmphasis) {
                    collect(child, true, italic, link, out);
                } else if (child instanceof Emphasis) {
                    collect(child, bold, true, link, out);
                } else if (child instanceof Link target) {
                    collect(child, bold, italic, target.getDestination(), out);
                } else {
                    collect(child, bold, italic, link, out);
                }
            }
        }
    }

    /** Joins neighbouring spans of the same style, so the PDF markup stays short. */
    static List<Narrative.Span> merge(List<Narrative.Span> spans) {
        List<Narrative.Span> merged = new ArrayList<>();
        for (Narrative.Span span : spans) {
            if (!merged.isEmpty()) {
                Narrative.Span last = merged.get(merged.size() - 1);
                if (last.bold() == span.bold() && last.italic() == span.italic()
                        && java.util.Objects.equals(last.link(), span.link())) {
                    merged.set(merged.size() - 1, new Narrative.Span(last.text() + span.text(), last.bold(),
                            last.italic(), last.link()));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    static String plainText(List<Narrative.Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString().strip();
    }
}
