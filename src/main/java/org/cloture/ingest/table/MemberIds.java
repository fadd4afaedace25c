package org.cloture.ingest.table;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The member ids already met in one file, over all its sheets: a workbook split into « Adhérents » and
 * « Nouveaux » must not count one member twice. Only the first use of each id is kept (a few dozen bytes
 * per member), never the rows themselves.
 */
final class MemberIds {

    private record FirstUse(String sheet, int row) {
    }

    private final Map<String, FirstUse> firstUseById = new HashMap<>();

    /**
     * Records the id at this row; when it was already used, returns where, as the message shows it:
     * « 12 » on the same sheet, « 12 de la feuille « Anciens » » on another one.
     */
    Optional<String> previousUse(String id, String sheet, int row) {
        FirstUse first = firstUseById.putIfAbsent(id, new FirstUse(sheet, row));
        if (first == null) {
            return Optional.empty();
        }
        boolean sameSheet = first.sheet() == null ? sheet == null : first.sheet().equals(sheet);
        return Optional.of(sameSheet ? Integer.toString(first.row())
                : first.row() + " de la feuille « " + first.sheet() + " »");
    }
}
