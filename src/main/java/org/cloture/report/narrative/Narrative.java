package org.cloture.report.narrative;

import java.util.List;
import java.util.Objects;

/**
 * The texts staff write for the report ({@code rapport.md} or {@code rapport.docx}), as a flat list of
 * blocks: headings, paragraphs and list items made of styled spans. The PDF decides how they look.
 *
 * @param source  the file the texts came from (e.g. {@code 2023/rapport.md}); null when there is none
 * @param problem why the file could not be read (French, for the report), null when it was read
 */
public record Narrative(String source, List<Block> blocks, String problem) {

    /** No narrative file in the year folder. */
    public static final Narrative NONE = new Narrative(null, List.of(), null);

    public Narrative {
        blocks = List.copyOf(blocks);
    }

    public Narrative(String source, List<Block> blocks) {
        this(source, blocks, null);
    }

    /** A file that is there but could not be read: the report says so instead of its texts. */
    public static Narrative unreadable(String source, String problem) {
        return new Narrative(source, List.of(), problem);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** One block of text. */
    public sealed interface Block permits Heading, Paragraph, ListItem {
    }

    /** A heading; level 1 is the document title, 2 a section, 3 and below a sub-heading. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * An item of a bulleted or numbered list.
     *
     * @param depth  0 for a top-level item, 1 for an item of a nested list...
     * @param marker "•" or "1." for a numbered list
     */
    public record ListItem(int depth, String marker, List<Span> spans) implements Block {
        public ListItem {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A run of text with one style.
     *
     * @param link the target of a link, null when the span is not a link
     */
    public record Span(String text, boolean bold, boolean italic, String link) {
        public Span {
            Objects.requireNonNull(text, "text");
        }

        public static Span plain(String text) {
            return new Span(text, false, false, null);
        }
    }
}
