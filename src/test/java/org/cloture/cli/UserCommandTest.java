package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.config.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine;

/** {@code cloture user add}: a bcrypt hash in association.yml, the password never on the command line. */
class UserCommandTest {

    @TempDir
    Path input;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int add(String stdin, String... args) {
        UserCommand.Add add = new UserCommand.Add();
        add.passwords = (user, errors) -> UserCommand.PasswordSource.firstLine(new BufferedReader(new StringReader(stdin)), errors);
        CommandLine line = new CommandLine(add);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void addsAUserWithABcryptHashAndKeepsTheRestOfTheFile() throws Exception {
        Files.writeString(input.resolve("association.yml"), """
                # Notre association
                name: "Les Amis du Lin"   # le nom officiel
                fiscalYearStart: "01-01"
                """);

        int code = add("un-mot-de-passe-solide\n", "marie", "--role", "tresorier", "--email", "marie@example.org",
                "--input", input.toString());

        assertThat(code).isZero();
        String yaml = Files.readString(input.resolve("association.yml"));
        assertThat(yaml).startsWith("# Notre association\nname: \"Les Amis du Lin\"   # le nom officiel\n")
                .doesNotContain("un-mot-de-passe-solide");
        WebSettings.User marie = WebSettings.read(input).user("marie").orElseThrow();
        assertThat(marie.role()).isEqualTo(WebSettings.Role.TRESORIER);
        assertThat(marie.email()).isEqualTo("marie@example.org");
        assertThat(new BCryptPasswordEncoder().matches("un-mot-de-passe-solide", marie.passwordHash())).isTrue();
        assertThat(AssociationConfigLoader.load(input).findings()).as("users: is a known key").isEmpty();
    }

    @Test
    void addingAgainReplacesTheUserAndKeepsTheOthers() throws Exception {
        Files.writeString(input.resolve("association.yml"), "name: \"Asso\"\n");
        add("premier-mot-de-passe\n", "marie", "--role", "equipe", "--input", input.toString());
        add("mot-de-passe-de-paul\n", "paul", "--role", "bureau", "--input", input.toString());

        add("second-mot-de-passe\n", "marie", "--role", "tresorier", "--input", input.toString());

        WebSettings settings = WebSettings.read(input);
        assertThat(settings.users()).extracting(WebSettings.User::name).containsExactly("paul", "marie");
        assertThat(settings.user("marie").orElseThrow().role()).isEqualTo(WebSettings.Role.TRESORIER);
        assertThat(new BCryptPasswordEncoder().matches("second-mot-de-passe",
                settings.user("marie").orElseThrow().passwordHash())).isTrue();
        assertThat(out.toString()).contains("Utilisateur mis à jour : marie");
    }

    @Test
    void thereIsNoPasswordOptionAndShortPasswordsOrUnknownRolesAreRefused() throws Exception {
        Files.writeString(input.resolve("association.yml"), "name: \"Asso\"\n");

        assertThat(add("", "marie", "--role", "tresorier", "--password", "secret-en-clair", "--input", input.toString()))
                .as("no option takes the password").isNotZero();
        assertThat(add("court\n", "marie", "--role", "tresorier", "--input", input.toString())).isEqualTo(ClotureCli.FAILURE);
        assertThat(add("un-mot-de-passe-solide\n", "marie", "--role", "president", "--input", input.toString()))
                .isEqualTo(ClotureCli.FAILURE);
        assertThat(add("", "marie", "--role", "tresorier", "--input", input.toString())).isEqualTo(ClotureCli.FAILURE);

        assertThat(err.toString()).contains("trop court", "Rôle inconnu", "Aucun mot de passe");
        assertThat(WebSettings.read(input).users()).isEmpty();
    }
}
