package org.cloture.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cloture.config.AssociationConfig.MailSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries and their back-off, with a transport that fails as told and a log in memory. */
class BoardDeliveryRetryTest {

    @TempDir
    Path work;

    private final List<DeliveryLog.Entry> entries = new ArrayList<>();
    private final DeliveryLog log = new DeliveryLog() {
        @Override
        public boolean alreadySent(int year, String pdfSha256, String recipient) {
            return entries.stream().anyMatch(entry -> entry.sent() && entry.year() == year
                    && entry.pdfSha256().equals(pdfSha256) && entry.recipient().equals(recipient));
        }

        @Override
        public void pending(int year, String pdfSha256, String recipient, java.time.Instant at) {
        }

        @Override
        public void record(Entry entry) {
            entries.add(entry);
        }

        @Override
        public List<Entry> unconfirmed(int year, String pdfSha256) {
            return List.of();
        }

        @Override
        public void settleUnconfirmed(Entry unconfirmed, java.time.Instant at) {
        }
    };
    private final List<Long> attemptsAt = new ArrayList<>();

    private DeliveryOutcome deliver(MailTransport transport, List<String> recipients) throws Exception {
        Path pdf = Files.writeString(work.resolve("rapport.pdf"), "%PDF");
        MailSettings mail = new MailSettings("smtp.example.org", 587, MailSettings.Security.STARTTLS, "t@example.org", null);
        return new BoardDelivery(log, settings -> transport, new BoardDelivery.Retry(3, Duration.ofMillis(100)),
                Clock.systemUTC()).deliver(new BoardDelivery.Request("Asso", 2023, pdf, recipients, mail, false, false));
    }

    @Test
    void aServerThatAnswersOnTheThirdAttemptGetsTheReportAfterExponentialWaits() throws Exception {
        MailTransport flaky = (recipient, message) -> {
            attemptsAt.add(System.nanoTime());
            if (attemptsAt.size() < 3) {
                throw new MailFailure(MailFailure.Kind.UNAVAILABLE, "injoignable", null);
            }
            return "<id@example.org>";
        };

        DeliveryOutcome outcome = deliver(flaky, List.of("ca@example.org"));

        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.DELIVERED);
        assertThat(Duration.ofNanos(attemptsAt.get(1) - attemptsAt.get(0))).isBetween(Duration.ofMillis(100),
                Duration.ofMillis(190));
        assertThat(Duration.ofNanos(attemptsAt.get(2) - attemptsAt.get(1))).isBetween(Duration.ofMillis(200),
                Duration.ofMillis(390));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.messageId()).isEqualTo("<id@example.org>");
        });
    }

    @Test
    void aRecipientRefusedDoesNotStopTheOthersButARefusedPasswordDoes() throws Exception {
        MailTransport refusing = (recipient, message) -> {
            attemptsAt.add(System.nanoTime());
            throw recipient.startsWith("inconnu")
                    ? new MailFailure(MailFailure.Kind.REJECTED, "destinataire refusé", null)
                    : new MailFailure(MailFailure.Kind.AUTHENTICATION, "mot de passe refusé", null);
        };

        DeliveryOutcome outcome = deliver(refusing, List.of("inconnu@example.org", "a@example.org", "b@example.org"));

        assertThat(outcome.failures()).containsExactly("inconnu@example.org : destinataire refusé",
                "a@example.org : mot de passe refusé");
        assertThat(attemptsAt).hasSize(2);
    }
}
