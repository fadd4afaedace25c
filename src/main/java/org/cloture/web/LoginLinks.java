package org.cloture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.config.WebSettings;
import org.cloture.delivery.BoardMessage;
import org.cloture.delivery.MailFailure;
import org.cloture.delivery.SmtpTransport;
import org.cloture.jobs.ServedFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a one-time login link by e-mail, through the association's SMTP server ({@code mail:} of
 * association.yml), to the address {@code cloture user add --email} recorded (read when the link is asked
 * for, as the password is at each login). The SMTP password comes from the environment, as for the board's
 * report. The link opens a page whose button POSTs the token: a mail scanner that follows links never
 * consumes it. The answer is the same whether or not the user exists, so the form tells nobody which names
 * are valid.
 */
@Component
@ConditionalOnWebApplication
public class LoginLinks implements OneTimeTokenGenerationSuccessHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoginLinks.class);

    private final WebSettings settings;
    private final ServedFolders folders;
    private final AssociationUsers users;
    private final Environment environment;

    public LoginLinks(WebSettings settings, ServedFolders folders, AssociationUsers users, Environment environment) {
        this.settings = settings;
        this.folders = folders;
        this.users = users;
        this.environment = environment;
    }

    /** Whether the login page offers links: a mail server is configured and someone has an address. */
    public boolean available() {
        return AssociationConfigLoader.load(folders.input()).config().mail() != null
                && users.current().stream().anyMatch(user -> user.email() != null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        users.named(token.getUsername()).filter(user -> user.email() != null).ifPresent(user -> send(request, user, token));
        response.sendRedirect("/login/lien-envoye");
    }

    private void send(HttpServletRequest request, WebSettings.User user, OneTimeToken token) {
        AssociationConfig config = AssociationConfigLoader.load(folders.input()).config();
        AssociationConfig.MailSettings mail = config.mail();
        if (mail == null) {
            return;
        }
        String base = settings.publicUrl() != null ? settings.publicUrl().replaceAll("/$", "")
                : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String link = base + "/login/ott?token=" + URLEncoder.encode(token.getTokenValue(), StandardCharsets.UTF_8);
        String body = """
                Bonjour,

                Pour vous connecter à Clôture (%s), ouvrez ce lien puis cliquez sur « Se connecter » :

                %s

                Le lien ne sert qu'une fois et expire dans 5 minutes. Si vous n'avez rien demandé, ignorez ce message.
                """.formatted(config.name(), link);
        try {
            new SmtpTransport(mail, environment.getProperty(AssociationConfig.MailSettings.PASSWORD_VARIABLE),
                    Duration.ofSeconds(30))
                    .send(user.email(), new BoardMessage(mail.sender(), "Votre lien de connexion à Clôture", body, null));
        } catch (MailFailure e) {
            LOG.warn("One-time login link to {} not sent: {}", user.name(), e.getMessage());
        }
    }
}
