package org.cloture.ingest;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecLine;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/**
 * A file with ledger sheets, and in a workbook possibly registers on its other sheets (a small association's
 * one workbook: the journal on one tab, the members on another). The ledger reader takes the ledger sheets;
 * the register reader then takes the others, without complaining about the sheets already read.
 */
final class LedgerAndRegistersReader implements SourceFileReader {

    private final SourceFileReader ledger;
    private final SourceFileReader registers;

    LedgerAndRegistersReader(SourceFileReader ledger, SourceFileReader registers) {
        this.ledger = ledger;
        this.registers = registers;
    }

    @Override
    public boolean accepts(Path file) {
        return ledger.accepts(file);
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        SheetsSeen ledgerSheets = new SheetsSeen(sink);
        ReadSummary ledgerSummary = ledger.read(file, displayName, year, config, ledgerSheets);
        if (!isWorkbook(file)) {
            return ledgerSummary;
        }
        ReadSummary registerSummary = registers.read(file, displayName, year, config,
                new OtherSheetsOnly(sink, ledgerSheets.sheets));
        Set<ReadSummary.SourceKind> kinds = EnumSet.noneOf(ReadSummary.SourceKind.class);
        kinds.addAll(ledgerSummary.kinds());
        kinds.addAll(registerSummary.kinds());
        List<ReadSummary.RecognisedSheet> sheets = new java.util.ArrayList<>(ledgerSummary.sheets());
        sheets.addAll(registerSummary.sheets());
        return new ReadSummary(kinds, ledgerSummary.rowsRead() + registerSummary.rowsRead(), sheets);
    }

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".ods");
    }

    /** Passes everything on, noting the sheets the ledger reader took. */
    private static final class SheetsSeen extends ForwardingRowSink {
        private final Set<String> sheets = new HashSet<>();

        SheetsSeen(RowSink target) {
            super(target);
        }

        @Override
        public void fecLine(FecLine line) {
            sheets.add(line.location().sheet());
            super.fecLine(line);
        }

        @Override
        public void rejected(RejectedRow row) {
            sheets.add(row.location().sheet());
            super.rejected(row);
        }

        @Override
        public void finding(Finding finding) {
            if (finding.location() != null && finding.check() != CheckId.SHEET_HIDDEN) {
                sheets.add(finding.location().sheet());
            }
            super.finding(finding);
        }
    }

    /** Drops what the register reader says about the ledger's sheets, and hidden sheets already reported. */
    private static final class OtherSheetsOnly extends ForwardingRowSink {
        private final Set<String> ledgerSheets;

        OtherSheetsOnly(RowSink target, Set<String> ledgerSheets) {
            super(target);
            this.ledgerSheets = ledgerSheets;
        }

        @Override
        public void finding(Finding finding) {
            boolean aboutLedgerSheet = finding.location() != null
                    && ledgerSheets.stream().anyMatch(sheet -> Objects.equals(sheet, finding.location().sheet()));
            boolean alreadyReported = finding.check() == CheckId.SHEET_HIDDEN;
            boolean notRecognised = finding.check() == CheckId.FILE_UNRECOGNISED || finding.check() == CheckId.FILE_NEAR_MISS
                    || finding.check() == CheckId.FILE_HEADER_MISSING;
            if (!(aboutLedgerSheet && notRecognised) && !alreadyReported) {
                super.finding(finding);
            }
        }
    }
}
