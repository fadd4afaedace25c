package org.cloture.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import org.cloture.config.AssociationConfig.MailSettings;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Jakarta Mail (Angus) through Spring's {@link JavaMailSenderImpl}, on the association's own SMTP server as
 * {@code association.yml} describes it. The password is given by the caller (from the environment), never
 * read from a file.
 */
public final class SmtpTransport implements MailTransport {

    private final MailSettings settings;
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    public SmtpTransport(MailSettings settings, String password, Duration timeout) {
        this.settings = settings;
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        String millis = Long.toString(timeout.toMillis());
        String protocol = settings.security() == MailSettings.Security.SSL ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        if (settings.security() == MailSettings.Security.STARTTLS) {
            // Required, not opportunistic: the password must never travel in clear.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (settings.user() != null) {
            sender.setUsername(settings.user());
            sender.setPassword(password);
            properties.put("mail." + protocol + ".auth", "true");
        }
        sender.setJavaMailProperties(properties);
    }

    /** For tests: the underlying sender, to trust a test server's certificate. */
    JavaMailSenderImpl sender() {
        return sender;
    }

    @Override
    public String send(String recipient, BoardMessage message) throws MailFailure {
        MimeMessage mime = sender.createMimeMessage();
        try {
            // A message without attachment (a one-time login link) is a plain text mail.
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachment() != null, "UTF-8");
            helper.setFrom(message.sender());
            helper.setTo(recipient);
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            if (message.attachment() != null) {
                helper.addAttachment(message.attachment().getFileName().toString(),
                        new FileSystemResource(message.attachment()), "application/pdf");
            }
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.Kind.REJECTED, "Message impossible à préparer : " + e.getMessage(), e);
        }
        try {
            sender.send(mime);
            return mime.getMessageID();
        } catch (MailAuthenticationException e) {
            throw authentication(e);
        } catch (MailException e) {
            throw classify(e);
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.Kind.REJECTED, "Identifiant du message illisible", e);
        }
    }

    private MailFailure authentication(Throwable cause) {
        return new MailFailure(MailFailure.Kind.AUTHENTICATION, "Le serveur SMTP " + settings.host()
                + " a refusé l'identifiant « " + settings.user() + " » ou son mot de passe (variable "
                + MailSettings.PASSWORD_VARIABLE + ")", cause);
    }

    private MailFailure classify(MailException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return authentication(failure);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return new MailFailure(MailFailure.Kind.UNAVAILABLE, "Serveur SMTP " + settings.host() + ":"
                        + settings.port() + " injoignable (" + cause.getClass().getSimpleName() + ")", failure);
            }
            if (cause instanceof SendFailedException) {
                return new MailFailure(MailFailure.Kind.REJECTED, "Le serveur SMTP a refusé le destinataire ou le "
                        + "message : " + firstLine(cause.getMessage()), failure);
            }
        }
        // Anything else (connection dropped, server busy): a later attempt may well succeed.
        return new MailFailure(MailFailure.Kind.UNAVAILABLE, "Envoi interrompu par le serveur SMTP " + settings.host()
                + " : " + firstLine(failure.getMessage()), failure);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
