package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The board report by mail after {@code cloture run} and after the year-end scheduled in association.yml. */
class BoardDeliveryFunctionalTests {

    private static final String USER = "tresorier@example.org";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "secret"));

    @TempDir
    Path work;

    @BeforeAll
    static void password() {
        // Spring's environment reads system properties as it reads environment variables.
        System.setProperty("CLOTURE_SMTP_PASSWORD", "secret");
        System.setProperty("cloture.mail.first-retry-delay", "PT0.1S");
    }

    @AfterAll
    static void forget() {
        System.clearProperty("CLOTURE_SMTP_PASSWORD");
        System.clearProperty("cloture.mail.first-retry-delay");
    }

    private void demoWithMail(String schedule) throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.writeString(input.resolve("association.yml"), """
                mail:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  user: %s
                %s""".formatted(smtp.getSmtp().getPort(), USER, schedule), StandardOpenOption.APPEND);
    }

    @Test
    void runSendsTheCleanReportToTheBoardOnceAndARerunSendsNothing() throws Exception {
        demoWithMail("");

        CliRunner.Result first = CliRunner.run(work, "run", "--year", "2023");

        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ClotureCli.DONE);
        assertThat(first.out()).contains("Rapport envoyé au conseil : presidence@example.org.");
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(message ->
                assertThat(message.getSubject()).isEqualTo("Rapport d'activité 2023 — Réseau des Musées de la Vallée de la Lys"));

        CliRunner.Result again = CliRunner.run(work, "run", "--year", "2023");

        assertThat(again.out()).contains("déjà été envoyé à presidence@example.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theYearEndScheduledInAssociationYmlRunsTheJobAndSendsTheReportOnce() throws Exception {
        demoWithMail("""
                schedule:
                  yearEnd: "*/2 * * * * *"
                """);
        StringWriter console = new StringWriter();
        ServeCommand command = new ServeCommand();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(console, true));
        line.parseArgs("--input", work.resolve("input").toString(), "--reports", work.resolve("reports").toString(),
                "--data", work.resolve("data").toString(), "--quiet-seconds", "1", "--port", "0");

        try (ServeCommand.Running running = command.start(false)) {
            ServeFunctionalTests.await("two scheduled year-ends", Duration.ofMinutes(4),
                    () -> console.toString().lines().filter(text -> text.startsWith("Exercice 2025 : rapports écrits"))
                            .count() >= 2 && console.toString().contains("déjà été envoyé"));
        }

        assertThat(console.toString()).contains("Planifié (clôture et envoi au conseil) : */2 * * * * *",
                "Rapport envoyé au conseil : presidence@example.org.");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
