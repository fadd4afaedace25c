package org.cloture.reconcile;

import java.util.Arrays;

/**
 * A multimap from text keys to item numbers in one sorted {@code long[]}: 39 bits of a 64-bit FNV-1a hash of the
 * key (the sign bit stays clear, so the array sorts as signed), 24 bits of the item number. A 200 000-member register's names and numbers take a few megabytes instead of
 * a hash map's tens; a hash collision can only propose an extra candidate, which the caller verifies against the
 * item's own text.
 */
final class KeyIndex {

    static final int MAX_ITEMS = 1 << 24;
    private static final int ITEM_BITS = 24;
    private static final long ITEM_MASK = (1L << ITEM_BITS) - 1;

    private long[] entries = new long[16];
    private int size;
    private boolean sorted = true;

    void add(String key, int item) {
        if (item >= MAX_ITEMS) {
            throw new IllegalArgumentException("more than " + MAX_ITEMS + " items");
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = (hash(key) << ITEM_BITS) | item;
        sorted = false;
    }

    /** The items filed under {@code key} (and, rarely, under a key of the same hash), in item order. */
    int[] find(String key) {
        if (!sorted) {
            Arrays.sort(entries, 0, size);
            sorted = true;
        }
        long low = hash(key) << ITEM_BITS;
        int from = firstAtLeast(low);
        int to = firstAtLeast(low + (1L << ITEM_BITS));
        int[] items = new int[to - from];
        for (int i = from; i < to; i++) {
            items[i - from] = (int) (entries[i] & ITEM_MASK);
        }
        return items;
    }

    private int firstAtLeast(long value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash >>> (64 - 39);
    }
}
