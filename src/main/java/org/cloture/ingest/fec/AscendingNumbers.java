package org.cloture.ingest.fec;

import java.util.Arrays;

/**
 * A growing list of non-decreasing numbers (line numbers, byte offsets) kept as the differences between
 * neighbours in a variable-length code: a million FEC lines of ~120 bytes take about a megabyte, where a
 * {@code long[]} would take eight.
 */
public final class AscendingNumbers {

    private byte[] bytes = new byte[256];
    private int length;
    private int count;
    private long last;

    /** Appends {@code value}, which must not be smaller than the last one appended. */
    public void add(long value) {
        long delta = value - last;
        if (delta < 0) {
            throw new IllegalArgumentException("Not ascending: " + value + " after " + last);
        }
        last = value;
        count++;
        if (bytes.length - length < 10) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        while (delta >= 0x80) {
            bytes[length++] = (byte) (delta & 0x7F | 0x80);
            delta >>>= 7;
        }
        bytes[length++] = (byte) delta;
    }

    public int count() {
        return count;
    }

    /** The encoded form, to store. */
    public byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    /** The numbers of an encoded form made by {@link #toBytes()}. */
    public static long[] decode(byte[] encoded) {
        long[] values = new long[countIn(encoded)];
        int position = 0;
        long value = 0;
        for (int i = 0; i < values.length; i++) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = encoded[position++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            value += delta;
            values[i] = value;
        }
        return values;
    }

    private static int countIn(byte[] encoded) {
        int numbers = 0;
        for (byte b : encoded) {
            if ((b & 0x80) == 0) {
                numbers++;
            }
        }
        return numbers;
    }
}
