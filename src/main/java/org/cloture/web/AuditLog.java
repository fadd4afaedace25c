package org.cloture.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who did what on the web page, one line per event in {@code <data>/audit.log} (tab-separated: instant,
 * user, action, year, detail): uploads, runs, downloads and refused logins. Appended, never rewritten; the
 * year page reads it back for who dropped each file and when.
 */
public final class AuditLog {

    /** What is recorded. */
    public enum Action { DEPOT, DEPOT_REFUSE, CONTROLE, CLOTURE, CLOTURE_REFUSEE, TELECHARGEMENT, CONNEXION_REFUSEE, CONNEXION }

    public record Entry(Instant at, String user, Action action, Integer year, String detail) {
    }

    private final Path file;
    private final Clock clock;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public synchronized void record(String user, Action action, Integer year, String detail) {
        String line = String.join("\t", Instant.now(clock).toString(), inert(user), action.name(),
                year == null ? "" : year.toString(), inert(detail)) + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Journal d'audit impossible à écrire : " + file, e);
        }
    }

    /** Every entry, oldest first; a line that cannot be read (hand-edited) is skipped. */
    public synchronized List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 5) {
                    try {
                        entries.add(new Entry(Instant.parse(fields[0]), fields[1], Action.valueOf(fields[2]),
                                fields[3].isEmpty() ? null : Integer.valueOf(fields[3]), fields[4]));
                    } catch (RuntimeException unreadable) {
                        // Skipped: a damaged line must not hide the others.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A user name or detail on one line without separators: the log stays one event per line. */
    private static String inert(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n\\p{Cntrl}]", " ");
    }
}
