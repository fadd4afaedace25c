package org.cloture.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.yearend.YearEndRequest;
import picocli.CommandLine.Command;

/**
 * {@code cloture programme [--year N+1]}: the programme of activities of the coming year. Its year is the one
 * after the closed year; the closed year's job runs (its checks are the programme's too) and writes the
 * programme, the controls and the JSON, but not the activity report. A federation's members are closed first, each
 * with its own programme in {@code reports/<N+1>/<member-id>/}.
 */
@Command(name = "programme", mixinStandardHelpOptions = true,
        description = {"Produit le programme d'activités de l'année qui vient (reports/<année>/programme-activites-<année>.pdf) "
                + "à partir de input/<année>/programme.md, du planning, du budget prévisionnel et du dernier exercice clos.",
                "--year : l'année du programme (par défaut : celle qui suit le plus récent exercice de input/)."})
final class ProgrammeCommand extends YearEndCommand {

    @Override
    YearEndRequest.Mode mode() {
        return YearEndRequest.Mode.PROGRAMME;
    }

    /** --year names the programme's year: the closed year is the one before. */
    @Override
    Optional<Integer> closedYear() {
        return options.year != null ? Optional.of(options.year - 1) : options.resolveYear();
    }

    @Override
    int outcome(YearEndRequest request, YearEndLauncher.Launched launched, long nanos, PrintWriter out,
                PrintWriter err) {
        int code = super.outcome(request, launched, nanos, out, err);
        if (launched.run() != null && launched.completed() && launched.run().programmeFile() == null
                && org.cloture.yearend.MemberClosings.programmes(request.inputRoot(), request.reportsRoot(),
                request.year(), org.cloture.config.AssociationConfigLoader.load(request.inputRoot()).config()).isEmpty()) {
            err.println("Aucun programme " + (request.year() + 1) + " : déposez input/" + (request.year() + 1)
                    + "/programme.md (ou programme.docx) ou un planning des actions prévues.");
        }
        return code;
    }
}
