package org.cloture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A command on the whole drop folder and the data folder, not on one year (status, rebuild). */
abstract class DropFolderCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DOSSIER", defaultValue = "input",
            description = "Dossier de dépôt (par défaut : ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--data", paramLabel = "DOSSIER", defaultValue = "data",
            description = "Dossier de la base de données intégrée (par défaut : ${DEFAULT-VALUE}).")
    Path data;
}
