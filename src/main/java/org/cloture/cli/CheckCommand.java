package org.cloture.cli;

import org.cloture.yearend.YearEndRequest;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Charge et contrôle les fichiers d'un exercice ; écrit controles-<année>.xlsx et chiffres-cles-<année>.json.")
final class CheckCommand extends YearEndCommand {

    @Override
    YearEndRequest.Mode mode() {
        return YearEndRequest.Mode.CHECK;
    }
}
