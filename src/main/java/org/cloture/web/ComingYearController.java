package org.cloture.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.report.OutputFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coming year's page ({@code /annees/{year}/annee-suivante}, linked from the year page): the programme of
 * activities and the budget prévisionnel of {@code year + 1} as the closed year's last check or run computed
 * them, with their findings, and the programme PDF ({@code /annees/{year}/annee-suivante/programme-activites-
 * <year+1>.pdf}, the only file reachable there). Every role sees it: the board votes the programme and budget;
 * the findings are for the staff and the treasurer, as on the findings page.
 */
@Controller
@ConditionalOnWebApplication
public class ComingYearController {

    private final PageContext pages;
    private final YearWork work;
    private final AuditLog audit;

    public ComingYearController(PageContext pages, YearWork work, AuditLog audit) {
        this.pages = pages;
        this.work = work;
        this.audit = audit;
    }

    @GetMapping("/annees/{year}/annee-suivante")
    public String page(@PathVariable int year, Authentication user, Model model) {
        pages.knownYear(year);
        YearWork.Checked checked = work.latest(year, user.getName());
        pages.frame(model, year, user);
        model.addAttribute("controle", checked);
        model.addAttribute("vue", ComingYearView.of(year, checked.comingYear(), checked.findings(), programme(year)));
        return "annee-suivante";
    }

    @GetMapping("/annees/{year}/annee-suivante/{file}")
    public ResponseEntity<Resource> download(@PathVariable int year, @PathVariable String file, Authentication user) {
        pages.knownYear(year);
        Path programme = programme(year);
        if (!programme.getFileName().toString().equals(file) || !Files.isRegularFile(programme)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun programme de ce nom");
        }
        audit.record(user.getName(), AuditLog.Action.TELECHARGEMENT, year + 1, file);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(programme));
    }

    /** The association's programme of the year after {@code year}: reports/<year+1>/programme-activites-<year+1>.pdf. */
    private Path programme(int year) {
        return OutputFiles.of(pages.folders().reports(), year).programme();
    }
}
