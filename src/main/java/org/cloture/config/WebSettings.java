package org.cloture.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The {@code web:} and {@code users:} blocks of {@code association.yml}: where {@code cloture serve} listens
 * for the staff's web page, and who may log in (bcrypt hashes written by {@code cloture user add}, never a
 * password).
 *
 * <pre>
 * web:
 *   address: 127.0.0.1       # behind a TLS reverse proxy, keep the loopback address
 *   port: 8080
 *   maxUploadMegabytes: 50
 *   publicUrl: https://cloture.example.org   # for the links of one-time login e-mails
 * users:
 *   - name: marie
 *     role: tresorier          # equipe | tresorier | bureau
 *     password: "$2a$10$…"     # bcrypt
 *     email: marie@example.org # optional: one-time login links
 * </pre>
 */
public record WebSettings(String address, int port, long maxUploadBytes, String publicUrl, List<User> users) {

    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_UPLOAD_MEGABYTES = 50;

    /** What a person may do on the page. */
    public enum Role {
        /** Staff: upload files, see the findings. */
        EQUIPE,
        /** The treasurer: everything, including the year-end run and every download. */
        TRESORIER,
        /** The board: the PDF report only. */
        BUREAU;

        /** The role as written in association.yml and on the command line. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Role> of(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String key = text.strip().toLowerCase(Locale.ROOT).replace('é', 'e');
            for (Role role : values()) {
                if (role.key().equals(key)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }
    }

    /** A person who may log in; {@code passwordHash} is a bcrypt hash, {@code email} may be null. */
    public record User(String name, Role role, String passwordHash, String email) {
    }

    public WebSettings {
        users = List.copyOf(users);
    }

    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_ADDRESS, DEFAULT_PORT, DEFAULT_MAX_UPLOAD_MEGABYTES * 1024L * 1024L, null,
                List.of());
    }

    public Optional<User> user(String name) {
        return users.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(address, newPort, maxUploadBytes, publicUrl, users);
    }

    /**
     * The settings of {@code inputDirectory/association.yml}; defaults when the file or a block is missing.
     * A malformed entry is skipped (a user without a hash or with an unknown role cannot log in).
     */
    public static WebSettings read(Path inputDirectory) {
        Path file = inputDirectory.resolve(AssociationConfigLoader.FILE_NAME);
        WebSettings defaults = defaults();
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            return defaults;  // the run reports a broken association.yml with its line
        }
        if (!(root instanceof Map<?, ?> keys)) {
            return defaults;
        }
        String address = defaults.address();
        int port = defaults.port();
        long maxUpload = defaults.maxUploadBytes();
        String publicUrl = null;
        if (keys.get("web") instanceof Map<?, ?> web) {
            address = web.get("address") == null ? address : String.valueOf(web.get("address")).strip();
            port = web.get("port") instanceof Number number ? number.intValue() : port;
            if (web.get("maxUploadMegabytes") instanceof Number megabytes && megabytes.longValue() > 0) {
                maxUpload = megabytes.longValue() * 1024L * 1024L;
            }
            publicUrl = web.get("publicUrl") == null ? null : String.valueOf(web.get("publicUrl")).strip();
        }
        List<User> users = new ArrayList<>();
        if (keys.get("users") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> user && user.get("name") != null && user.get("password") != null) {
                    Optional<Role> role = Role.of(String.valueOf(user.get("role")));
                    role.ifPresent(known -> users.add(new User(String.valueOf(user.get("name")).strip(), known,
                            String.valueOf(user.get("password")).strip(),
                            user.get("email") == null ? null : String.valueOf(user.get("email")).strip())));
                }
            }
        }
        return new WebSettings(address, port, maxUpload, publicUrl, users);
    }
}
