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
    /** The coming year's programme of activities: in the coming year's folder. */
    public static final String PROGRAMME_MARKDOWN = org.cloture.ingest.YearFolders.PROGRAMME_MARKDOWN;
    public static final String PROGRAMME_WORD = org.cloture.ingest.YearFolders.PROGRAMME_WORD;

    private NarrativeReader() {
    }

    public static Narrative read(Path inputRoot, int year) {
        return read(inputRoot, year, MARKDOWN, WORD);
    }

    /** The texts of the programme of activities of {@code year} (programme.md, else programme.docx). */
    public static Narrative readProgramme(Path inputRoot, int year) {
        return read(inputRoot, year, PROGRAMME_MARKDOWN, PROGRAMME_WORD);
    }

    private static Narrative read(Path inputRoot, int year, String markdownName, String wordName) {
        Path folder = inputRoot.resolve(Integer.toString(year));
        Path markdown = folder.resolve(markdownName);
        Path word = folder.resolve(wordName);
        if (Files.isRegularFile(markdown, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {  // never through a link
            String source = year + "/" + markdownName;
            try {
                // Decoding replaces malformed bytes rather than failing: a stray Windows-1252 accent costs one character.
                return MarkdownNarrative.parse(source, new String(Files.readAllBytes(markdown), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return Narrative.unreadable(source, "le fichier n'a pas pu être lu (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (Files.isRegularFile(word, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String source = year + "/" + wordName;
            try (InputStream in = Files.newInputStream(word)) {
                return DocxNarrative.parse(source, in);
            } catch (IOException | RuntimeException e) {
                return Narrative.unreadable(source, "le fichier n'est pas un document Word (.docx) lisible");
            }
        }
        return Narrative.NONE;
    }
}
