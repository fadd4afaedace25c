package org.cloture.report.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the narrative of a year: {@code <year>/rapport.md}, else {@code <year>/rapport.docx}. A missing
 * file is no error (the report then says which file to add); an unreadable one gives a narrative that
 * says why, printed in its place: the rest of the report is still produced.
 */
public final class NarrativeReader {

    public static final String MARKDOWN = "rapport.md";
    public static final String WORD = "rapport.docx";

    private NarrativeReader() {
    }

    public static Narrative read(Path inputRoot, int year) {
        Path folder = inputRoot.resolve(Integer.toString(year));
        Path markdown = folder.resolve(MARKDOWN);
        Path word = folder.resolve(WORD);
        if (Files.isRegularFile(markdown, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {  // never through a link
            String source = year + "/" + MARKDOWN;
            try {
                // Decoding replaces malformed bytes rather than failing: a stray Windows-1252 accent costs one character.
                return MarkdownNarrative.parse(source, new String(Files.readAllBytes(markdown), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return Narrative.unreadable(source, "le fichier n'a pas pu être lu (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (Files.isRegularFile(word, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String source = year + "/" + WORD;
            try (InputStream in = Files.newInputStream(word)) {
                return DocxNarrative.parse(source, in);
            } catch (IOException | RuntimeException e) {
                return Narrative.unreadable(source, "le fichier n'est pas un document Word (.docx) lisible");
            }
        }
        return Narrative.NONE;
    }
}
