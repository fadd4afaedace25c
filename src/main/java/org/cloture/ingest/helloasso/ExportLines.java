package org.cloture.ingest.helloasso;

/** What one kind of HelloAsso export does with its lines, then with their totals. */
interface ExportLines {

    void line(HelloAssoRow row);

    /** The totals of the file, as findings for the treasurer. */
    void finish();

    /** How many members the lines gave (loaded as the membership register). */
    int members();
}
