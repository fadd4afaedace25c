package org.cloture.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How {@code cloture status} reaches a running {@code cloture serve}, whose database it cannot open: serve
 * writes {@code <data>/serve.token} (its loopback address and a random token, readable by its owner only)
 * and answers {@code GET /interne/etat} to loopback requests that carry the token in the
 * {@value #HEADER} header. The file goes when serve stops.
 */
public final class ServeToken {

    public static final String FILE_NAME = "serve.token";
    public static final String HEADER = "X-Cloture-Token";
    public static final String PATH = "/interne/etat";

    /** The address of the running serve and its token. */
    public record Endpoint(String baseUrl, String token) {
    }

    private ServeToken() {
    }

    /** Writes a new token for serve at {@code baseUrl}; returns it. */
    public static String write(Path data, String baseUrl) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Path file = data.resolve(FILE_NAME);
        Path temporary = data.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, baseUrl + "\n" + token + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return token;
    }

    public static Optional<Endpoint> read(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve(FILE_NAME), StandardCharsets.UTF_8);
            return lines.size() < 2 ? Optional.empty() : Optional.of(new Endpoint(lines.get(0).strip(), lines.get(1).strip()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void delete(Path data) {
        try {
            Files.deleteIfExists(data.resolve(FILE_NAME));
        } catch (IOException e) {
            // A stale token is harmless: no serve answers it any more.
        }
    }

    /** Whether {@code offered} is the token of {@code data}, compared in constant time. */
    public static boolean matches(Path data, String offered) {
        if (offered == null) {
            return false;
        }
        return read(data).map(endpoint -> MessageDigest.isEqual(endpoint.token().getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
