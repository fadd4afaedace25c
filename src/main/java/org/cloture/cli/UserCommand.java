package org.cloture.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.cloture.config.UsersBlock;
import org.cloture.config.WebSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cloture user add}: the people who may log in to the page of {@code cloture serve}. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Personnes autorisées sur la page web de « cloture serve » (association.yml, section users).",
        subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The shortest password accepted: the page may be reachable from the association's network. */
    static final int MINIMUM_LENGTH = 10;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Ajoute une personne (ou change son rôle et son mot de passe). Le mot de passe est "
                    + "demandé deux fois au terminal, ou lu sur l'entrée standard ; jamais sur la ligne de commande.")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NOM", description = "Identifiant de connexion (lettres, chiffres, . _ -).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "RÔLE",
                description = "equipe (dépôts, constats), tresorier (tout), bureau (le rapport PDF).")
        String role;

        @Option(names = "--email", paramLabel = "ADRESSE",
                description = "Adresse pour recevoir des liens de connexion à usage unique (facultatif).")
        String email;

        @Option(names = "--input", paramLabel = "DOSSIER", defaultValue = "input",
                description = "Dossier de dépôt, qui contient association.yml (par défaut : ${DEFAULT-VALUE}).")
        Path input;

        @Spec
        CommandSpec spec;

        /** Where the password comes from; the tests give their own. */
        PasswordSource passwords = PasswordSource.standard();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!name.matches("[\\p{L}\\p{N}._-]{1,64}")) {
                err.println("Identifiant refusé : « " + name + " » (lettres, chiffres, point, tiret et souligné seulement).");
                return ClotureCli.FAILURE;
            }
            WebSettings.Role known = WebSettings.Role.of(role).orElse(null);
            if (known == null) {
                err.println("Rôle inconnu : « " + role + " ». Rôles : equipe, tresorier, bureau.");
                return ClotureCli.FAILURE;
            }
            if (!Files.isDirectory(input)) {
                err.println("Dossier de dépôt introuvable : " + input.toAbsolutePath());
                return ClotureCli.FAILURE;
            }
            char[] password = passwords.read(name, err);
            if (password == null) {
                return ClotureCli.FAILURE;
            }
            try {
                if (password.length < MINIMUM_LENGTH) {
                    err.println("Mot de passe trop court : " + MINIMUM_LENGTH + " caractères au moins.");
                    return ClotureCli.FAILURE;
                }
                String hash = new BCryptPasswordEncoder().encode(java.nio.CharBuffer.wrap(password));
                boolean replaced = UsersBlock.put(input, new WebSettings.User(name, known, hash, email));
                out.println((replaced ? "Utilisateur mis à jour : " : "Utilisateur ajouté : ") + name + " (" + known.key()
                        + ") dans " + input.resolve("association.yml") + ". Pris en compte dès la prochaine connexion, "
                        + "même si « cloture serve » tourne déjà.");
                return ClotureCli.DONE;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Reads a new password: twice on a terminal (without echo), once from standard input otherwise. */
    interface PasswordSource {

        /** The password, or null after telling {@code err} why there is none. */
        char[] read(String user, PrintWriter err) throws IOException;

        static PasswordSource standard() {
            return (user, err) -> {
                Console console = System.console();
                if (console != null) {
                    char[] first = console.readPassword("Mot de passe de %s : ", user);
                    char[] second = console.readPassword("Le même mot de passe, encore une fois : ");
                    if (first == null || second == null || !Arrays.equals(first, second)) {
                        err.println("Les deux mots de passe diffèrent : rien n'a été modifié.");
                        return null;
                    }
                    Arrays.fill(second, '\0');
                    return first;
                }
                return firstLine(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err);
            };
        }

        static char[] firstLine(BufferedReader reader, PrintWriter err) throws IOException {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                err.println("Aucun mot de passe lu sur l'entrée standard : rien n'a été modifié.");
                return null;
            }
            return line.toCharArray();
        }
    }
}
