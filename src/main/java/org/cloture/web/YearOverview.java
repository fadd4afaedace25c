package org.cloture.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.table.FieldSpec;
import org.cloture.ingest.table.SourceKind;
import org.cloture.jobs.JobHistory;
import org.cloture.report.OutputFiles;
import org.cloture.report.feedback.DropFeedback;
import org.cloture.store.LoadedFileQueries;

/**
 * What the year page shows, gathered from the store, the audit log and the folders (the controller only
 * renders it): the checklist of sources, each file with who dropped it and what it was recognised as, the
 * outputs available and the history of runs.
 */
public final class YearOverview {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.systemDefault());

    /** One file of the year folder: verdict, counts, who dropped it and when. */
    public record FileRow(String path, String recognisedAs, boolean recognised, int rowsLoaded, int rowsRejected,
                          String droppedBy, String droppedAt, boolean loaded) {
    }

    /** One source of the checklist: present or not, from which files, with its expected columns and an example. */
    public record Source(String key, String title, boolean present, List<String> files, List<String> requiredColumns,
                         List<String> optionalColumns, Map<String, String> example) {
    }

    /** One output of the year, when it exists. */
    public record Output(String file, String title, String size) {
    }

    /** One past execution, in French. */
    public record RunRow(String job, String outcome, String start, String duration) {
    }

    private YearOverview() {
    }

    public static List<FileRow> files(int year, Path inputRoot, LoadedFileQueries queries, AuditLog audit) {
        Map<String, AuditLog.Entry> uploads = new HashMap<>();
        for (AuditLog.Entry entry : audit.entries()) {
            if (entry.action() == AuditLog.Action.DEPOT && entry.year() != null && entry.year() == year) {
                uploads.put(entry.detail().split(" \\(")[0], entry);
            }
        }
        Map<String, LoadedFileQueries.LoadedFile> loaded = new LinkedHashMap<>();
        queries.loadedFiles(year).forEach(file -> loaded.put(file.path(), file));
        Path folder = inputRoot.resolve(Integer.toString(year));
        List<FileRow> rows = new ArrayList<>();
        for (Path file : Files.isDirectory(folder) ? DropFolderIngest.sourceFiles(folder) : List.<Path>of()) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            LoadedFileQueries.LoadedFile known = loaded.remove(path);
            AuditLog.Entry upload = uploads.get(path);
            String by = upload != null ? upload.user() : "dossier de dépôt";
            String at = upload != null ? WHEN.format(upload.at()) : modified(file);
            rows.add(known == null
                    ? new FileRow(path, "pas encore chargé", false, 0, 0, by, at, false)
                    : new FileRow(path, DropFeedback.kinds(known.kinds()), known.kinds() != null && !known.kinds().isEmpty(),
                    known.rowsLoaded(), known.rowsRejected(), by, at, true));
        }
        return rows;
    }

    private static String modified(Path file) {
        try {
            Instant at = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            return WHEN.format(at);
        } catch (IOException e) {
            return "";
        }
    }

    /** The checklist: register, activity log, volunteer hours, FEC, bank statement, narrative. */
    public static List<Source> sources(int year, Path inputRoot, List<FileRow> files, Map<String, Map<String, String>> examples) {
        List<Source> sources = new ArrayList<>();
        sources.add(table(SourceKind.MEMBERS, "Registre des adhérents", files, examples));
        sources.add(table(SourceKind.ACTIVITIES, "Journal des actions", files, examples));
        sources.add(table(SourceKind.VOLUNTEERING, "Heures de bénévolat", files, examples));
        List<String> fec = files.stream().filter(file -> file.recognisedAs().contains("comptabilité")).map(FileRow::path).toList();
        sources.add(new Source("FEC", "Comptabilité (export FEC)", !fec.isEmpty(), fec,
                List.of("JournalCode", "EcritureDate", "CompteNum", "EcritureLib", "Debit", "Credit"),
                List.of("les 18 colonnes de l'article A47 A-1 du LPF"), examples.getOrDefault("FEC", Map.of())));
        sources.add(table(SourceKind.BANK_STATEMENT, "Relevé bancaire (facultatif)", files, examples));
        Path folder = inputRoot.resolve(Integer.toString(year));
        List<String> narrative = new ArrayList<>();
        for (String name : List.of("rapport.md", "rapport.docx")) {
            if (Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                narrative.add(name);
            }
        }
        sources.add(new Source("NARRATIVE", "Textes du rapport (rapport.md ou rapport.docx)", !narrative.isEmpty(),
                narrative, List.of("un titre ## par partie"), List.of("listes, gras, italique, liens"),
                examples.getOrDefault("NARRATIVE", Map.of())));
        return sources;
    }

    private static Source table(SourceKind kind, String title, List<FileRow> files, Map<String, Map<String, String>> examples) {
        String label = DropFeedback.kinds(kind.name());
        List<String> from = files.stream().filter(file -> file.recognisedAs().contains(label)).map(FileRow::path).toList();
        return new Source(kind.name(), title, !from.isEmpty(), from,
                kind.fields().stream().filter(FieldSpec::required).map(FieldSpec::label).toList(),
                kind.fields().stream().filter(field -> !field.required()).map(FieldSpec::label).toList(),
                examples.getOrDefault(kind.name(), Map.of()));
    }

    /** The outputs of the year that exist, those {@code role} may download. */
    public static List<Output> outputs(Path reportsRoot, int year, Downloads.Access access) {
        OutputFiles files = OutputFiles.of(reportsRoot, year);
        List<Output> outputs = new ArrayList<>();
        add(outputs, files.pdf(), "Rapport d'activité (PDF, pour le conseil)", access);
        add(outputs, files.statements(), "États financiers (classeur)", access);
        add(outputs, files.controls(), "Contrôles (classeur)", access);
        add(outputs, files.keyFigures(), "Chiffres clés (JSON)", access);
        return outputs;
    }

    private static void add(List<Output> outputs, Path file, String title, Downloads.Access access) {
        String name = file.getFileName().toString();
        if (access.allows(name) && Files.isRegularFile(file)) {
            try {
                outputs.add(new Output(name, title, org.cloture.money.FrenchFormat.integer(
                        Math.max(1, Files.size(file) / 1024)) + " Ko"));
            } catch (IOException e) {
                // Being replaced right now: listed at the next refresh.
            }
        }
    }

    public static List<RunRow> runs(int year, JobHistory history) {
        DateTimeFormatter start = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        return history.latest(200).stream()
                .filter(execution -> execution.year() != null && execution.year() == year)
                .filter(execution -> !"ingest".equals(execution.job()))
                .limit(10)
                .map(execution -> new RunRow("yearEnd".equals(execution.job()) ? "clôture" : "check".equals(execution.job())
                        ? "contrôle" : execution.job(), outcome(execution),
                        execution.start() == null ? "" : start.format(execution.start()),
                        execution.duration().map(d -> d.toSeconds() + " s").orElse("—")))
                .toList();
    }

    private static String outcome(JobHistory.Execution execution) {
        return switch (execution.status()) {
            case "COMPLETED" -> "terminée";
            case "FAILED" -> execution.interrupted() ? "interrompue" : "échec";
            case "STARTED", "STARTING" -> "en cours";
            default -> execution.status().toLowerCase(Locale.ROOT);
        };
    }
}
