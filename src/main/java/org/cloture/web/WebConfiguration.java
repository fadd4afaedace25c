package org.cloture.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloture.config.WebSettings;
import org.cloture.jobs.JobHistory;
import org.cloture.jobs.RunTracker;
import org.cloture.jobs.ServedFolders;
import org.cloture.jobs.YearEndJobConfiguration;
import org.cloture.jobs.YearEndLauncher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The web page's services, only in {@code cloture serve} (the other commands run without a web server):
 * the folders and settings come from the command ({@link ServedFolders}, {@link WebSettings}, registered
 * before the context starts), the jobs from the same beans the command line uses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfiguration {

    @Bean
    AuditLog auditLog(ServedFolders folders) {
        return new AuditLog(folders.data().resolve("audit.log"), Clock.systemDefaultZone());
    }

    @Bean
    YearWork yearWork(ServedFolders folders, YearEndLauncher launcher, RunTracker tracker, AuditLog audit,
                      JobHistory history) {
        return new YearWork(folders, launcher, tracker, audit, new Uploads(folders.input(), Clock.systemDefaultZone()),
                // Not the page's own checks: viewing one year then another must not check each again and again.
                () -> history.lastExecutionIdExcept(YearEndJobConfiguration.CHECK_JOB));
    }

    @Bean
    LoginThrottle loginThrottle() {
        // Five wrong passwords in 15 minutes: enough for typing errors, far too few for guessing.
        return new LoginThrottle(Clock.systemDefaultZone(), 5, Duration.ofMinutes(15));
    }

    @Bean
    JobHistory jobHistory(JdbcTemplate jdbc) {
        return new JobHistory(jdbc);
    }

    /** Refuses an upload larger than the limit from its announced length, before anything reads it. */
    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(WebSettings settings) {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(settings.maxUploadBytes()));
        registration.addUrlPatterns("/annees/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** An example row of each source, shown beside its expected columns ({@code web/exemples.yml}). */
    @Bean
    SourceExamples sourceExamples() throws IOException {
        try (InputStream in = WebConfiguration.class.getResourceAsStream("/web/exemples.yml")) {
            Map<String, Map<String, String>> examples = new LinkedHashMap<>();
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (root instanceof Map<?, ?> sources) {
                sources.forEach((source, row) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    if (row instanceof Map<?, ?> cells) {
                        cells.forEach((column, value) -> values.put(String.valueOf(column), String.valueOf(value)));
                    }
                    examples.put(String.valueOf(source), values);
                });
            }
            return new SourceExamples(examples);
        }
    }

    /** Example rows by source key (MEMBERS, ACTIVITIES…): column → value. */
    public record SourceExamples(Map<String, Map<String, String>> bySource) {
    }
}
