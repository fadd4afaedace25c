package org.cloture.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ClotureApplication;
import org.cloture.jobs.RunProgress;
import org.cloture.store.VerifiedDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application on a data folder, only for the command that needs it. */
final class ApplicationStarter {

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

    static ConfigurableApplicationContext start(Path dataDirectory, RunProgress progress, boolean shutdownHook) {
        RunProgress reported = HaltPoint.around(progress);
        // Command-line properties: builder "properties" are defaults that application.properties would override.
        List<String> arguments = new ArrayList<>(List.of("--cloture.data=" + dataDirectory.toAbsolutePath().normalize()));
        if (VerifiedDatabase.unchanged(dataDirectory)) {
            // Same files, same migrations as when it was last checked and closed: nothing to migrate or create.
            arguments.addAll(List.of("--spring.flyway.enabled=false", "--spring.batch.jdbc.initialize-schema=never"));
        }
        VerifiedDatabase.forget(dataDirectory);
        return new SpringApplicationBuilder(ClotureApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(shutdownHook)
                .initializers(context -> context.getBeanFactory().registerSingleton("runProgress", reported))
                .run(arguments.toArray(String[]::new));
    }
}
