package org.cloture.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.cloture.config.WebSettings;
import org.cloture.jobs.JobHistory;
import org.cloture.store.LoadedFileQueries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The year page ({@code /annees/{year}}), the upload ({@code POST /annees/{year}/depots}, field
 * {@code fichiers}) and the year-end run ({@code POST /annees/{year}/cloture}, its progress in
 * {@code /annees/{year}/cloture/etat}). Thin: {@link YearWork} does the work, {@link YearOverview} gathers
 * what is shown.
 */
@Controller
@ConditionalOnWebApplication
public class YearController {

    private final PageContext pages;
    private final YearWork work;
    private final LoadedFileQueries files;
    private final JobHistory history;
    private final AuditLog audit;
    private final WebSettings settings;
    private final WebConfiguration.SourceExamples examples;

    public YearController(PageContext pages, YearWork work, LoadedFileQueries files, JobHistory history, AuditLog audit,
                          WebSettings settings, WebConfiguration.SourceExamples examples) {
        this.pages = pages;
        this.work = work;
        this.files = files;
        this.history = history;
        this.audit = audit;
        this.settings = settings;
        this.examples = examples;
    }

    @GetMapping("/annees/{year}")
    public String year(@PathVariable int year, Authentication user, Model model) {
        return page(pages.knownYear(year), user, model, List.of(), null);
    }

    @PostMapping("/annees/{year}/depots")
    public String upload(@PathVariable int year, @RequestParam(name = "fichiers", required = false) List<MultipartFile> fichiers,
                         Authentication user, Model model, HttpServletResponse response) throws IOException {
        pages.knownYear(year);
        List<MultipartFile> chosen = fichiers == null ? List.of()
                : fichiers.stream().filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            response.setStatus(400);
            return page(year, user, model, List.of(), "Aucun fichier choisi : choisissez un ou plusieurs fichiers, puis « Déposer ».");
        }
        List<YearWork.Uploaded> uploaded = work.upload(year, chosen.stream().map(YearController::upload).toList(),
                user.getName());
        return page(year, user, model, uploaded, null);
    }

    @PostMapping("/annees/{year}/cloture")
    public String run(@PathVariable int year, Authentication user, Model model, HttpServletResponse response) {
        pages.knownYear(year);
        Optional<YearWork.Refusal> refusal = work.startRun(year, user.getName());
        if (refusal.isPresent()) {
            response.setStatus(409);
            return page(year, user, model, List.of(), refusal.get().reason());
        }
        return "redirect:/annees/" + year + "#cloture";
    }

    /** The progress fragment the year page polls (htmx) while a run is in progress. */
    @GetMapping("/annees/{year}/cloture/etat")
    public String progress(@PathVariable int year, Model model) {
        model.addAttribute("annee", pages.knownYear(year));
        progress(model);
        return "annee :: avancement";
    }

    private void progress(Model model) {
        model.addAttribute("enCours", work.running().orElse(null));
        model.addAttribute("etape", work.stage().orElse(null));
        model.addAttribute("derniereCloture", work.lastRun().orElse(null));
    }

    private String page(int year, Authentication user, Model model, List<YearWork.Uploaded> uploaded, String refusal) {
        WebSettings.Role role = PageContext.role(user);
        pages.frame(model, year, user);
        model.addAttribute("depots", uploaded);
        model.addAttribute("refus", refusal);
        model.addAttribute("sorties", YearOverview.outputs(pages.folders().reports(), year, new Downloads.Access(role, year)));
        if (role != WebSettings.Role.BUREAU) {
            List<YearOverview.FileRow> rows = YearOverview.files(year, pages.folders().input(), files, audit);
            model.addAttribute("fichiers", rows);
            model.addAttribute("sources", YearOverview.sources(year, pages.folders().input(), rows, examples.bySource()));
            YearWork.Checked checked = work.latest(year, user.getName());
            model.addAttribute("controle", checked);
            model.addAttribute("bloquants", checked.blocking());
            model.addAttribute("tailleMax", settings.maxUploadBytes() / (1024 * 1024));
            model.addAttribute("executions", YearOverview.runs(year, history));
            progress(model);
        }
        return "annee";
    }

    private static YearWork.Upload upload(MultipartFile file) {
        return new YearWork.Upload() {
            @Override
            public String originalName() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
