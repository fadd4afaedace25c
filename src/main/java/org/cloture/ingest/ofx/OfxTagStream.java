package org.cloture.ingest.ofx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of an OFX document in order, each with the line it starts on. One reading serves both versions:
 * OFX 1.x is SGML whose leaf elements are never closed ({@code <TRNAMT>-12.50} then the next tag), OFX 2.x is
 * XML whose leaf elements are ({@code <TRNAMT>-12.50</TRNAMT>}); in both, a leaf is a start tag followed by text
 * and an aggregate a start tag followed by another tag. The headers before {@code <OFX>} (« OFXHEADER:100 »
 * lines, or the {@code <?xml ?>} and {@code <?OFX ?>} instructions) hold no tag and are skipped, and so are
 * comments.
 *
 * <p>Why not a library: ofx4j, the Java OFX library, binds a whole document to objects and fails it whole on one
 * malformed transaction, and keeps no line numbers; a statement must instead load its good transactions, and
 * report the bad ones at their line. The tag stream of a statement is simple enough to read directly.
 */
final class OfxTagStream {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9._]*)[^<>]*>|<!--.*?-->",
            Pattern.DOTALL);

    /** Receives the tags as they come. */
    interface Handler {

        /** A start tag followed by another tag: an aggregate (STMTTRN, LEDGERBAL…) opens. */
        void open(String name, int line);

        /** An end tag; for a leaf of OFX 2.x, after its {@link #element}. */
        void close(String name, int line);

        /** A start tag followed by text: a leaf element and its value, entities decoded, trimmed. */
        void element(String name, String value, int line);
    }

    private OfxTagStream() {
    }

    static void read(String document, Handler handler) {
        Matcher tag = TAG.matcher(document);
        int line = 1;
        int counted = 0;
        while (tag.find()) {
            line += newlines(document, counted, tag.start());
            counted = tag.start();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String name = tag.group(2).toUpperCase(java.util.Locale.ROOT);
            if (!tag.group(1).isEmpty()) {
                handler.close(name, line);
                continue;
            }
            int next = document.indexOf('<', tag.end());
            String text = document.substring(tag.end(), next < 0 ? document.length() : next).strip();
            if (text.isEmpty()) {
                handler.open(name, line);
            } else {
                handler.element(name, decode(text), line);
            }
        }
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The five XML entities and numeric references; SGML files use the first three. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 10) {
                String entity = text.substring(i + 1, semicolon);
                String replacement = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> numeric(entity);
                };
                if (replacement != null) {
                    decoded.append(replacement);
                    i = semicolon + 1;
                    continue;
                }
            }
            decoded.append(c);
            i++;
        }
        return decoded.toString();
    }

    private static String numeric(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            // not a character reference: kept as written
        }
        return null;
    }
}
