package org.cloture.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ClotureApplication;
import org.cloture.config.WebSettings;
import org.cloture.jobs.RunTracker;
import org.cloture.jobs.ServedFolders;
import org.cloture.jobs.RunProgress;
import org.cloture.store.DatabaseOpenedAhead;
import org.cloture.store.VerifiedDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application on a data folder, only for the command that needs it. */
final class ApplicationStarter {

    private static final long MULTIPART_SLACK = 1024 * 1024;

    private ApplicationStarter() {
    }

    static ConfigurableApplicationContext start(Path dataDirectory) {
        return start(dataDirectory, RunProgress.NONE, true);
    }

    /**
     * @param shutdownHook false when the command closes the context itself on SIGTERM ({@code serve}: the
     *                     job in progress must finish before the database closes)
     */
    static ConfigurableApplicationContext start(Path dataDirectory, boolean shutdownHook) {
        return start(dataDirectory, RunProgress.NONE, shutdownHook);
    }

    /** The application, with {@code progress} told of stages, files and rows as jobs run. */
    static ConfigurableApplicationContext start(Path dataDirectory, RunProgress progress) {
        return start(dataDirectory, progress, true);
    }

    /**
     * {@code cloture serve}: the application with its web page (Tomcat on {@code web}'s address and port), the
     * served folders and the progress of runs registered for the page's controllers.
     */
    static ConfigurableApplicationContext startServing(ServedFolders folders, WebSettings web, RunTracker progress,
                                                       boolean shutdownHook) {
        RunProgress reported = HaltPoint.around(progress.listener());
        // Flyway runs here as usual; the note of a verified database goes while the database is open.
        VerifiedDatabase.forget(Path.of(folders.data().toString()));
        return new SpringApplicationBuilder(ClotureApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .registerShutdownHook(shutdownHook)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("runProgress", reported);
                    context.getBeanFactory().registerSingleton("runTracker", progress);
                    context.getBeanFactory().registerSingleton("servedFolders", folders);
                    context.getBeanFactory().registerSingleton("webSettings", web);
                })
                // Command-line properties: they win over application.properties (web-application-type=none).
                .run("--cloture.data=" + folders.data(),
                        "--spring.main.web-application-type=servlet",
                        "--server.address=" + web.address(),
                        "--server.port=" + web.port(),
                        "--logging.register-shutdown-hook=" + shutdownHook,
                        // Above the page's own limit (UploadSizeFilter answers 413 first): multipart parsing never cuts an upload.
                        "--spring.servlet.multipart.max-file-size=" + (web.maxUploadBytes() + MULTIPART_SLACK) + "B",
                        "--spring.servlet.multipart.max-request-size=" + (web.maxUploadBytes() + MULTIPART_SLACK) + "B");
    }

    static ConfigurableApplicationContext start(Path dataDirectory, RunProgress progress, boolean shutdownHook) {
        return start(dataDirectory, progress, shutdownHook, java.util.List.of());
    }

    /** The distributed manager: profile {@code distributed} (job repository in PostgreSQL, broker). */
    static ConfigurableApplicationContext startManager(Path dataDirectory, RunProgress progress) {
        return start(dataDirectory, progress, true, java.util.List.of("--spring.profiles.active=distributed"));
    }

    /**
     * A remote worker: profile {@code distributed}, the queue listener on, and no staging database of its
     * own on disk (each member is closed in a private in-memory database): several workers may share a
     * machine and a data folder.
     */
    static ConfigurableApplicationContext startWorker(Path dataDirectory, int threads) {
        return start(dataDirectory, RunProgress.NONE, false, java.util.List.of("--spring.profiles.active=distributed",
                "--cloture.worker=true", "--cloture.worker.threads=" + threads,
                "--spring.datasource.url=jdbc:hsqldb:mem:travailleur-" + java.util.UUID.randomUUID(),
                // The log names the flows wired at start (Batch's request handler on workerRequests…).
                "--logging.level.org.springframework.integration.endpoint.EventDrivenConsumer=INFO",
                "--logging.file.name=" + dataDirectory.toAbsolutePath().normalize().resolve(
                        "travailleur-" + ProcessHandle.current().pid() + ".log")));
    }

    static ConfigurableApplicationContext start(Path dataDirectory, RunProgress progress, boolean shutdownHook,
                                                java.util.List<String> extraArguments) {
        RunProgress reported = HaltPoint.around(progress);
        // Command-line properties: builder "properties" are defaults that application.properties would override.
        List<String> arguments = new ArrayList<>(List.of("--cloture.data=" + dataDirectory.toAbsolutePath().normalize(),
                // A command that stops the context itself (serve) logs its stop: logging must outlive Spring's hook.
                "--logging.register-shutdown-hook=" + shutdownHook));
        arguments.addAll(extraArguments);
        // No profile, no extra property: the batch context prepared at build time (others: profiles change the beans).
        boolean plain = extraArguments.isEmpty();
        // Same files, same migrations as when it was last checked and closed: nothing to migrate or create.
        boolean verified = plain && VerifiedDatabase.unchanged(dataDirectory);
        VerifiedDatabase.forget(dataDirectory);
        SpringApplicationBuilder application = (plain ? BatchApplication.builder(shutdownHook)
                : BatchApplication.withEveryAutoConfiguration(shutdownHook))
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("runProgress", reported);
                    if (verified) {
                        context.addBeanFactoryPostProcessor(new VerifiedDatabaseStart());
                    }
                });
        try (DatabaseOpenedAhead opening = verified ? DatabaseOpenedAhead.start(dataDirectory) : null) {
            return plain && BatchApplication.prepared()
                    ? BatchApplication.runPrepared(application, arguments)
                    : application.run(arguments.toArray(String[]::new));
        }
    }
}
