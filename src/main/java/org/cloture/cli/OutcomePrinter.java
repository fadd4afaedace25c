package org.cloture.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.table.SourceKind;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.report.OutputFiles;
import org.cloture.report.feedback.DropFeedback;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.store.LoadedFileQueries;
import org.cloture.yearend.YearEndRequest;
import org.cloture.yearend.YearEndRun;

/** What the treasurer reads in the terminal after a run, in French; returns the exit code. */
final class OutcomePrinter {

    private static final int FINDINGS_SHOWN_AFTER_RUN = 20;

    private final PrintWriter out;
    private final PrintWriter err;

    OutcomePrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Executions that a killed process left running: said before the outcome of the run that redoes them. */
    void recovered(List<org.springframework.batch.core.job.JobExecution> executions) {
        for (var execution : executions) {
            err.printf("Exécution n° %d interrompue (arrêt brutal%s) : marquée en échec, l'exercice est "
                    + "recalculé en entier.%n", execution.getId(), execution.getStartTime() == null ? ""
                    : ", démarrée le " + execution.getStartTime().format(
                            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")));
        }
    }

    int print(YearEndRequest request, YearEndLauncher.Launched launched, long nanos) {
        YearEndRun run = launched.run();
        if (!launched.completed() || run == null) {
            err.println("Échec de l'exercice " + request.year() + " : " + launched.failures().stream()
                    .map(OutcomePrinter::describe).findFirst().orElse("cause inconnue"));
            err.println("Le détail technique est dans cloture.log, dans le dossier des données (--data, par défaut data/).");
            if (launched.failures().stream().anyMatch(OutcomePrinter::fromTheDatabase)) {
                err.println("Si la base de données est endommagée, reconstruisez-la depuis les fichiers déposés : "
                        + "cloture rebuild");
            }
            return ClotureCli.FAILURE;
        }
        out.println("Clôture — " + run.associationName() + " — exercice " + request.year());
        if (request.mode() == YearEndRequest.Mode.CHECK) {
            filesWithTheirFindings(run.loadedFiles(), run.recognisedSheets(), run.findings());
        } else {
            files(run.loadedFiles());
            findings(run.findings(), FINDINGS_SHOWN_AFTER_RUN);
        }
        outputs(run.outputs(), request.mode());
        network(run.computedNetwork(), run.outputs());
        if (run.programmeFile() != null) {
            out.println("  " + run.programmeFile().toAbsolutePath().normalize() + "  programme d'activités "
                    + (request.year() + 1));
        }
        if (request.mode() == YearEndRequest.Mode.RUN || request.mode() == YearEndRequest.Mode.PROGRAMME) {
            org.cloture.yearend.MemberClosings.programmes(request.inputRoot(), request.reportsRoot(), request.year(),
                    org.cloture.config.AssociationConfigLoader.load(request.inputRoot()).config())
                    .forEach((member, file) -> out.println("  " + file.toAbsolutePath().normalize()
                            + "  programme d'activités " + (request.year() + 1) + " du membre " + member));
        }
        out.printf("Durée : %.1f s%n", Duration.ofNanos(nanos).toMillis() / 1000.0);
        if (run.hasBlockingFindings()) {
            out.println("Des contrôles bloquants restent à corriger : le rapport est marqué PROVISOIRE.");
            return ClotureCli.BLOCKING_FINDINGS;
        }
        return ClotureCli.DONE;
    }

    /** For staff after a drop: each file, what was recognised and loaded, and what is wrong in it. */
    private void filesWithTheirFindings(List<LoadedFileQueries.LoadedFile> files,
                                        Map<String, List<ReadSummary.RecognisedSheet>> sheets, List<Finding> findings) {
        summary(findings);
        for (LoadedFileQueries.LoadedFile file : files) {
            out.printf("%s — %s : %d lignes lues, %d chargées, %d rejetées%n", file.path(), kinds(file.kinds()),
                    file.rowsRead(), file.rowsLoaded(), file.rowsRejected());
            sheets.getOrDefault(file.path(), List.of()).forEach(this::recognised);
            findings.stream().filter(finding -> finding.location() != null
                    && file.path().equals(finding.location().file())).forEach(this::line);
        }
        List<Finding> general = findings.stream().filter(finding -> finding.location() == null
                || files.stream().noneMatch(file -> file.path().equals(finding.location().file()))).toList();
        if (!general.isEmpty()) {
            out.println("Contrôles d'ensemble :");
            general.forEach(this::line);
        }
    }

    /** The decision: which kind a sheet was taken for, and « header → field » for every column read. */
    private void recognised(ReadSummary.RecognisedSheet sheet) {
        out.printf("  %s%s, %s : %d lues, %d chargées, %d rejetées%n",
                sheet.sheet() == null ? "" : "feuille « " + sheet.sheet() + " » : ", kinds(sheet.kind()),
                sheet.headerRow() > 0 ? "en-têtes ligne " + sheet.headerRow() : "sans ligne d'en-têtes (reconnu au contenu)",
                sheet.rowsRead(), sheet.rowsLoaded(), sheet.rowsRejected());
        for (ReadSummary.ColumnMapping column : sheet.columns()) {
            out.printf("    « %s » → %s (%s)%n", column.header(), column.field(),
                    SourceKind.fieldLabel(sheet.kind(), column.field()));
        }
    }

    private void line(Finding finding) {
        out.printf("  [%s] %s%s%n", finding.severity().frenchLabel(),
                finding.location() == null ? "" : finding.location() + " — ", finding.message());
    }

    private void files(List<LoadedFileQueries.LoadedFile> files) {
        out.println("Fichiers :");
        for (LoadedFileQueries.LoadedFile file : files) {
            out.printf("  %-40s %-22s %6d lues, %6d chargées, %4d rejetées%n", file.path(),
                    kinds(file.kinds()),
                    file.rowsRead(), file.rowsLoaded(), file.rowsRejected());
        }
    }

    /** The recognised sources in the words of the staff who keep them. */
    private static String kinds(String kinds) {
        return DropFeedback.kinds(kinds);
    }

    private void findings(List<Finding> findings, int shown) {
        summary(findings);
        findings.stream().limit(shown).forEach(this::line);
        if (findings.size() > shown) {
            out.printf("  … et %d autre(s) : voir le classeur des contrôles.%n", findings.size() - shown);
        }
    }

    private void summary(List<Finding> findings) {
        long blocking = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(finding -> finding.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(finding -> finding.severity() == Severity.INFO).count();
        out.printf("Contrôles : %d bloquant(s), %d avertissement(s), %d information(s)%n", blocking, warnings, infos);
    }

    private void outputs(OutputFiles outputs, YearEndRequest.Mode mode) {
        out.println("Rapports écrits dans " + outputs.directory().toAbsolutePath().normalize() + " :");
        if (mode == YearEndRequest.Mode.RUN) {
            out.println("  " + outputs.pdf().getFileName() + "       rapport d'activité (conseil d'administration)");
            out.println("  " + outputs.statements().getFileName() + "      états financiers");
        }
        out.println("  " + outputs.keyFigures().getFileName() + "        chiffres clés et contrôles");
        out.println("  " + outputs.controls().getFileName() + "            contrôles");
    }

    /** A federation: how many members its totals cover, and which ones are to correct. */
    private void network(org.cloture.figures.NetworkFigures network, OutputFiles outputs) {
        if (network == null) {
            return;
        }
        var total = network.total();
        out.printf("Réseau : %d membre(s) déclaré(s), %d compté(s) dans les totaux, %d à corriger, %d sans données%n",
                total.declared(), total.covered(), total.toCorrect(), total.declared() - total.transmitted());
        for (var member : network.members()) {
            if (member.status() == org.cloture.figures.NetworkFigures.Status.TO_CORRECT) {
                out.printf("  %s (%s) : à corriger, %d contrôle(s) bloquant(s) — voir %s/%s/%n", member.name(),
                        member.id(), member.blocking().size(), network.year(), member.id());
            }
        }
        out.println("  " + outputs.networkJson().getFileName() + "             tableaux du réseau (JSON)");
        out.println("  " + outputs.networkWorkbook().getFileName() + "             tableaux du réseau (classeur)");
        out.println("  <membre>/                   les rapports de chaque membre");
    }

    private static boolean fromTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.dao.NonTransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() != null ? failure.getMessage() : root.getClass().getSimpleName();
        return root == failure ? message : message + " (" + root.getMessage() + ")";
    }
}
