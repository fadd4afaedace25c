package org.cloture.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.money.FrenchFormat;
import org.cloture.store.DatabaseHealth;
import org.cloture.store.LoadedFileQueries;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cloture rebuild}: sets the database aside ({@code hsqldb.broken-<date>}, never deleted), creates a
 * new one and loads every year folder of {@code input/} into it. Everything in the database comes from the
 * drop folder, so nothing is lost but the history of past executions.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Reconstruit la base de données depuis les fichiers déposés (l'ancienne est gardée à côté).")
final class RebuildCommand extends DropFolderCommand {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(input)) {
            err.println("Dossier de dépôt introuvable : " + input.toAbsolutePath());
            return ClotureCli.FAILURE;
        }
        return DataDirectoryAccess.locked(data, "rebuild", err, () -> {
            Path old = DatabaseHealth.folder(data);
            if (Files.exists(old)) {
                Path aside = setAside(old);
                out.println("Ancienne base mise de côté : " + aside.toAbsolutePath().normalize());
            }
            AssociationConfig config = AssociationConfigLoader.load(input).config();
            try (ConfigurableApplicationContext context = ApplicationStarter.start(data, new ConsoleProgress(err))) {
                DropFolderIngest ingest = context.getBean(DropFolderIngest.class);
                LoadedFileQueries loadedFiles = context.getBean(LoadedFileQueries.class);
                List<Integer> years = yearFolders(input);
                for (int year : years) {
                    ingest.ingestYear(input, year, config);
                    var files = loadedFiles.loadedFiles(year);
                    out.printf("Exercice %d : %d fichier(s) chargé(s), %s ligne(s)%n", year, files.size(),
                            FrenchFormat.integer(files.stream().mapToLong(LoadedFileQueries.LoadedFile::rowsLoaded)
                                    .sum()));
                }
                out.println(years.isEmpty() ? "Aucun dossier d'exercice dans " + input.toAbsolutePath().normalize()
                        : "Base reconstruite dans " + old.toAbsolutePath().normalize()
                        + ". Relancez « cloture run » pour produire les rapports.");
            }
            return ClotureCli.DONE;
        });
    }

    /** Renames the database folder beside itself with the date; a second rebuild in the same second adds a number. */
    private static Path setAside(Path folder) throws java.io.IOException {
        String base = folder.getFileName() + ".broken-" + SUFFIX.format(LocalDateTime.now());
        Path aside = folder.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.resolveSibling(base + "-" + n);
        }
        return Files.move(folder, aside);
    }

    static List<Integer> yearFolders(Path input) throws java.io.IOException {
        try (Stream<Path> folders = Files.list(input)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).sorted().toList();
        }
    }
}
