package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The data rows of a FEC text file on two cores: one thread reads, decodes, splits and parses each line
 * ({@link FecLineStream#prepare}), the caller's thread takes the parsed rows in file order and runs the checks
 * that need the previous lines, then hands the lines on ({@link FecLineStream#accept}). Findings, lines and
 * rejections come out in the same order as from one thread. At most {@link #BATCHES_AHEAD} batches wait, so
 * memory stays bounded whatever the file's size.
 */
final class TwoThreadRead {

    private static final int BATCH = 2_048;
    private static final int BATCHES_AHEAD = 4;
    /** Marks the end of the rows; an instance of its own, compared by identity. */
    private static final List<FecLineStream.Prepared> END = java.util.Collections.unmodifiableList(new ArrayList<>());

    private final ByteLineReader reader;
    private final FecLineStream stream;
    private final char separator;
    private final BlockingQueue<List<FecLineStream.Prepared>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private volatile boolean stopped;
    private volatile Throwable failure;

    private TwoThreadRead(ByteLineReader reader, FecLineStream stream, char separator) {
        this.reader = reader;
        this.stream = stream;
        this.separator = separator;
    }

    /** Reads every remaining line of {@code reader} into {@code stream}; a read failure is thrown here. */
    static void readAll(ByteLineReader reader, FecLineStream stream, char separator) throws IOException {
        new TwoThreadRead(reader, stream, separator).run();
    }

    private void run() throws IOException {
        Thread parsing = new Thread(this::parse, "cloture-fec-parse");
        parsing.setDaemon(true);
        parsing.start();
        try {
            for (List<FecLineStream.Prepared> batch = queue.take(); batch != END; batch = queue.take()) {
                for (FecLineStream.Prepared row : batch) {
                    stream.accept(row);
                }
            }
            parsing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("lecture interrompue");
        } finally {
            // Whatever stopped the caller (the store failing, say), the parsing thread stops too.
            stopped = true;
            queue.clear();
        }
        rethrowFailure();
    }

    /** The parsing thread: every line read, split and parsed, handed over by batches, then {@link #END}. */
    private void parse() {
        List<FecLineStream.Prepared> batch = new ArrayList<>(BATCH);
        try {
            String raw;
            while ((raw = reader.next()) != null && !stopped) {
                if (!raw.isBlank()) {
                    batch.add(stream.prepare(raw, FecSplitter.split(raw, separator), reader.lineNumber()));
                }
                if (batch.size() == BATCH) {
                    handOver(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            // The rows parsed before a failure are accepted before it is reported, as on one thread.
            if (!batch.isEmpty()) {
                handOver(batch);
            }
            handOver(END);
        }
    }

    private void handOver(List<FecLineStream.Prepared> batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the caller is busy with earlier rows; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable thrown = failure;
        if (thrown instanceof IOException io) {
            throw io;
        } else if (thrown instanceof UncheckedIOException unchecked) {
            throw unchecked;
        } else if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        } else if (thrown instanceof Error error) {
            throw error;
        }
    }
}
