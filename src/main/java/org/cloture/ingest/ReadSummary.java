package org.cloture.ingest;

import java.util.Set;

/** What a reader recognised in a file and how many data rows it read (loaded + rejected). */
public record ReadSummary(Set<SourceKind> kinds, int rowsRead) {

    /** The sources a file can hold, as recorded in the database. */
    public enum SourceKind { FEC, MEMBERS, ACTIVITIES, VOLUNTEERING, BANK_STATEMENT, HELLOASSO }

    public static ReadSummary nothing() {
        return new ReadSummary(Set.of(), 0);
    }
}
