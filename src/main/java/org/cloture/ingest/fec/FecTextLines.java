package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Reads again, by their offsets, lines of a FEC text file that was loaded without storing its lines
 * ({@link FecTextSource}): each line is decoded and parsed exactly as at load time, so what a later stage gets
 * is what a stored copy would have held, located at the same file and line number. The file must be the one
 * that was loaded: same size, same modification time, or {@link ChangedSinceLoad} is thrown.
 */
public final class FecTextLines {

    /** The file was changed, moved or deleted after it was loaded: its offsets no longer point at its lines. */
    public static final class ChangedSinceLoad extends IllegalStateException {
        ChangedSinceLoad(String displayName) {
            super("Le fichier « " + displayName + " » a changé depuis son chargement : relancez la commande, "
                    + "il sera chargé à nouveau.");
        }
    }

    private static final char BOM = '\uFEFF';
    private static final int WINDOW = 64 * 1024;

    private final Path origin;
    private final String displayName;
    private final long size;
    private final long modified;
    private final Charset charset;
    private final FecHeader header;

    /** @param displayName the name the lines are located by (the path within the year folder) */
    public FecTextLines(Path origin, String displayName, long size, long modified, Charset charset,
                        String headerLine) {
        this.origin = origin;
        this.displayName = displayName;
        this.size = size;
        this.modified = modified;
        this.charset = charset;
        this.header = FecHeader.parse(headerLine);
    }

    /**
     * Hands over the lines numbered {@code rows} (ascending, 1-based physical line numbers) in that order.
     *
     * @param lineStarts the byte offset of each physical line, line n at index n - 1
     */
    public void forEach(int[] rows, long[] lineStarts, Consumer<FecLine> consumer) {
        checkUnchanged();
        // The line checks were reported at load time: parsing again must not report them twice.
        FecLineParser parser = new FecLineParser(header, displayName, null, null, null, finding -> {
        });
        try (FileChannel channel = FileChannel.open(origin, StandardOpenOption.READ)) {
            Window window = new Window(channel);
            for (int row : rows) {
                long start = lineStarts[row - 1];
                long end = row < lineStarts.length ? lineStarts[row] : size;
                String raw = window.line(start, (int) (end - start));
                FecLine line = parser.parse(raw, FecSplitter.split(raw, header.separator()), row).line();
                if (line == null) {
                    throw new ChangedSinceLoad(displayName);
                }
                consumer.accept(line);
            }
        } catch (NoSuchFileException e) {
            throw new ChangedSinceLoad(displayName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkUnchanged();
    }

    private void checkUnchanged() {
        try {
            if (Files.size(origin) != size || Files.getLastModifiedTime(origin).toMillis() != modified) {
                throw new ChangedSinceLoad(displayName);
            }
        } catch (IOException e) {
            throw new ChangedSinceLoad(displayName);
        }
    }

    /** A window of the file read ahead: lines asked in file order are mostly found in it. */
    private final class Window {
        private final FileChannel channel;
        private ByteBuffer bytes = ByteBuffer.allocate(WINDOW);
        private long from = -1;

        Window(FileChannel channel) {
            this.channel = channel;
        }

        /** The line of {@code length} bytes (its end included) starting at {@code start}, decoded, without its end. */
        String line(long start, int length) throws IOException {
            if (from < 0 || start < from || start + length > from + bytes.limit()) {
                if (length > bytes.capacity()) {
                    bytes = ByteBuffer.allocate(length);
                }
                bytes.clear();
                from = start;
                while (bytes.hasRemaining() && channel.read(bytes, from + bytes.position()) > 0) {
                    // reads until the window is full or the file ends
                }
                bytes.flip();
                if (length > bytes.limit()) {
                    throw new ChangedSinceLoad(displayName);
                }
            }
            int offset = (int) (start - from);
            byte[] array = bytes.array();
            int end = offset + length;
            if (end > offset && array[end - 1] == '\n') {
                end--;
            }
            if (end > offset && array[end - 1] == '\r') {
                end--;
            }
            String text = new String(array, offset, end - offset, charset);
            return start == 0 && !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        }
    }
}
