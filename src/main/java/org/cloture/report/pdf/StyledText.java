package org.cloture.report.pdf;

import java.util.List;
import org.cloture.report.narrative.Narrative;

/**
 * Turns text into JasperReports "styled" markup: XML-escaped, bold and italic as {@code <style>} runs. A link
 * prints its text underlined, followed by its address when the text does not already show it: the PDF
 * carries no link annotation, so a printed copy keeps the address.
 */
public final class StyledText {

    private StyledText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String text) {
        return "<style isBold=\"true\">" + escape(text) + "</style>";
    }

    public static String of(List<Narrative.Span> spans) {
        StringBuilder markup = new StringBuilder();
        for (Narrative.Span span : spans) {
            String text = escape(span.text());
            if (span.link() != null) {
                text = "<style isUnderline=\"true\">" + text + "</style>";
                if (!span.text().strip().equals(span.link().strip())
                        && !span.text().strip().equals(span.link().replaceFirst("^mailto:", "").strip())) {
                    text += " (" + escape(span.link()) + ")";
                }
            }
            if (span.bold() || span.italic()) {
                text = "<style" + (span.bold() ? " isBold=\"true\"" : "") + (span.italic() ? " isItalic=\"true\"" : "")
                        + ">" + text + "</style>";
            }
            markup.append(text);
        }
        return markup.toString();
    }
}
