package org.cloture.ingest.fec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * Two date checks of fec.md §4–§5, both warnings: the lines of one entry share EcritureDate and
 * ValidDate, and lines come in order of validation (ValidDate never goes back).
 *
 * <p>Only the state of the entry being read is kept, not the entries seen: every export we know
 * writes the lines of an entry one after the other. When an entry is cut in two fragments (lines
 * interleaved with another entry), each fragment is compared with its own first line only; a date
 * that differs between fragments is not seen here.
 */
final class EntryDateChecks {

    private final Consumer<Finding> out;
    private final String entryDateColumn;
    private final String validDateColumn;
    private String journal;
    private String entryNum;
    private LocalDate entryDate;
    private LocalDate validDate;
    private boolean entryDateReported;
    private boolean validDateReported;
    private LocalDate previousValidDate;

    EntryDateChecks(Consumer<Finding> out, String entryDateColumn, String validDateColumn) {
        this.out = out;
        this.entryDateColumn = entryDateColumn;
        this.validDateColumn = validDateColumn;
    }

    void accept(FecLine line) {
        if (!Objects.equals(line.journalCode(), journal) || !Objects.equals(line.entryNum(), entryNum)) {
            journal = line.journalCode();
            entryNum = line.entryNum();
            entryDate = line.entryDate();
            validDate = line.validDate();
            entryDateReported = false;
            validDateReported = false;
        } else {
            compareWithFirstLine(line);
        }
        checkChronology(line);
    }

    /** Once per entry and per column: one mistyped entry is one finding, not one per line. */
    private void compareWithFirstLine(FecLine line) {
        String entry = journal + " " + entryNum;
        if (!entryDateReported && !Objects.equals(line.entryDate(), entryDate)) {
            entryDateReported = true;
            out.accept(Finding.of(CheckId.FEC_ENTRY_DATES_DIFFER, line.location().withColumn(entryDateColumn),
                    compact(line.entryDate()), entry, entryDateColumn, FecDates.french(line.entryDate()),
                    FecDates.french(entryDate)));
        }
        // An empty ValidDate was reported by the line checks already (à-nouveaux often leave it empty).
        if (validDate == null) {
            validDate = line.validDate();
        } else if (!validDateReported && line.validDate() != null && !line.validDate().equals(validDate)) {
            validDateReported = true;
            out.accept(Finding.of(CheckId.FEC_ENTRY_DATES_DIFFER, line.location().withColumn(validDateColumn),
                    compact(line.validDate()), entry, validDateColumn, FecDates.french(line.validDate()),
                    FecDates.french(validDate)));
        }
    }

    private void checkChronology(FecLine line) {
        LocalDate valid = line.validDate();
        if (valid == null) {
            return;
        }
        if (previousValidDate != null && valid.isBefore(previousValidDate)) {
            out.accept(Finding.of(CheckId.FEC_VALID_DATE_ORDER, line.location().withColumn(validDateColumn),
                    compact(valid), FecDates.french(valid), FecDates.french(previousValidDate)));
        }
        previousValidDate = valid;
    }

    /** The date as a FEC writes it, the raw value of the finding. */
    private static String compact(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
