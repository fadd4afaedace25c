package org.cloture.cli;

import org.cloture.yearend.YearEndRequest;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Charge, contrôle, calcule et produit le rapport d'un exercice.")
final class RunCommand extends YearEndCommand {

    @Override
    YearEndRequest.Mode mode() {
        return YearEndRequest.Mode.RUN;
    }
}
