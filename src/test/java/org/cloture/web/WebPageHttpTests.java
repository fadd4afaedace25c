package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.cli.ClotureCli;
import org.cloture.cli.ServedForTests;
import org.cloture.jobs.JobHistory;
import org.cloture.ingest.table.HostileWorkbooks;
import org.cloture.jobs.ServeToken;
import org.cloture.jobs.ServedFolders;
import org.cloture.report.feedback.DropFeedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page of {@code cloture serve} over plain HTTP (no browser): security of the addresses, the upload
 * path shared with the drop folder, hostile files, {@code cloture status} asking the running serve, two real
 * runs raced, the findings after a drop in the folder, a user added while serving, and the one-time login
 * link mailed through GreenMail. One server for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageHttpTests {

    @TempDir
    static Path work;

    private static WebFixture web;

    private static final String MAIL_USER = "cloture@amis-du-lin.example.org";
    private static final String MAIL_PASSWORD = "secret-smtp";

    /** The association's SMTP server, for the one-time login links; it asks for a user and a password. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAIL_USER, MAIL_USER, MAIL_PASSWORD))
            .withPerMethodLifecycle(false);

    @BeforeAll
    static void start() throws Exception {
        // Spring's environment reads system properties as it reads environment variables.
        System.setProperty("CLOTURE_SMTP_PASSWORD", MAIL_PASSWORD);
        web = new WebFixture(work, """
                mail:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  user: %s
                """.formatted(smtp.getSmtp().getPort(), MAIL_USER));
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("CLOTURE_SMTP_PASSWORD");
        web.close();
    }

    @Test
    @Order(1)
    void aVisitorIsSentToTheLoginPageAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        WebFixture.Client visitor = web.new Client();

        HttpResponse<String> year = visitor.get("/annees/2025");
        assertThat(year.statusCode()).isEqualTo(302);
        assertThat(year.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> login = visitor.get("/login");
        assertThat(login.body()).contains("<html lang=\"fr\"", "Identifiant", "Mot de passe", "name=\"_csrf\"");
        assertThat(year.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Strict"));
        assertThat(visitor.get("/annees/2025/rapports/controles-2025.xlsx").statusCode()).as("no download either").isEqualTo(302);
    }

    @Test
    @Order(2)
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);

        HttpResponse<String> response = staff.upload(2025, Map.of("sans-jeton.csv", "x".getBytes()), false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Accès refusé");
        assertThat(web.input.resolve("2025/sans-jeton.csv")).doesNotExist();
    }

    @Test
    @Order(3)
    void staffCannotRunTheYearEndEvenByPostingDirectly() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        String token = WebFixture.csrf(staff.get("/annees/2025").body());

        HttpResponse<String> run = staff.postForm("/annees/2025/cloture", Map.of("_csrf", token));

        assertThat(run.statusCode()).isEqualTo(403);
        assertThat(web.reports.resolve("2025/rapport-activite-2025.pdf")).doesNotExist();
        assertThat(staff.get("/annees/2025").body()).doesNotContain("Lancer la clôture");
    }

    @Test
    @Order(4)
    void uploadNamesThatLeaveTheFolderAreRefusedAndOthersAreSanitised() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../association.yml", "name: pirate".getBytes(StandardCharsets.UTF_8));
        files.put("/etc/cron.d/x.csv", "x".getBytes(StandardCharsets.UTF_8));
        files.put("C:\\\\Users\\\\x.csv", "x".getBytes(StandardCharsets.UTF_8));
        files.put("notes\u0007 de  réunion.csv", "Date;Intitulé;Catégorie\n".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = staff.upload(2025, files, true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("contient un chemin").contains("notes_ de réunion.csv");
        assertThat(Files.readString(web.input.resolve("association.yml"))).doesNotContain("pirate");
        assertThat(web.root.resolve("association.yml")).doesNotExist();
        assertThat(web.input.resolve("2025/notes_ de réunion.csv")).exists();
        Files.delete(web.input.resolve("2025/notes_ de réunion.csv"));
    }

    @Test
    @Order(5)
    void downloadsNameOneOutputExactlyNoTraversalNoListing() throws Exception {
        WebFixture.Client treasurer = web.login(WebFixture.TREASURER);
        Files.createDirectories(web.reports.resolve("2025"));
        Files.writeString(web.reports.resolve("2025/secret.txt"), "secret");

        for (String path : List.of("/annees/2025/rapports/secret.txt", "/annees/2025/rapports/..%2F..%2Fdata%2Faudit.log",
                "/annees/2025/rapports/%2E%2E%2F2025%2Fsecret.txt", "/annees/2025/rapports/", "/annees/2025/rapports",
                "/annees/1999/rapports/controles-1999.xlsx", "/annees/2025/depots/")) {
            HttpResponse<String> response = treasurer.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404, 405);
            assertThat(response.body()).as(path).doesNotContain("secret", "audit", "Exception");
        }
    }

    @Test
    @Order(6)
    void anOversizedUploadIsRefusedWithAFrench413() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);

        HttpResponse<String> response = staff.upload(2025, Map.of("gros.csv", new byte[(int) (1.5 * 1024 * 1024)]), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("trop volumineux", "1 Mo");
        assertThat(web.input.resolve("2025/gros.csv")).doesNotExist();
    }

    @Test
    @Order(7)
    void hostileUploadsGiveTheSameFindingAsTheSameFilesDroppedInTheFolder() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), "MOT-DE-PASSE-SECRET");
        Path made = Files.createDirectories(work.resolve("made"));
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("bombe.xlsx", Files.readAllBytes(HostileWorkbooks.zipBomb(made, "bombe.xlsx")));
        uploads.put("xxe.xlsx", Files.readAllBytes(HostileWorkbooks.xxe(made, "xxe.xlsx", secret)));
        uploads.put("protege.xlsx", Files.readAllBytes(HostileWorkbooks.passwordProtected(made, "protege.xlsx")));
        WebFixture.Client staff = web.login(WebFixture.STAFF);

        HttpResponse<String> response = staff.upload(2025, uploads, true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Fichier refusé par précaution", "Fichier illisible",
                "protégé par un mot de passe").doesNotContain("MOT-DE-PASSE-SECRET", "Exception");
        Map<String, String> uploadedFindings = new LinkedHashMap<>();
        for (String name : uploads.keySet()) {
            uploadedFindings.put(name, findings(DropFeedback.fileFor(web.reports, 2025, name)));
            Files.delete(web.input.resolve("2025/" + name));
        }
        web.bean(ServedFolders.class).service().orElseThrow().ingestNow(2025).get();
        // The same bytes dropped in the folder under other names (once the uploads are withdrawn, or they
        // would be duplicates): the same findings, word for word.
        for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
            Files.write(web.input.resolve("2025/depose-" + upload.getKey()), upload.getValue());
        }
        web.bean(ServedFolders.class).service().orElseThrow().ingestNow(2025).get();
        for (String name : uploads.keySet()) {
            String dropped = findings(DropFeedback.fileFor(web.reports, 2025, "depose-" + name));
            assertThat(uploadedFindings.get(name)).as(name).contains("[Bloquant]").isEqualTo(dropped.replace("depose-", ""));
            Files.delete(web.input.resolve("2025/depose-" + name));
        }
    }

    private static String findings(Path note) throws Exception {
        String text = Files.readString(note);
        return text.substring(text.indexOf("Constats :"));
    }

    @Test
    @Order(8)
    void statusAsksTheRunningServeForLoadedFilesAndPendingDrops() throws Exception {
        WebFixture.Client visitor = web.new Client();
        assertThat(visitor.get(ServeToken.PATH).statusCode()).as("without the token").isEqualTo(404);
        Files.writeString(web.input.resolve("2025/en-attente.csv"), WebFixture.GOOD_REGISTER.replace("A000", "B000"));
        StringWriter out = new StringWriter();
        int code;

        // The lock serve takes when started from the command line (ServeCommand.call), held meanwhile.
        try (org.cloture.jobs.DataDirectoryLock lock = org.cloture.jobs.DataDirectoryLock.acquire(web.data, "serve")) {
            code = ClotureCli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "status",
                    "--input", web.input.toString(), "--data", web.data.toString());
        }

        assertThat(code).isZero();
        assertThat(out.toString()).contains("En cours : la commande « serve »", "fournis par « cloture serve »",
                "adherents.csv", "123456789FEC20251231.txt", "Dépôts en attente", "en-attente.csv");
        Files.delete(web.input.resolve("2025/en-attente.csv"));
    }

    @Test
    @Order(9)
    void everyUploadRunAndDownloadIsInTheAuditLog() throws Exception {
        List<String> audit = Files.readAllLines(web.data.resolve("audit.log"));

        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\tcamille\tDEPOT\t2025\tbombe.xlsx"));
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\tcamille\tDEPOT_REFUSE\t2025\t"));
        assertThat(audit).anySatisfy(line -> assertThat(line).contains("\tCONTROLE\t2025\t"));
    }

    @Test
    @Order(10)
    void theYearPageShowsEachFilesVerdictAndTheExpectedColumnsWithAnExample() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        staff.upload(2025, Map.of("notes.csv", "Colonne inconnue;Autre\nx;y\n".getBytes(StandardCharsets.UTF_8)), true);

        String page = staff.get("/annees/2025").body();

        assertThat(page).contains("Fichiers de l'exercice", "123456789FEC20251231.txt", "comptabilité (FEC)",
                "adherents.csv", "adhérents", "notes.csv", "non reconnu", "camille", "dossier de dépôt");
        assertThat(page).contains("Les sources attendues", "Registre des adhérents", "Colonnes obligatoires : <span>N° adhérent",
                "Date d&#39;adhésion", "Musée de la Mine", "Heures de bénévolat", "Relevé bancaire", "rapport.md");
        Files.delete(web.input.resolve("2025/notes.csv"));
    }

    @Test
    @Order(11)
    void theRunIsRefusedWithTheReasonWhileBlockingFindingsRemain() throws Exception {
        WebFixture.Client treasurer = web.login(WebFixture.TREASURER);
        treasurer.upload(2025, Map.of("adherents.csv", WebFixture.BROKEN_REGISTER.getBytes(StandardCharsets.UTF_8)), true);
        String token = WebFixture.csrf(treasurer.get("/annees/2025").body());

        HttpResponse<String> run = treasurer.postForm("/annees/2025/cloture", Map.of("_csrf", token));

        assertThat(run.statusCode()).isEqualTo(409);
        assertThat(run.body()).contains("1 constat(s) bloquant(s) restent à corriger : la clôture n&#39;est pas lancée");
        assertThat(web.reports.resolve("2025/rapport-activite-2025.pdf")).doesNotExist();
        assertThat(Files.readString(web.data.resolve("audit.log"))).contains("\tmarie\tCLOTURE_REFUSEE\t2025\t");
        treasurer.upload(2025, Map.of("adherents.csv", WebFixture.GOOD_REGISTER.getBytes(StandardCharsets.UTF_8)), true);
    }

    @Test
    @Order(12)
    void twoRealRunsStartedAtOnceOneRunsTheOtherIsRefusedWith409() throws Exception {
        // Two sessions of the treasurer (two tabs, two machines): each has its page and its token.
        List<WebFixture.Client> treasurers = List.of(web.login(WebFixture.TREASURER), web.login(WebFixture.TREASURER));
        List<String> tokens = new ArrayList<>();
        for (WebFixture.Client treasurer : treasurers) {
            tokens.add(WebFixture.csrf(treasurer.get("/annees/2025").body()));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                WebFixture.Client treasurer = treasurers.get(i);
                String token = tokens.get(i);
                runs.add(threads.submit(() -> {
                    go.await();
                    return treasurer.postForm("/annees/2025/cloture", Map.of("_csrf", token));
                }));
            }

            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> run : runs) {
                answers.add(run.get(5, TimeUnit.MINUTES));
            }

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
            HttpResponse<String> refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
            assertThat(refused.body()).contains("Une clôture est déjà en cours (exercice 2025, lancée par marie)",
                    "attendez qu&#39;elle se termine");
        } finally {
            threads.shutdownNow();
        }
        YearWork work = web.bean(YearWork.class);
        WebFixture.await("the run started from the page to end", Duration.ofMinutes(5),
                () -> work.running().isEmpty() && work.lastRun().isPresent());
        assertThat(work.lastRun().orElseThrow().completed()).isTrue();
        assertThat(web.reports.resolve("2025/rapport-activite-2025.pdf")).exists();
        assertThat(web.bean(JobHistory.class).latest(200)).as("one year-end execution, not two")
                .filteredOn(execution -> "yearEnd".equals(execution.job())).hasSize(1);
        List<String> audit = Files.readAllLines(web.data.resolve("audit.log"));
        assertThat(audit).filteredOn(line -> line.contains("\tCLOTURE\t2025\tlancée")).hasSize(1);
        assertThat(audit).filteredOn(line -> line.contains("\tCLOTURE_REFUSEE\t2025\tUne clôture est déjà en cours")).hasSize(1);
    }

    @Test
    @Order(13)
    void aFileDroppedInTheFolderWhileServeRunsShowsItsFindingsOnThePageWithoutRestart() throws Exception {
        WebFixture.Client staff = web.login(WebFixture.STAFF);
        assertThat(staff.get("/annees/2025/constats").body()).as("the findings known before the drop")
                .doesNotContain("heures-mars.csv");
        Path note = DropFeedback.fileFor(web.reports, 2025, "heures-mars.csv");

        // Copied into the share by someone without the page: the watcher loads it, no upload, no check asked.
        Files.writeString(web.input.resolve("2025/heures-mars.csv"), "Bénévole;Date;Heures\nAnne Martin;12/03/2025;3\n"
                + "Paul Durand;31/03/2025;2\nLéa Petit;32/03/2025;4\n", StandardCharsets.UTF_8);
        web.awaitLogged("the watcher's load of the dropped file", Duration.ofMinutes(3),
                () -> Files.isRegularFile(note));

        String findings = staff.get("/annees/2025/constats").body();
        assertThat(findings).contains("heures-mars.csv", "32/03/2025");

        Files.delete(web.input.resolve("2025/heures-mars.csv"));
        web.awaitLogged("the withdrawal of the file", Duration.ofMinutes(3),
                () -> read(note).contains("retiré du dossier"));

        assertThat(staff.get("/annees/2025/constats").body()).doesNotContain("32/03/2025");
        long checks = checkExecutions();
        staff.get("/annees/2025/constats");
        staff.get("/annees/2025");
        assertThat(checkExecutions()).as("nothing changed: the findings kept are shown, no new check").isEqualTo(checks);
    }

    private static long checkExecutions() {
        return web.bean(JobHistory.class).latest(1000).stream().filter(execution -> "check".equals(execution.job())).count();
    }

    @Test
    @Order(14)
    void aUserAddedWhileServeRunsLogsInWithoutARestart() throws Exception {
        WebFixture.Client newcomer = web.new Client();
        String token = WebFixture.csrf(newcomer.get("/login").body());
        assertThat(newcomer.postForm("/login", Map.of("username", "lea", "password", "un-mot-de-passe-neuf",
                "_csrf", token)).headers().firstValue("Location").orElse("")).as("before user add").endsWith("/login?erreur");

        String added = ServedForTests.addUser(web.input, "lea", "equipe", "un-mot-de-passe-neuf");

        assertThat(added).startsWith("0 ").contains("Utilisateur ajouté : lea (equipe)", "prochaine connexion");
        token = WebFixture.csrf(newcomer.get("/login").body());
        HttpResponse<String> login = newcomer.postForm("/login", Map.of("username", "lea", "password",
                "un-mot-de-passe-neuf", "_csrf", token));
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("erreur", "bloque");
        HttpResponse<String> page = newcomer.get("/annees/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lea", "Déposer");
        assertThat(newcomer.get("/annees/2025/constats").statusCode()).as("the role equipe").isEqualTo(200);
    }

    @Test
    @Order(15)
    void aOneTimeLinkIsMailedInFrenchLogsInOnceByPostAndAnUnknownNameGetsTheSameAnswerAndNoMail() throws Exception {
        assertThat(ServedForTests.addUser(web.input, "jeanne", "tresorier", "un-mot-de-passe-long", "--email",
                "jeanne@amis-du-lin.example.org")).startsWith("0 ");
        WebFixture.Client asker = web.new Client();
        String loginPage = asker.get("/login").body();
        assertThat(loginPage).contains("Recevoir un lien de connexion par courriel");
        int before = smtp.getReceivedMessages().length;

        HttpResponse<String> asked = asker.postForm("/login/lien", Map.of("username", "jeanne",
                "_csrf", WebFixture.csrf(loginPage)));

        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login/lien-envoye"));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        MimeMessage mail = received[received.length - 1];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("jeanne@amis-du-lin.example.org");
        assertThat(mail.getSubject()).isEqualTo("Votre lien de connexion à Clôture");
        String body = String.valueOf(mail.getContent());
        assertThat(body).contains("Bonjour,", "Pour vous connecter à Clôture (Les Amis du Lin)",
                "Le lien ne sert qu'une fois et expire dans 5 minutes");
        Matcher link = Pattern.compile(Pattern.quote(web.url("/login/ott?token=")) + "(\\S+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        // Following the link (a GET, as a mail scanner would) only shows the button: the token is not consumed.
        WebFixture.Client jeanne = web.new Client();
        String linkPage = jeanne.get("/login/ott?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).body();
        assertThat(linkPage).contains("Connexion par lien", "name=\"token\"");
        HttpResponse<String> used = jeanne.postForm("/login/ott", Map.of("token", token, "_csrf", WebFixture.csrf(linkPage)));
        assertThat(used.headers().firstValue("Location").orElse("")).doesNotContain("lien-invalide", "erreur");
        HttpResponse<String> page = jeanne.get("/annees/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("jeanne", "Lancer la clôture");

        WebFixture.Client again = web.new Client();
        String secondPage = again.get("/login/ott?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).body();
        HttpResponse<String> reused = again.postForm("/login/ott", Map.of("token", token, "_csrf", WebFixture.csrf(secondPage)));
        assertThat(reused.headers().firstValue("Location")).as("a second use").hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?lien-invalide"));
        assertThat(again.get("/annees/2025").statusCode()).as("still not logged in").isEqualTo(302);

        WebFixture.Client stranger = web.new Client();
        String strangerPage = stranger.get("/login").body();
        HttpResponse<String> unknown = stranger.postForm("/login/lien", Map.of("username", "personne-inconnue",
                "_csrf", WebFixture.csrf(strangerPage)));
        assertThat(unknown.statusCode()).isEqualTo(asked.statusCode());
        assertThat(unknown.headers().firstValue("Location")).isEqualTo(asked.headers().firstValue("Location"));
        assertThat(smtp.getReceivedMessages()).as("no mail for an unknown name").hasSize(before + 1);
        WebFixture.Client noAddress = web.new Client();
        String noAddressPage = noAddress.get("/login").body();
        HttpResponse<String> withoutEmail = noAddress.postForm("/login/lien", Map.of("username", WebFixture.STAFF,
                "_csrf", WebFixture.csrf(noAddressPage)));
        assertThat(withoutEmail.headers().firstValue("Location")).as("a known name without address")
                .isEqualTo(asked.headers().firstValue("Location"));
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    @Order(16)
    void theWayInOpensTheYearToCloseNotTheComingYearsProgrammeFolder() throws Exception {
        Path coming = Files.createDirectories(web.input.resolve("2026"));
        Files.writeString(coming.resolve("programme.md"), "# Programme 2026");
        try {
            WebFixture.Client staff = web.login(WebFixture.STAFF);

            HttpResponse<String> home = staff.get("/");

            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/annees/2025");
            assertThat(staff.get("/annees/2026").statusCode()).as("the coming year stays reachable").isEqualTo(200);
        } finally {
            Files.delete(coming.resolve("programme.md"));
            Files.delete(coming);
        }
    }

    @Test
    @Order(100)
    void repeatedWrongPasswordsThrottleTheLoginEvenWithTheRightOneAfterwards() throws Exception {
        WebFixture.Client guesser = web.new Client();
        for (int attempt = 0; attempt < 5; attempt++) {
            String token = WebFixture.csrf(guesser.get("/login").body());
            HttpResponse<String> wrong = guesser.postForm("/login", Map.of("username", WebFixture.BOARD,
                    "password", "essai-" + attempt, "_csrf", token));
            assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?erreur");
        }
        String token = WebFixture.csrf(guesser.get("/login").body());

        HttpResponse<String> right = guesser.postForm("/login", Map.of("username", WebFixture.BOARD,
                "password", WebFixture.PASSWORD, "_csrf", token));

        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?bloque");
        assertThat(guesser.get("/login?bloque").body()).contains("Trop d'essais manqués");
        assertThat(Files.readString(web.data.resolve("audit.log"))).contains("CONNEXION_REFUSEE");
    }
}
