package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.cli.ServedForTests;
import org.cloture.ingest.FecFixtures;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A small association served by {@code cloture serve} on a free port: one year (2025) with a balanced FEC
 * and a clean register, three people (équipe, trésorier, bureau), a 1 Mo upload limit. Tests log in with
 * an {@link HttpClient} of their own or drive a browser against {@link #url}.
 */
final class WebFixture implements AutoCloseable {

    static final int YEAR = 2025;
    static final String PASSWORD = "mot-de-passe-de-test";
    static final String STAFF = "camille";
    static final String TREASURER = "marie";
    static final String BOARD = "paul";
    static final String REGISTER_HEADER = "N° adhérent;Nom;Type;Date d'adhésion;Cotisation\n";
    /** Two member structures, 60 € each: exactly the 756 of the FEC. */
    static final String GOOD_REGISTER = REGISTER_HEADER + "A0001;Musée de la Mine;PM;15/01/2025;60,00\n"
            + "A0002;Maison du Lin;PM;20/02/2025;60,00\n";
    /** The same register with an impossible date on its second data row (row 3 of the file). */
    static final String BROKEN_REGISTER = REGISTER_HEADER + "A0001;Musée de la Mine;PM;15/01/2025;60,00\n"
            + "A0002;Maison du Lin;PM;31/02/2025;60,00\n";

    final Path root;
    final Path input;
    final Path reports;
    final Path data;
    final ServedForTests.Served served;

    WebFixture(Path root) throws Exception {
        this(root, "");
    }

    /** The same association, with {@code moreYaml} added to its association.yml (e.g. a mail server). */
    WebFixture(Path root, String moreYaml) throws Exception {
        this.root = root;
        input = root.resolve("input");
        reports = root.resolve("reports");
        data = root.resolve("data");
        Path year = Files.createDirectories(input.resolve(Integer.toString(YEAR)));
        // Cost 4: the tests log in often; the hash format is the one cloture user add writes.
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        String hash = encoder.encode(PASSWORD);
        Files.writeString(input.resolve("association.yml"), """
                name: "Les Amis du Lin"
                fiscalYearStart: "01-01"
                web:
                  maxUploadMegabytes: 1
                users:
                  - { name: "%s", role: equipe, password: "%s" }
                  - { name: "%s", role: tresorier, password: "%s" }
                  - { name: "%s", role: bureau, password: "%s" }
                """.formatted(STAFF, hash, TREASURER, hash, BOARD, hash) + moreYaml, StandardCharsets.UTF_8);
        Files.writeString(year.resolve("123456789FEC20251231.txt"), FecFixtures.HEADER + "\r\n"
                + fec(1, "20250115", "512000", "Banque", "Cotisation A0001", "60,00", "0,00")
                + fec(1, "20250115", "756000", "Cotisations", "Cotisation A0001", "0,00", "60,00")
                + fec(2, "20250220", "512000", "Banque", "Cotisation A0002", "60,00", "0,00")
                + fec(2, "20250220", "756000", "Cotisations", "Cotisation A0002", "0,00", "60,00")
                + fec(3, "20250310", "606000", "Fournitures", "Papeterie", "40,00", "0,00")
                + fec(3, "20250310", "512000", "Banque", "Papeterie", "0,00", "40,00"), StandardCharsets.UTF_8);
        Files.writeString(year.resolve("adherents.csv"), GOOD_REGISTER, StandardCharsets.UTF_8);
        served = ServedForTests.start("--input", input.toString(), "--reports", reports.toString(),
                "--data", data.toString(), "--port", "0", "--quiet-seconds", "1", "--poll-seconds", "1",
                "--tick-millis", "200");
    }

    private static String fec(int entry, String date, String account, String accountLabel, String label, String debit,
                              String credit) {
        return "BQ\tBanque\t" + entry + "\t" + date + "\t" + account + "\t" + accountLabel + "\t\t\tP" + entry + "\t"
                + date + "\t" + label + "\t" + debit + "\t" + credit + "\t\t\t" + date + "\t\t\r\n";
    }

    /** Waits until {@code condition} holds, failing after {@code timeout} (a bound for a loaded machine, not a timing). */
    static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * {@link #await}, with the end of serve's cloture.log in the failure: what the watcher and the job thread did
     * meanwhile (a wait for the watcher once timed out in a full build, and could not be explained afterwards).
     */
    void awaitLogged(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        try {
            await(what, timeout, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- end of cloture.log ---\n" + logTail(80), e);
        }
    }

    private String logTail(int lines) {
        try {
            List<String> all = java.nio.file.Files.readAllLines(data.resolve("cloture.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (java.io.IOException e) {
            return "(cloture.log unreadable: " + e + ")";
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + served.port() + path;
    }

    <T> T bean(Class<T> type) {
        return served.context().getBean(type);
    }

    /** A client with its own cookies, logged in as {@code user}. */
    Client login(String user) throws Exception {
        Client client = new Client();
        String form = client.get("/login").body();
        HttpResponse<String> response = client.postForm("/login", Map.of("username", user, "password", PASSWORD,
                "_csrf", csrf(form)));
        assertThat(response.statusCode()).as("login of " + user).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("erreur");
        return client;
    }

    static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    @Override
    public void close() throws Exception {
        served.close();
    }

    /** An HTTP client with a session of its own; redirects are not followed, so tests see them. */
    final class Client {

        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> getBytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder();
            fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(3))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** POSTs {@code files} (name → bytes) as the multipart field {@code fichiers}, with the page's CSRF token. */
        HttpResponse<String> upload(int year, Map<String, byte[]> files, boolean withCsrf) throws Exception {
            String token = csrf(get("/annees/" + year).body());
            String boundary = "----cloture" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (withCsrf) {
                part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n", token.getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                part(body, boundary, "Content-Disposition: form-data; name=\"fichiers\"; filename=\"" + file.getKey()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n", file.getValue());
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create(url("/annees/" + year + "/depots"))).timeout(Duration.ofMinutes(3))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) throws IOException {
            body.write(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        List<java.net.HttpCookie> sessionCookies() {
            return cookies.getCookieStore().getCookies();
        }
    }
}
