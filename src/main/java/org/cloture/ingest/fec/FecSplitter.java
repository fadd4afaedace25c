package org.cloture.ingest.fec;

import java.util.ArrayList;
import java.util.List;

/** Splits on one character, keeping empty fields (String.split would drop trailing ones). */
final class FecSplitter {

    private FecSplitter() {
    }

    static String[] split(String line, char separator) {
        List<String> fields = new ArrayList<>(20);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(line.substring(start));
        return fields.toArray(new String[0]);
    }
}
