package org.cloture.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.cloture.config.WebSettings;
import org.cloture.jobs.DropFolderService;
import org.cloture.jobs.RunTracker;
import org.cloture.jobs.ServeToken;
import org.cloture.jobs.ServedFolders;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.cloture.jobs.IngestLauncher;
import org.cloture.jobs.YearEndDelivery;
import org.cloture.jobs.YearEndLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cloture serve}: watches the drop folder and runs the schedules of association.yml until stopped
 * (Ctrl+C, or SIGTERM from systemd), letting the job in progress finish first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Surveille le dossier de dépôt (chargement et retour pour chaque fichier déposé) et lance "
                + "les travaux planifiés d'association.yml, jusqu'à l'arrêt (Ctrl+C ou SIGTERM).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    /** Asked when needed, not in a static field: picocli builds every command for « --help », before Logback. */
    private static Logger log() {
        return LoggerFactory.getLogger(ServeCommand.class);
    }

    @Option(names = "--input", paramLabel = "DOSSIER", defaultValue = "input",
            description = "Dossier de dépôt (par défaut : ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--reports", paramLabel = "DOSSIER", defaultValue = "reports",
            description = "Dossier des rapports et des retours de dépôt (par défaut : ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--data", paramLabel = "DOSSIER", defaultValue = "data",
            description = "Dossier de la base de données intégrée et de cloture.log (par défaut : ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--quiet-seconds", paramLabel = "SECONDES", defaultValue = "5",
            description = "Un fichier est lu quand sa taille et sa date n'ont pas bougé depuis ce délai "
                    + "(par défaut : ${DEFAULT-VALUE}).")
    int quietSeconds;

    @Option(names = "--poll-seconds", paramLabel = "SECONDES", defaultValue = "10",
            description = "Examen complet du dossier à cet intervalle, pour les partages réseau sans "
                    + "notifications (par défaut : ${DEFAULT-VALUE}).")
    int pollSeconds;

    @Option(names = "--polling-only",
            description = "Ne pas utiliser les notifications du système de fichiers (seulement l'examen périodique).")
    boolean pollingOnly;

    @Option(names = "--no-send", description = "Ne pas envoyer le rapport au conseil après la clôture planifiée.")
    boolean noSend;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port de la page web (par défaut : web.port d'association.yml, sinon 8080 ; 0 : un port libre).")
    Integer port;

    @Option(names = "--no-web", description = "Ne pas servir la page web (seulement le dossier de dépôt et les travaux planifiés).")
    boolean noWeb;

    @Option(names = "--tick-millis", hidden = true, defaultValue = "1000")
    long tickMillis;

    @Spec
    CommandSpec spec;

    /** A started service and its Spring context, stopped together. */
    record Running(ConfigurableApplicationContext context, DropFolderService service, Path data)
            implements AutoCloseable {

        @Override
        public void close() {
            ServeToken.delete(data);
            service.close();
            context.close();
        }

        /** The port the web page listens on (-1 without the page). */
        public int port() {
            return context instanceof WebServerApplicationContext served ? served.getWebServer().getPort() : -1;
        }
    }

    private static String hostOf(String address) {
        return "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address.contains(":") ? "[" + address + "]" : address;
    }

    private static String loopbackOf(String address) {
        return hostOf(address);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(input)) {
            err.println("Dossier de dépôt introuvable : " + input.toAbsolutePath());
            return ClotureCli.FAILURE;
        }
        if (reports.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
            err.println("Le dossier des rapports ne peut pas être dans le dossier de dépôt : les retours "
                    + "s'écriraient parmi les fichiers déposés.");
            return ClotureCli.FAILURE;
        }
        Files.createDirectories(data);
        // Held until the service stops: serve and a manual run never share the database.
        return DataDirectoryAccess.withHealthyDatabase(data, "serve", err, () -> {
            CountDownLatch stopped = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Running> running = new AtomicReference<>();
            // Installed before anything starts: a SIGTERM that arrives while serve is still starting (its
            // first lines already printed) waits for the start, then stops as cleanly as a later one.
            Thread shutdown = new Thread(() -> {
                awaitQuietly(started);
                log().info("Stop requested: finishing the job in progress");
                Running service = running.get();
                if (service != null) {
                    service.close();
                }
                spec.commandLine().getOut().println("Clôture arrêté.");
                spec.commandLine().getOut().flush();
                stopped.countDown();
            }, "cloture-stop");
            Runtime.getRuntime().addShutdownHook(shutdown);
            try {
                running.set(start(false));
            } catch (IOException | RuntimeException e) {
                // Nothing to stop: the failure is reported as any command's, without « Clôture arrêté. ».
                Runtime.getRuntime().removeShutdownHook(shutdown);
                throw e;
            } finally {
                started.countDown();
            }
            stopped.await();
            return ClotureCli.DONE;
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the application and the service (used as is by the tests, which then close it). */
    Running start(boolean springShutdownHook) throws IOException {
        Files.createDirectories(data);
        PrintWriter out = spec.commandLine().getOut();
        ServedFolders folders = new ServedFolders(input, reports, data);
        WebSettings web = WebSettings.read(input);
        if (port != null) {
            web = web.withPort(port);
        }
        ConfigurableApplicationContext context = noWeb ? ApplicationStarter.start(data, springShutdownHook)
                : ApplicationStarter.startServing(folders, web, new RunTracker(), springShutdownHook);
        DropFolderService service = new DropFolderService(new DropFolderService.Settings(input, reports,
                Duration.ofSeconds(quietSeconds), Duration.ofSeconds(pollSeconds), Duration.ofMillis(tickMillis),
                !pollingOnly, !noSend), context.getBean(IngestLauncher.class), context.getBean(YearEndLauncher.class),
                context.getBean(YearEndDelivery.class), Clock.systemDefaultZone(), line -> {
                    out.println(line);
                    out.flush();
                    log().info(line);
                });
        log().info("Serving {} (reports {}, data {})", input.toAbsolutePath(), reports.toAbsolutePath(), data.toAbsolutePath());
        service.start();
        folders.attach(service);
        if (!noWeb && context instanceof WebServerApplicationContext served) {
            int actual = served.getWebServer().getPort();
            out.println("Page web : http://" + hostOf(web.address()) + ":" + actual + "/"
                    + (web.users().isEmpty() ? " — aucun utilisateur : ajoutez-en avec « cloture user add NOM --role "
                    + "tresorier »" : ""));
            out.flush();
            ServeToken.write(data, "http://" + loopbackOf(web.address()) + ":" + actual);
        }
        return new Running(context, service, data);
    }
}
