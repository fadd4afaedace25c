package org.cloture.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfig.MailSettings;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.delivery.BoardDelivery;
import org.cloture.delivery.DeliveryOutcome;
import org.cloture.delivery.FileDeliveryLog;
import org.cloture.delivery.MailFailure;
import org.cloture.delivery.MailTransport;
import org.cloture.delivery.SmtpTransport;
import org.cloture.store.JdbcDeliveryLog;
import org.cloture.yearend.YearEndRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a completed year-end job, the board report to the board: {@code cloture run} and the scheduled
 * year-end of {@code cloture serve} both call it. The SMTP password is read from the environment
 * ({@value MailSettings#PASSWORD_VARIABLE}), never from association.yml.
 */
@Component
public class YearEndDelivery {

    private final BoardDelivery delivery;

    public YearEndDelivery(DataSource dataSource, Environment environment,
                           @Value("${cloture.data}") Path dataDirectory,
                           @Value("${cloture.mail.attempts:3}") int attempts,
                           @Value("${cloture.mail.first-retry-delay:PT30S}") Duration firstDelay,
                           @Value("${cloture.mail.timeout:PT60S}") Duration timeout) {
        this.delivery = new BoardDelivery(logOf(dataDirectory, dataSource),
                settings -> transport(settings, environment.getProperty(MailSettings.PASSWORD_VARIABLE), timeout),
                new BoardDelivery.Retry(attempts, firstDelay), Clock.systemUTC());
    }

    /**
     * The file log of the data folder (outside the database, so {@code cloture rebuild} keeps it), seeded once
     * with the sends an older version recorded in the database.
     */
    static FileDeliveryLog logOf(Path dataDirectory, DataSource dataSource) {
        FileDeliveryLog log = FileDeliveryLog.in(dataDirectory);
        if (!Files.exists(log.file())) {
            new JdbcDeliveryLog(new JdbcTemplate(dataSource)).sent().forEach(log::record);
        }
        return log;
    }

    private static MailTransport transport(MailSettings settings, String password, Duration timeout) {
        if (settings.user() != null && (password == null || password.isEmpty())) {
            return (recipient, message) -> {
                throw new MailFailure(MailFailure.Kind.AUTHENTICATION, "la variable d'environnement "
                        + MailSettings.PASSWORD_VARIABLE + " (mot de passe de " + settings.user()
                        + ") n'est pas définie", null);
            };
        }
        return new SmtpTransport(settings, password, timeout);
    }

    /** Empty when there is nothing to deliver: a check, or a job that did not complete. */
    public Optional<DeliveryOutcome> deliverAfter(YearEndRequest request, YearEndLauncher.Launched launched,
                                                  boolean force) throws IOException {
        if (request.mode() != YearEndRequest.Mode.RUN || !launched.completed() || launched.run() == null
                || launched.run().outputs() == null) {
            return Optional.empty();
        }
        AssociationConfig config = AssociationConfigLoader.load(request.inputRoot()).config();
        return Optional.of(delivery.deliver(new BoardDelivery.Request(config.name(), request.year(),
                launched.run().outputs().pdf(), config.boardRecipients(), config.mail(),
                launched.run().hasBlockingFindings(), force)));
    }
}
