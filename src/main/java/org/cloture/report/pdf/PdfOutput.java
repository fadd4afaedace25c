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
 * <p>OpenPDF (behind JasperReports' PDF exporter) writes four varying things: the creation date
 * (now) in the document information and in the XMP packet, the file identifier {@code /ID} (time based)
 * and a random six-letter tag in front of each embedded font subset ({@code ABCDEF+DejaVuSans}). It also
 * writes font CIDSets that PDF/A-2 rejects (see {@link #CID_SET}). None of them is reachable through the exporter
 * configuration, so they are rewritten here, each with a replacement of exactly the same length:
 * the cross-reference table holds byte offsets and stays valid.
 *
 * <p>The bytes are handled as ISO-8859-1 text, which maps every byte to one char and back unchanged,
 * so binary streams pass through untouched.
 */
final class PdfOutput {

    private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate\\((D:[0-9]{14}[^)]*)\\)");
    /** PDF/A's XMP packet repeats the creation date (and must agree with the document information). */
    private static final Pattern XMP_DATE = Pattern.compile("<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]+)</xmp:");
    private static final DateTimeFormatter XMP_DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    /**
     * OpenPDF writes a CIDSet listing only the glyphs of the subset it meant to write, which PDF/A-2 (6.2.11.4.2)
     * rejects when the font program holds more; the entry is optional, so it is blanked out.
     */
    private static final Pattern CID_SET = Pattern.compile("/CIDSet \\d+ \\d+ R");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>\\]");
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)/([A-Z]{6})\\+");
    private static final DateTimeFormatter PDF_DATE =
            DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private PdfOutput() {
    }

    static byte[] normalize(byte[] pdf, Instant creationDate) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        text = replaceCreationDate(text, creationDate);
        text = replaceXmpDates(text, creationDate);
        text = replaceSubsetTags(text);
        text = blankCidSets(text);
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

    private static String replaceXmpDates(String text, Instant creationDate) {
        Matcher m = XMP_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String original = m.group(1);
            String fixed = XMP_DATE_FORMAT.format(creationDate);
            // Same length as written: "Z" or "+00:00" after the seconds (the stream's /Length stays right).
            String suffix = original.length() - fixed.length() == 1 ? "Z"
                    : original.length() - fixed.length() == 6 ? "+00:00" : null;
            String replacement = suffix == null ? original : fixed + suffix;
            m.appendReplacement(out, Matcher.quoteReplacement(text.substring(m.start(), m.start(1)) + replacement
                    + text.substring(m.end(1), m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Blanks each /CIDSet reference with spaces of the same length: the dictionary stays valid, offsets too. */
    private static String blankCidSets(String text) {
        Matcher m = CID_SET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(out);
        return out.toString();
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
