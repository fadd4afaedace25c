package org.cloture.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.config.AssociationConfig.MailSettings.Security;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code mail} and {@code schedule} sections of association.yml, read by the service and the delivery. */
class OperationsConfigTest {

    @TempDir
    Path input;

    private AssociationConfigLoader.Loaded load(String yaml) throws IOException {
        Files.writeString(input.resolve("association.yml"), "name: \"Asso\"\n" + yaml, StandardCharsets.UTF_8);
        return AssociationConfigLoader.load(input);
    }

    @Test
    void readsTheContractExample() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                board:
                  recipients: ["presidence@example.org", "tresorerie@example.org"]
                mail:
                  host: smtp.example.org
                  port: 587
                  security: starttls
                  user: tresorier@example.org
                schedule:
                  sweep: "0 */15 * * * *"
                  yearEnd: "0 0 6 15 3 *"
                """);

        assertThat(loaded.findings()).isEmpty();
        AssociationConfig config = loaded.config();
        assertThat(config.boardRecipients()).containsExactly("presidence@example.org", "tresorerie@example.org");
        assertThat(config.mail()).isEqualTo(new AssociationConfig.MailSettings("smtp.example.org", 587,
                Security.STARTTLS, "tresorier@example.org", null));
        assertThat(config.mail().sender()).isEqualTo("tresorier@example.org");
        assertThat(config.schedule()).isEqualTo(new AssociationConfig.ScheduleSettings("0 */15 * * * *", null,
                "0 0 6 15 3 *"));
    }

    @Test
    void withoutTheSectionsNothingIsSentNorScheduled() throws IOException {
        AssociationConfig config = load("").config();

        assertThat(config.mail()).isNull();
        assertThat(config.schedule()).isEqualTo(AssociationConfig.ScheduleSettings.NONE);
    }

    @Test
    void thePortFollowsTheSecurityWhenNotGiven() throws IOException {
        AssociationConfig config = load("mail: { host: smtp.example.org, security: ssl, from: asso@example.org }\n")
                .config();

        assertThat(config.mail().port()).isEqualTo(465);
        assertThat(config.mail().security()).isEqualTo(Security.SSL);
        assertThat(config.mail().sender()).isEqualTo("asso@example.org");
    }

    @Test
    void aWrongCronExpressionIsAnErrorNamingTheKeyAndLine() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                schedule:
                  monthlyReport: "tous les mois"
                """);

        assertThat(loaded.config().schedule().monthlyReport()).isNull();
        assertThat(loaded.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.CONFIG_INVALID);
            assertThat(finding.message()).contains("schedule.monthlyReport", "tous les mois");
            assertThat(finding.location().row()).isEqualTo(3);
        });
    }

    @Test
    void aPasswordInTheFileIsAnUnknownKeyAndNotRead() throws IOException {
        AssociationConfigLoader.Loaded loaded = load("""
                mail:
                  host: smtp.example.org
                  security: tls
                  password: secret
                """);

        assertThat(loaded.findings()).extracting(Finding::check)
                .containsExactlyInAnyOrder(CheckId.CONFIG_UNKNOWN_KEY, CheckId.CONFIG_INVALID, CheckId.CONFIG_INVALID);
        assertThat(loaded.findings()).extracting(Finding::message)
                .anyMatch(message -> message.contains("mail.security"))
                .anyMatch(message -> message.contains("CLOTURE_SMTP_PASSWORD"));
        assertThat(loaded.config().mail()).isNull();
    }
}
