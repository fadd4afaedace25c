package org.cloture.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cloture.config.AssociationConfig.MailSettings;
import org.cloture.ingest.FileFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Emails the board report to the board once per report: a recipient who already received this PDF (same
 * year, same SHA-256) is skipped, so re-running a clean year sends nothing new. A server that cannot be
 * reached is tried again with exponential back-off; a refused password is not (it would lock the account).
 * Every send is recorded before it leaves and confirmed with its Message-ID after; recipients are compared
 * without regard to case.
 */
public final class BoardDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(BoardDelivery.class);

    /** How hard to try: {@code attempts} in all, waiting {@code firstDelay}, then twice as long each time. */
    public record Retry(int attempts, Duration firstDelay) {
    }

    /** One report to deliver. */
    public record Request(String associationName, int year, Path pdf, List<String> recipients, MailSettings mail,
                          boolean blockingFindings, boolean force) {
    }

    private final DeliveryLog log;
    private final Function<MailSettings, MailTransport> transports;
    private final Retry retry;
    private final Clock clock;

    public BoardDelivery(DeliveryLog log, Function<MailSettings, MailTransport> transports, Retry retry, Clock clock) {
        this.log = log;
        this.transports = transports;
        this.retry = retry;
        this.clock = clock;
    }

    public DeliveryOutcome deliver(Request request) throws IOException {
        if (request.mail() == null || request.recipients().isEmpty()) {
            return DeliveryOutcome.of(DeliveryOutcome.Status.NOT_CONFIGURED);
        }
        if (request.blockingFindings() && !request.force()) {
            return DeliveryOutcome.of(DeliveryOutcome.Status.HELD_BACK);
        }
        String sha256 = FileFingerprint.of(request.pdf()).sha256();
        BoardMessage message = BoardMessage.forReport(request.mail().sender(), request.associationName(),
                request.year(), request.pdf());
        MailTransport transport = transports.apply(request.mail());
        List<String> sent = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        // A run that died between handing a mail to the server and recording the answer left a pending record:
        // the server may well have delivered it. At most once: it is not sent again, the treasurer is told to
        // check that it arrived (a second copy of the board's report is worse than asking once).
        for (DeliveryLog.Entry open : log.unconfirmed(request.year(), sha256)) {
            log.settleUnconfirmed(open, clock.instant());
            unconfirmed.add(open.recipient());
            LOG.warn("Board report {} to {}: send started at {} never confirmed (interrupted run); not sent again",
                    request.year(), open.recipient(), open.at());
        }
        for (String recipient : distinct(request.recipients())) {
            if (log.alreadySent(request.year(), sha256, recipient)) {
                if (unconfirmed.stream().noneMatch(open -> DeliveryLog.recipientKey(open)
                        .equals(DeliveryLog.recipientKey(recipient)))) {
                    already.add(recipient);
                }
                continue;
            }
            AtomicInteger attempts = new AtomicInteger();
            log.pending(request.year(), sha256, recipient, clock.instant());
            try {
                String messageId = retrying().execute(() -> {
                    attempts.incrementAndGet();
                    return transport.send(recipient, message);
                });
                log.record(new DeliveryLog.Entry(request.year(), sha256, recipient, clock.instant(), messageId, true,
                        attempts.get(), null));
                sent.add(recipient);
                LOG.info("Board report {} sent to {} ({}, {} attempt(s))", request.year(), recipient, messageId,
                        attempts.get());
            } catch (RetryException e) {
                MailFailure failure = failureOf(e);
                log.record(new DeliveryLog.Entry(request.year(), sha256, recipient, clock.instant(), null, false,
                        attempts.get(), failure.getMessage()));
                LOG.warn("Board report {} not sent to {} after {} attempt(s): {}", request.year(), recipient,
                        attempts.get(), failure.getMessage(), failure.getCause());
                failures.add(recipient + " : " + failure.getMessage());
                if (failure.kind() != MailFailure.Kind.REJECTED) {
                    // A refused password or a server down is the same for the next recipients.
                    break;
                }
            }
        }
        DeliveryOutcome.Status status = failures.isEmpty() ? DeliveryOutcome.Status.DELIVERED
                : DeliveryOutcome.Status.FAILED;
        return new DeliveryOutcome(status, List.copyOf(sent), List.copyOf(already), List.copyOf(failures),
                List.copyOf(unconfirmed));
    }

    /** The recipients once each, compared without regard to case (the first spelling is kept). */
    private static List<String> distinct(List<String> recipients) {
        java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String recipient : recipients) {
            byKey.putIfAbsent(DeliveryLog.recipientKey(recipient), recipient.strip());
        }
        return List.copyOf(byKey.values());
    }

    private RetryTemplate retrying() {
        return new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, retry.attempts() - 1))
                .delay(retry.firstDelay())
                .multiplier(2)
                .maxDelay(retry.firstDelay().multipliedBy(1L << Math.min(20, Math.max(0, retry.attempts()))))
                .predicate(thrown -> thrown instanceof MailFailure failure && failure.worthRetrying())
                .build());
    }

    private static MailFailure failureOf(RetryException e) {
        Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
        return last instanceof MailFailure failure ? failure
                : new MailFailure(MailFailure.Kind.UNAVAILABLE, "Envoi interrompu : " + e.getMessage(), e);
    }
}
