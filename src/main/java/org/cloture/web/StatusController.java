package org.cloture.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.ingest.PendingDrops;
import org.cloture.jobs.JobHistory;
import org.cloture.jobs.ServeToken;
import org.cloture.store.LoadedFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code cloture status} asks a running serve, whose database it cannot open itself: the executions,
 * the loaded files and the pending drops. Answered only on the loopback interface and with the token of
 * {@code <data>/serve.token} (readable by serve's user only); anything else is 404.
 */
@RestController
@ConditionalOnWebApplication
public class StatusController {

    /** The answer: the same records {@code cloture status} reads from the database when it can. */
    public record Status(String holder, List<JobHistory.Execution> executions, List<LoadedFiles.Loaded> files,
                         List<PendingDrops.Pending> pending) {
    }

    private final PageContext pages;
    private final JdbcTemplate jdbc;

    public StatusController(PageContext pages, JdbcTemplate jdbc) {
        this.pages = pages;
        this.jdbc = jdbc;
    }

    @GetMapping(ServeToken.PATH)
    public ResponseEntity<Status> status(@RequestHeader(name = ServeToken.HEADER, required = false) String token,
                                         HttpServletRequest request) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                || !ServeToken.matches(pages.folders().data(), token)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        List<LoadedFiles.Loaded> files = new LoadedFiles(jdbc).all();
        Map<Integer, Map<String, String>> loaded = new LinkedHashMap<>();
        for (LoadedFiles.Loaded file : files) {
            loaded.computeIfAbsent(file.year(), year -> new LinkedHashMap<>()).put(file.path(), file.sha256());
        }
        return ResponseEntity.ok(new Status("serve", new JobHistory(jdbc).latest(Integer.MAX_VALUE), files,
                PendingDrops.of(pages.folders().input(), loaded)));
    }
}
