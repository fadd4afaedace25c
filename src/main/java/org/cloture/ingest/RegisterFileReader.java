package org.cloture.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.table.RegisterReadResult;
import org.cloture.ingest.table.RegisterReader;
import org.cloture.ingest.table.SheetResult;
import org.cloture.ingest.table.SourceKind;

/** Spreadsheets and CSV files holding the registers, recognised by their headers whatever their name. */
public final class RegisterFileReader implements SourceFileReader {

    /** The names of the mapping profiles in association.yml ({@code columns:}) per source. */
    private static final Map<String, SourceKind> PROFILE_NAMES = Map.of(
            "members", SourceKind.MEMBERS, "activities", SourceKind.ACTIVITIES, "volunteering", SourceKind.VOLUNTEERING);

    private final RegisterReader reader = new RegisterReader();

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".ods")
                || name.endsWith(".csv") || name.endsWith(".txt");
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        RegisterReadResult result = reader.read(file, displayName, profiles(config));
        Set<ReadSummary.SourceKind> kinds = EnumSet.noneOf(ReadSummary.SourceKind.class);
        int rowsRead = 0;
        for (SheetResult<?> sheet : result.sheets()) {
            kinds.add(ReadSummary.SourceKind.valueOf(sheet.kind().name()));
            rowsRead += sheet.rowsRead();
        }
        result.findings().forEach(sink::finding);
        result.members().forEach(sink::member);
        result.activities().forEach(sink::activity);
        result.volunteerEntries().forEach(sink::volunteerEntry);
        result.rejectedRows().forEach(sink::rejected);
        return new ReadSummary(kinds, rowsRead);
    }

    private static Map<SourceKind, Map<String, String>> profiles(AssociationConfig config) {
        Map<SourceKind, Map<String, String>> profiles = new EnumMap<>(SourceKind.class);
        config.columns().forEach((name, profile) -> {
            SourceKind kind = PROFILE_NAMES.get(name);
            if (kind != null) {
                profiles.put(kind, profile);
            }
        });
        return profiles;
    }
}
