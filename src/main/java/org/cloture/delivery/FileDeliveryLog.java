package org.cloture.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The board deliveries as an append-only JSON Lines file in the data folder, beside the database and not inside
 * it ({@code <data>/envois-conseil.jsonl}): {@code cloture rebuild} sets the database aside and starts a new one,
 * and this file stays, so a rebuilt database never sends a report again. Each record is written and forced to
 * disk before the call returns. One line per event: {@code PENDING} before a send, then {@code SENT} or
 * {@code FAILED}; a later run that finds a {@code PENDING} without outcome writes {@code UNCONFIRMED} for it.
 * A line that cannot be read (a crash in the middle of a write) is skipped.
 */
public final class FileDeliveryLog implements DeliveryLog {

    public static final String FILE_NAME = "envois-conseil.jsonl";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path file;

    public FileDeliveryLog(Path file) {
        this.file = file;
    }

    /** The log of a data folder. */
    public static FileDeliveryLog in(Path dataDirectory) {
        return new FileDeliveryLog(dataDirectory.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @Override
    public boolean alreadySent(int year, String pdfSha256, String recipient) {
        String key = DeliveryLog.recipientKey(recipient);
        return events().stream().anyMatch(event -> event.year() == year && event.pdfSha256().equals(pdfSha256)
                && DeliveryLog.recipientKey(event.recipient()).equals(key)
                && (event.state().equals("SENT") || event.state().equals("UNCONFIRMED")));
    }

    @Override
    public void pending(int year, String pdfSha256, String recipient, Instant at) {
        append("PENDING", new Entry(year, pdfSha256, recipient, at, null, false, 0, null));
    }

    @Override
    public void record(Entry entry) {
        append(entry.sent() ? "SENT" : "FAILED", entry);
    }

    @Override
    public void settleUnconfirmed(Entry entry, Instant at) {
        append("UNCONFIRMED", new Entry(entry.year(), entry.pdfSha256(), entry.recipient(), at, null, true,
                entry.attempts(), "Envoi commencé le " + entry.at() + " sans issue enregistrée (arrêt pendant l'envoi)"));
    }

    @Override
    public List<Entry> unconfirmed(int year, String pdfSha256) {
        Map<String, Event> open = new LinkedHashMap<>();
        for (Event event : events()) {
            if (event.year() != year || !event.pdfSha256().equals(pdfSha256)) {
                continue;
            }
            String key = DeliveryLog.recipientKey(event.recipient());
            if (event.state().equals("PENDING")) {
                open.put(key, event);
            } else {
                open.remove(key);
            }
        }
        return open.values().stream().map(Event::entry).toList();
    }

    /** Every send of a year with its outcome (PENDING lines left out), oldest first. */
    public List<Entry> entries(int year) {
        return events().stream().filter(event -> event.year() == year && !event.state().equals("PENDING"))
                .map(Event::entry).toList();
    }

    private record Event(String state, Entry entry) {
        int year() {
            return entry.year();
        }

        String pdfSha256() {
            return entry.pdfSha256();
        }

        String recipient() {
            return entry.recipient();
        }
    }

    private synchronized void append(String state, Entry entry) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("state", state);
        line.put("year", entry.year());
        line.put("pdfSha256", entry.pdfSha256());
        line.put("recipient", entry.recipient());
        line.put("at", entry.at().toString());
        line.put("messageId", entry.messageId());
        line.put("attempts", entry.attempts());
        line.put("detail", entry.detail());
        byte[] bytes = (MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Journal des envois " + file + " : écriture impossible", e);
        }
    }

    private synchronized List<Event> events() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        try {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Event event = parse(text);
                if (event != null) {
                    events.add(event);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Journal des envois " + file + " : lecture impossible", e);
        }
        return events;
    }

    private static Event parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            String state = node.path("state").asString();
            Entry entry = new Entry(node.path("year").asInt(), node.path("pdfSha256").asString(),
                    node.path("recipient").asString(), Instant.parse(node.path("at").asString()),
                    node.path("messageId").isNull() ? null : node.path("messageId").asString(),
                    state.equals("SENT") || state.equals("UNCONFIRMED"), node.path("attempts").asInt(),
                    node.path("detail").isNull() ? null : node.path("detail").asString());
            return new Event(state, entry);
        } catch (RuntimeException e) {
            return null; // a line torn by a crash during its write: the record before it still stands
        }
    }
}
