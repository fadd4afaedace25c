package org.cloture.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.table.RegisterReader;
import org.cloture.ingest.table.RegisterSink;
import org.cloture.ingest.table.SheetResult;
import org.cloture.ingest.table.SourceKind;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Spreadsheets and CSV files holding the registers, recognised by their headers whatever their name;
 * each row goes to the {@link RowSink} as soon as it is mapped.
 */
public final class RegisterFileReader implements SourceFileReader {

    /** The names of the mapping profiles in association.yml ({@code columns:}) per source. */
    private static final Map<String, SourceKind> PROFILE_NAMES = Map.of(
            "members", SourceKind.MEMBERS, "activities", SourceKind.ACTIVITIES, "volunteering", SourceKind.VOLUNTEERING,
            "bank", SourceKind.BANK_STATEMENT, "planning", SourceKind.PLANNING, "budget", SourceKind.BUDGET);

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".ods")
                || name.endsWith(".csv") || name.endsWith(".txt");
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        // The folder's year: a budget's « Montant » column under no title year is that year's.
        List<SheetResult> sheets = new RegisterReader(RegisterReader.REGISTERS, year)
                .read(file, displayName, profiles(config), new ToRowSink(sink));
        Set<ReadSummary.SourceKind> kinds = EnumSet.noneOf(ReadSummary.SourceKind.class);
        int rowsRead = 0;
        List<ReadSummary.RecognisedSheet> recognised = new ArrayList<>();
        for (SheetResult sheet : sheets) {
            kinds.add(ReadSummary.SourceKind.valueOf(sheet.kind().name()));
            rowsRead += sheet.rowsRead();
            recognised.add(new ReadSummary.RecognisedSheet(sheet.sheet(), sheet.kind().name(), sheet.headerRow(),
                    sheet.rowsRead(), sheet.loaded(), sheet.rejected(), sheet.mappings().stream()
                            .map(m -> new ReadSummary.ColumnMapping(m.header(), m.field())).toList()));
        }
        return new ReadSummary(kinds, rowsRead, recognised);
    }

    /** The association's mapping profiles ({@code columns:} of association.yml), per kind of sheet. */
    public static Map<SourceKind, Map<String, String>> profiles(AssociationConfig config) {
        Map<SourceKind, Map<String, String>> profiles = new EnumMap<>(SourceKind.class);
        config.columns().forEach((name, profile) -> {
            SourceKind kind = PROFILE_NAMES.get(name);
            if (kind != null) {
                profiles.put(kind, profile);
            }
        });
        return profiles;
    }

    /** The register reader knows nothing of the store: this passes each of its rows on. */
    private record ToRowSink(RowSink sink) implements RegisterSink {

        @Override
        public void member(Member member) {
            sink.member(member);
        }

        @Override
        public void activity(Activity activity) {
            sink.activity(activity);
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
            sink.volunteerEntry(entry);
        }

        @Override
        public void bankLine(BankStatementLine line) {
            sink.bankLine(line);
        }

        @Override
        public void statedBalance(StatedBalance balance) {
            sink.statedBalance(balance);
        }

        @Override
        public void rejected(RejectedRow row) {
            sink.rejected(row);
        }

        @Override
        public void finding(Finding finding) {
            sink.finding(finding);
        }
    }
}
