package org.cloture.cli;

import java.nio.file.Path;
import org.cloture.ClotureApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application on a data folder, only for the command that needs it. */
final class ApplicationStarter {

    private ApplicationStarter() {
    }

    static ConfigurableApplicationContext start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * @param shutdownHook false when the command closes the context itself on SIGTERM ({@code serve}: the
     *                     job in progress must finish before the database closes)
     */
    static ConfigurableApplicationContext start(Path dataDirectory, boolean shutdownHook) {
        // A command-line property: builder "properties" are defaults that application.properties would override.
        return new SpringApplicationBuilder(ClotureApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(shutdownHook)
                .run("--cloture.data=" + dataDirectory.toAbsolutePath().normalize());
    }
}
