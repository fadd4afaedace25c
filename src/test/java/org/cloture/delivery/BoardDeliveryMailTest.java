package org.cloture.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cloture.config.AssociationConfig.MailSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The board report through a real SMTP conversation, with GreenMail as the association's server. */
class BoardDeliveryMailTest {

    private static final String USER = "tresorier@example.org";
    private static final String PASSWORD = "mot-de-passe";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));

    @TempDir
    Path work;

    private FileDeliveryLog log;
    private Path pdf;

    @BeforeEach
    void setUp() throws IOException {
        log = FileDeliveryLog.in(work.resolve("data"));
        pdf = Files.write(work.resolve("rapport-activite-2023.pdf"), "%PDF-1.7 rapport".getBytes());
    }

    private MailSettings server(int port) {
        return new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, USER, null);
    }

    private BoardDelivery delivery(String password, int attempts) {
        return new BoardDelivery(log, settings -> new SmtpTransport(settings, password, Duration.ofSeconds(5)),
                new BoardDelivery.Retry(attempts, Duration.ofMillis(50)), Clock.systemUTC());
    }

    private BoardDelivery.Request request(MailSettings mail, boolean blocking, boolean force) {
        return new BoardDelivery.Request("Réseau des Musées", 2023, pdf,
                List.of("presidence@example.org", "vice-presidence@example.org"), mail, blocking, force);
    }

    @Test
    void theReportReachesEachBoardRecipientWithAFrenchMessageAndEachSendIsRecorded() throws Exception {
        DeliveryOutcome outcome = delivery(PASSWORD, 3)
                .deliver(request(server(smtp.getSmtp().getPort()), false, false));

        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.DELIVERED);
        assertThat(outcome.sentTo()).containsExactly("presidence@example.org", "vice-presidence@example.org");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("Rapport d'activité 2023 — Réseau des Musées");
        assertThat(first.getFrom()[0].toString()).isEqualTo(USER);
        Multipart parts = (Multipart) first.getContent();
        assertThat(text(first)).contains("Bonjour", "les comptes de l'exercice 2023 de Réseau des Musées");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("rapport-activite-2023.pdf");
        assertThat(log.entries(2023)).extracting(DeliveryLog.Entry::recipient, DeliveryLog.Entry::sent,
                        DeliveryLog.Entry::messageId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("presidence@example.org", true, first.getMessageID()),
                        org.assertj.core.groups.Tuple.tuple("vice-presidence@example.org", true,
                                received[1].getMessageID()));
    }

    /** The plain-text part of a message, wherever the multipart structure put it. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void theSameReportIsNeverSentTwiceButAChangedReportIs() throws Exception {
        BoardDelivery delivery = delivery(PASSWORD, 3);
        MailSettings mail = server(smtp.getSmtp().getPort());
        delivery.deliver(request(mail, false, false));

        DeliveryOutcome again = delivery.deliver(request(mail, false, false));

        assertThat(again.status()).isEqualTo(DeliveryOutcome.Status.DELIVERED);
        assertThat(again.sentTo()).isEmpty();
        assertThat(again.alreadySentTo()).hasSize(2);
        assertThat(again.frenchSummary()).contains("déjà été envoyé");
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        Files.write(pdf, "%PDF-1.7 rapport corrigé".getBytes());
        assertThat(delivery.deliver(request(mail, false, false)).sentTo()).hasSize(2);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aRefusedPasswordIsAClearFrenchErrorTriedOnceAndRecorded() throws Exception {
        DeliveryOutcome outcome = delivery("mauvais", 3).deliver(request(server(smtp.getSmtp().getPort()), false, false));

        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
        assertThat(outcome.frenchSummary()).contains("a refusé l'identifiant « tresorier@example.org »",
                "CLOTURE_SMTP_PASSWORD");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(log.entries(2023)).singleElement().satisfies(entry -> {
            assertThat(entry.sent()).isFalse();
            assertThat(entry.attempts()).as("no retry storm on a refused password").isEqualTo(1);
        });
    }

    @Test
    void aServerDownIsTriedAgainWithGrowingDelaysThenReportedAsFailed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();

        DeliveryOutcome outcome = delivery(PASSWORD, 3).deliver(request(server(closedPort), false, false));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waits 50 ms then 100 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
        assertThat(outcome.frenchSummary()).contains("injoignable");
        assertThat(log.entries(2023)).singleElement().satisfies(entry -> assertThat(entry.attempts()).isEqualTo(3));
    }

    @Test
    void nothingIsSentWhileBlockingFindingsRemainUnlessForced() throws Exception {
        BoardDelivery delivery = delivery(PASSWORD, 3);
        MailSettings mail = server(smtp.getSmtp().getPort());

        assertThat(delivery.deliver(request(mail, true, false)).status()).isEqualTo(DeliveryOutcome.Status.HELD_BACK);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(delivery.deliver(request(mail, true, true)).status()).isEqualTo(DeliveryOutcome.Status.DELIVERED);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withoutMailSettingsNothingIsTried() throws Exception {
        assertThat(delivery(PASSWORD, 3).deliver(request(null, false, false)).status())
                .isEqualTo(DeliveryOutcome.Status.NOT_CONFIGURED);
    }

    // --- Delivery records that survive a crash and a rebuild ---------------------------------------------------

    @Test
    void aCrashBetweenTheServersAcceptanceAndTheRecordIsResolvedAtTheNextRunWithoutASecondMail() throws Exception {
        MailSettings mail = server(smtp.getSmtp().getPort());
        BoardDelivery.Request one = new BoardDelivery.Request("Réseau des Musées", 2023, pdf,
                List.of("presidence@example.org"), mail, false, false);
        // What a run killed (kill -9, power cut) right after the server accepted the mail leaves behind: the
        // pending record written before the send, the mail delivered, no outcome.
        String sha256 = org.cloture.ingest.FileFingerprint.of(pdf).sha256();
        log.pending(2023, sha256, "presidence@example.org", java.time.Instant.parse("2024-03-01T10:00:00Z"));
        new SmtpTransport(mail, PASSWORD, Duration.ofSeconds(5)).send("presidence@example.org",
                BoardMessage.forReport(USER, "Réseau des Musées", 2023, pdf));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(Files.readString(log.file())).contains("\"PENDING\"").doesNotContain("\"SENT\"");

        // The next run, in a new process: the same file, a new log object.
        FileDeliveryLog reopened = FileDeliveryLog.in(work.resolve("data"));
        BoardDelivery next = new BoardDelivery(reopened,
                settings -> new SmtpTransport(settings, PASSWORD, Duration.ofSeconds(5)),
                new BoardDelivery.Retry(1, Duration.ofMillis(10)), Clock.systemUTC());
        DeliveryOutcome outcome = next.deliver(one);

        assertThat(smtp.getReceivedMessages()).as("never mailed twice").hasSize(1);
        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.DELIVERED);
        assertThat(outcome.unconfirmed()).containsExactly("presidence@example.org");
        assertThat(outcome.frenchSummary()).contains("sans confirmation du serveur", "vérifiez qu'il a été reçu");

        DeliveryOutcome third = next.deliver(one);
        assertThat(third.unconfirmed()).isEmpty();
        assertThat(third.frenchSummary()).contains("déjà été envoyé à presidence@example.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void recipientsAreComparedWithoutRegardToCase() throws Exception {
        MailSettings mail = server(smtp.getSmtp().getPort());
        BoardDelivery delivery = delivery(PASSWORD, 1);
        DeliveryOutcome first = delivery.deliver(new BoardDelivery.Request("Réseau des Musées", 2023, pdf,
                List.of("Presidence@Example.org", "presidence@example.org ", "PRESIDENCE@EXAMPLE.ORG"), mail, false,
                false));

        assertThat(first.sentTo()).containsExactly("Presidence@Example.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        DeliveryOutcome again = delivery.deliver(new BoardDelivery.Request("Réseau des Musées", 2023, pdf,
                List.of("presidence@EXAMPLE.org"), mail, false, false));
        assertThat(again.sentTo()).isEmpty();
        assertThat(again.alreadySentTo()).containsExactly("presidence@EXAMPLE.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theLogLivesOutsideTheDatabaseAndATornLastLineIsSkipped() throws Exception {
        delivery(PASSWORD, 1).deliver(request(server(smtp.getSmtp().getPort()), false, false));
        assertThat(log.file()).isEqualTo(work.resolve("data").resolve(FileDeliveryLog.FILE_NAME));
        Files.writeString(log.file(), "{\"state\":\"SENT\",\"year\":20", java.nio.file.StandardOpenOption.APPEND);

        assertThat(FileDeliveryLog.in(work.resolve("data")).alreadySent(2023,
                org.cloture.ingest.FileFingerprint.of(pdf).sha256(), "vice-presidence@example.org")).isTrue();
    }
}
