package org.cloture.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cloture.ingest.PendingDrops;
import org.cloture.jobs.JobHistory;
import org.cloture.jobs.ServeToken;
import org.cloture.store.LoadedFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a running {@code cloture serve} what {@code cloture status} cannot read while serve holds the
 * database: the request goes to serve's loopback address with the token of {@code <data>/serve.token}.
 */
final class ServeStatusClient {

    /** What serve answered (the same records status reads from the database itself). */
    record Answer(String holder, List<JobHistory.Execution> executions, List<LoadedFiles.Loaded> files,
                  List<PendingDrops.Pending> pending) {
    }

    private ServeStatusClient() {
    }

    static Optional<Answer> ask(Path data) {
        Optional<ServeToken.Endpoint> endpoint = ServeToken.read(data);
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(endpoint.get().baseUrl()
                            + ServeToken.PATH)).header(ServeToken.HEADER, endpoint.get().token())
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(JsonMapper.builder().build().readValue(response.body(), Answer.class));
        } catch (Exception e) {
            return Optional.empty();
        } 
    }
}
