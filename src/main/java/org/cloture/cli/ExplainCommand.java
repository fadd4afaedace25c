package org.cloture.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.cloture.figures.Explanation;
import org.cloture.figures.KeyFigures;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.yearend.YearEndRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cloture explain <figure>}: how a key figure was computed and the source rows behind it, so the
 * treasurer can answer "where does this 12 come from?" before the general assembly asks.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explique un chiffre clé : la règle de calcul et les lignes des fichiers d'où il vient. "
                + "Sans nom de chiffre, liste les chiffres disponibles.")
final class ExplainCommand extends YearEndCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CHIFFRE",
            description = "Le chiffre à expliquer, par son nom dans chiffres-cles-<année>.json "
                    + "(members, newMembers, volunteerHours, totalExpenses…).")
    String figure;

    /** Names users may type for a figure, besides its JSON name. */
    private static final Map<String, String> ALIASES = Map.of("budget", "totalExpenses",
            "meetings", "boardMeetings", "ag", "generalAssemblies", "ca", "boardMeetings", "bureau", "bureauMeetings");

    @Override
    YearEndRequest.Mode mode() {
        return YearEndRequest.Mode.EXPLAIN;
    }

    @Override
    int outcome(YearEndRequest request, YearEndLauncher.Launched launched, long nanos, PrintWriter out,
                PrintWriter err) {
        KeyFigures figures = launched.completed() && launched.run() != null ? launched.run().computedKeyFigures() : null;
        if (figures == null) {
            err.println("Les chiffres clés de " + request.year() + " n'ont pas pu être calculés ; "
                    + "le détail technique est dans cloture.log (dossier des données).");
            return ClotureCli.FAILURE;
        }
        if (figure == null) {
            listFigures(figures, out);
            return ClotureCli.DONE;
        }
        String name = ALIASES.getOrDefault(figure, figure);
        Optional<Explanation> explanation = figures.explanation(name);
        if (explanation.isEmpty()) {
            err.println("Chiffre inconnu : « " + figure + " ». Chiffres disponibles :");
            listFigures(figures, err);
            return ClotureCli.FAILURE;
        }
        print(explanation.get(), request.year(), out);
        return ClotureCli.DONE;
    }

    private static void listFigures(KeyFigures figures, PrintWriter out) {
        out.println("Chiffres clés de " + figures.year() + " (cloture explain <chiffre> pour le détail) :");
        figures.explanations().values().stream()
                .sorted(java.util.Comparator.comparing(Explanation::figure))
                .forEach(explanation -> out.printf("  %-20s %-42s %s%n", explanation.figure(), explanation.label(),
                        explanation.value()));
    }

    private static void print(Explanation explanation, int year, PrintWriter out) {
        out.println(explanation.label() + " (" + year + ") : " + explanation.value());
        out.println("Règle : " + explanation.rule());
        if (explanation.sources().isEmpty()) {
            out.println("Aucune ligne source.");
            return;
        }
        boolean rows = explanation.sources().stream().anyMatch(source -> source.location() != null);
        out.println((rows ? "Lignes sources (" : "Comptes (") + explanation.sources().size() + ") :");
        for (Explanation.Source source : explanation.sources()) {
            out.println(source.location() == null ? "  " + source.description()
                    : String.format("  %-40s %s", source.location(), source.description()));
        }
    }
}
