package org.cloture.cli;

import java.util.Optional;
import org.cloture.delivery.DeliveryOutcome;
import org.cloture.jobs.YearEndDelivery;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.yearend.YearEndRequest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Charge, contrôle, calcule et produit le rapport d'un exercice ; l'envoie au conseil quand "
                + "l'envoi est configuré (mail et board.recipients d'association.yml) et qu'aucun contrôle ne bloque.")
final class RunCommand extends YearEndCommand {

    @Option(names = "--no-send", description = "Ne pas envoyer le rapport au conseil.")
    boolean noSend;

    @Option(names = "--force",
            description = "Envoyer le rapport au conseil même si des contrôles bloquants restent (rapport PROVISOIRE).")
    boolean force;

    @Override
    YearEndRequest.Mode mode() {
        return YearEndRequest.Mode.RUN;
    }

    /** The board delivery: a failed send is a failure (1), so that a scheduled run is noticed. */
    @Override
    int afterJob(ConfigurableApplicationContext context, YearEndRequest request, YearEndLauncher.Launched launched,
                 int exitCode) throws Exception {
        if (noSend) {
            return exitCode;
        }
        Optional<DeliveryOutcome> outcome = context.getBean(YearEndDelivery.class).deliverAfter(request, launched, force);
        if (outcome.isEmpty() || outcome.get().status() == DeliveryOutcome.Status.NOT_CONFIGURED) {
            return exitCode;
        }
        if (outcome.get().failed()) {
            spec.commandLine().getErr().println(outcome.get().frenchSummary());
            return ClotureCli.FAILURE;
        }
        spec.commandLine().getOut().println(outcome.get().frenchSummary());
        return exitCode;
    }
}
