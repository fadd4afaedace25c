package org.cloture.report.feedback;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cloture.ingest.RejectedRow;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The short French note written for staff after a file is loaded, in {@code reports/<year>/depots/}: never
 * beside the dropped files, which are only ever read.
 */
public final class DropFeedback {

    /** Beyond this, the list stops and points to the controls workbook, which has them all. */
    static final int ROWS_LISTED = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss", Locale.FRANCE);

    private DropFeedback() {
    }

    /** {@code <reports>/<year>/depots/<file>.txt}. */
    public static Path fileFor(Path reportsRoot, int year, String path) {
        return reportsRoot.resolve(Integer.toString(year)).resolve("depots")
                .resolve(path.replace('/', '_').replace('\\', '_') + ".txt");
    }

    public static String render(FileFeedback file) {
        StringBuilder text = new StringBuilder();
        text.append("Fichier déposé : ").append(file.path()).append(" (exercice ").append(file.year()).append(")\n");
        text.append("Examiné le ").append(WHEN.format(file.at())).append("\n\n");
        switch (file.status()) {
            case LOADED -> loaded(file, text);
            case DUPLICATE -> text.append("Ce fichier n'a pas été chargé : c'est la copie identique d'un fichier "
                    + "déjà chargé.\n");
            case NOT_READ -> text.append("Ce fichier n'a pas été chargé cette fois-ci.\n");
            case WITHDRAWN -> text.append("Ce fichier a été retiré du dossier : ses lignes ne sont plus prises en "
                    + "compte.\n");
        }
        findings(file, text);
        return text.toString();
    }

    private static void loaded(FileFeedback file, StringBuilder text) {
        text.append("Reconnu : ").append(kinds(file.kinds())).append('\n');
        text.append(String.format(Locale.FRANCE, "Lignes lues : %d — chargées : %d — rejetées : %d%n",
                file.rowsRead(), file.rowsLoaded(), file.rowsRejected()));
        if (file.kinds() == null || file.kinds().isEmpty()) {
            text.append("Rien n'a été reconnu : les en-têtes de colonnes attendus sont décrits dans input/README.md.\n");
        }
        List<RejectedRow> rejected = file.rejected();
        if (!rejected.isEmpty()) {
            text.append("\nLignes rejetées (à corriger dans le fichier) :\n");
            rejected.stream().limit(ROWS_LISTED).forEach(row -> text.append("  - ").append(where(row.location()))
                    .append(" : ").append(row.reason()).append('\n'));
            more(rejected.size(), file.year(), text);
        }
    }

    private static void findings(FileFeedback file, StringBuilder text) {
        List<Finding> findings = file.findings();
        if (findings.isEmpty()) {
            if (file.status() == FileFeedback.Status.LOADED) {
                text.append("\nAucun problème relevé dans ce fichier.\n");
            }
            return;
        }
        text.append("\nConstats :\n");
        findings.stream().limit(ROWS_LISTED).forEach(finding -> {
            text.append("  [").append(finding.severity().frenchLabel()).append("] ");
            if (finding.location() != null && finding.location().row() != null) {
                text.append(where(finding.location())).append(" — ");
            }
            text.append(finding.message()).append('\n');
            if (finding.hint() != null && !finding.hint().isBlank()) {
                text.append("      Que faire : ").append(finding.hint()).append('\n');
            }
        });
        more(findings.size(), file.year(), text);
    }

    private static void more(int count, int year, StringBuilder text) {
        if (count > ROWS_LISTED) {
            text.append("  … et ").append(count - ROWS_LISTED).append(" autre(s) : voir controles-").append(year)
                    .append(".xlsx après le prochain contrôle.\n");
        }
    }

    /** "feuille « Adhérents », ligne 14, colonne « Date »", as staff find it in their spreadsheet. */
    static String where(SourceLocation location) {
        StringBuilder text = new StringBuilder();
        if (location.sheet() != null) {
            text.append("feuille « ").append(location.sheet()).append(" », ");
        }
        text.append(location.row() == null ? "fichier entier" : "ligne " + location.row());
        if (location.column() != null) {
            text.append(", colonne « ").append(location.column()).append(" »");
        }
        return text.toString();
    }

    /** The recognised sources in the words of the staff who keep them. */
    public static String kinds(String kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return "non reconnu";
        }
        return kinds.replace("FEC", "comptabilité (FEC)").replace("MEMBERS", "adhérents")
                .replace("ACTIVITIES", "actions").replace("VOLUNTEERING", "bénévolat")
                .replace("BANK_STATEMENT", "relevé bancaire").replace("HELLOASSO", "export HelloAsso")
                .replace(",", ", ");
    }
}
