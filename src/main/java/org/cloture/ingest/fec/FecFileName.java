package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard name {@code <SIREN>FEC<AAAAMMJJ>[_n].txt|.csv} (fec.md §2).
 *
 * @param closingDate last day of the fiscal year the file covers
 * @param part        the {@code _n} suffix of a split export, 0 when the file is not split
 */
public record FecFileName(String siren, LocalDate closingDate, int part) {

    private static final Pattern NAME = Pattern.compile("(\\d{9})FEC(\\d{8})(?:_(\\d{1,4}))?\\.(?:txt|csv)",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Enough for any header line, however many extra columns. */
    private static final int SNIFF_BYTES = 16 * 1024;

    public static Optional<FecFileName> parse(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? Optional.empty() : parse(fileName.toString());
    }

    public static Optional<FecFileName> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate closing = LocalDate.parse(matcher.group(2), DATE);
            int part = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            return Optional.of(new FecFileName(matcher.group(1), closing, part));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the first line is a FEC header (it names JournalCode and CompteNum), whatever the file
     * is called. False for unreadable files: the caller reports those when it reads them.
     */
    public static boolean looksLikeFec(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return false;
        }
        // Latin-1 maps every byte to one char, and the two names sought are ASCII in every encoding.
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        int end = text.indexOf('\n');
        FecHeader header = FecHeader.parse(end < 0 ? text : text.substring(0, end));
        return header.has(FecColumn.JOURNAL_CODE) && header.has(FecColumn.ACCOUNT_NUM);
    }
}
