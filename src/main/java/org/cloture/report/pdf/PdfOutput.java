package org.cloture.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the exporter's PDF reproducible: identical inputs give identical bytes.
 *
 * <p>OpenPDF (behind JasperReports' PDF exporter) writes three varying things: the creation date
 * (now), the file identifier {@code /ID} (time based) and a random six-letter tag in front of each
 * embedded font subset ({@code ABCDEF+DejaVuSans}). None of them is reachable through the exporter
 * configuration, so they are rewritten here, each with a replacement of exactly the same length:
 * the cross-reference table holds byte offsets and stays valid.
 *
 * <p>The bytes are handled as ISO-8859-1 text, which maps every byte to one char and back unchanged,
 * so binary streams pass through untouched.
 */
final class PdfOutput {

    private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate\\((D:[0-9]{14}[^)]*)\\)");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>\\]");
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)/([A-Z]{6})\\+");
    private static final DateTimeFormatter PDF_DATE =
            DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private PdfOutput() {
    }

    static byte[] normalize(byte[] pdf, Instant creationDate) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = replaceCreationDate(text, creationDate);
        text = replaceSubsetTags(text);
        text = replaceFileId(text);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replaceCreationDate(String text, Instant creationDate) {
        Matcher m = CREATION_DATE.matcher(text);
        if (!m.find()) {
            return text;
        }
        String original = m.group(1);
        String fixed = PDF_DATE.format(creationDate);
        // Keep the original length: "...Z" for UTC, "+00'00'" when OpenPDF wrote an offset.
        String suffix = switch (original.length() - fixed.length()) {
            case 1 -> "Z";
            case 7 -> "+00'00'";
            default -> null;
        };
        if (suffix == null) {
            return text;
        }
        return text.substring(0, m.start(1)) + fixed + suffix + text.substring(m.end(1));
    }

    /** Replaces each random subset tag with one derived from its order of appearance. */
    private static String replaceSubsetTags(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = SUBSET_TAG.matcher(text);
        while (m.find()) {
            tags.computeIfAbsent(m.group(1), random -> deterministicTag(tags.size()));
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            text = text.replace(tag.getKey() + "+", tag.getValue() + "+");
        }
        return text;
    }

    private static String deterministicTag(int index) {
        char[] tag = "CLOTAA".toCharArray();
        tag[4] = (char) ('A' + (index / 26) % 26);
        tag[5] = (char) ('A' + index % 26);
        return new String(tag);
    }

    /** Sets /ID to a digest of the document with its /ID blanked, so it still identifies the content. */
    private static String replaceFileId(String text) {
        Matcher m = FILE_ID.matcher(text);
        if (!m.find()) {
            return text;
        }
        String zero = "0".repeat(32);
        String blanked = text.substring(0, m.start(1)) + zero + text.substring(m.end(1), m.start(2)) + zero
                + text.substring(m.end(2));
        String id = md5Hex(blanked.getBytes(StandardCharsets.ISO_8859_1));
        return text.substring(0, m.start(1)) + id + text.substring(m.end(1), m.start(2)) + id
                + text.substring(m.end(2));
    }

    private static String md5Hex(byte[] bytes) {
        try {
            // MD5 is what the PDF specification suggests for file identifiers; not a security use.
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
