package org.cloture.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.report.AtomicFiles;
import org.cloture.report.hledger.HledgerJournal;
import org.cloture.store.LedgerQueries;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cloture export --format hledger}: the loaded ledger of a year as a plain-text accounting journal. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exporte les écritures chargées d'un exercice (format hledger).")
final class ExportCommand implements Callable<Integer> {

    enum Format { hledger }

    @Mixin
    YearOptions options;

    @Option(names = "--format", defaultValue = "hledger", description = "Format : ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--output", paramLabel = "FICHIER",
            description = "Fichier à écrire (par défaut : reports/<année>/ecritures-<année>.journal).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Integer> year = options.resolveYear();
        if (!Files.isDirectory(options.input) || year.isEmpty()) {
            spec.commandLine().getErr().println("Aucun dossier d'exercice dans " + options.input.toAbsolutePath());
            return ClotureCli.FAILURE;
        }
        Path target = output != null ? output
                : options.reports.resolve(year.get().toString()).resolve("ecritures-" + year.get() + ".journal");
        return DataDirectoryAccess.withHealthyDatabase(options.data, "export", spec.commandLine().getErr(), () -> {
            try (ConfigurableApplicationContext context = ApplicationStarter.start(options.data)) {
                context.getBean(DropFolderIngest.class).ingestYear(options.input, year.get(),
                        AssociationConfigLoader.load(options.input).config());
                var lines = context.getBean(LedgerQueries.class).ledgerLines(year.get());
                AtomicFiles.write(target, stream -> {
                    try (Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                        HledgerJournal.write(lines, writer);
                    }
                });
                spec.commandLine().getOut().printf("%d lignes d'écritures exportées dans %s%n", lines.size(),
                        target.toAbsolutePath().normalize());
            }
            return ClotureCli.DONE;
        });
    }

}
