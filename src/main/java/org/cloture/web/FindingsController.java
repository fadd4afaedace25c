package org.cloture.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every finding of the year's last check in one table ({@code /annees/{year}/constats}), filtered by
 * severity and file; the controls workbook has the same list to download.
 */
@Controller
@ConditionalOnWebApplication
public class FindingsController {

    private final PageContext pages;
    private final YearWork work;

    public FindingsController(PageContext pages, YearWork work) {
        this.pages = pages;
        this.work = work;
    }

    @GetMapping("/annees/{year}/constats")
    public String findings(@PathVariable int year, @RequestParam(name = "gravite", required = false) String severity,
                           @RequestParam(name = "fichier", required = false) String file, Authentication user, Model model) {
        pages.knownYear(year);
        YearWork.Checked checked = work.latest(year, user.getName());
        Severity wanted = severity == null || severity.isBlank() ? null
                : java.util.Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(severity)).findFirst().orElse(null);
        String wantedFile = file == null || file.isBlank() ? null : file;
        List<Finding> shown = checked.findings().stream()
                .filter(finding -> wanted == null || finding.severity() == wanted)
                .filter(finding -> wantedFile == null || (finding.location() != null && wantedFile.equals(finding.location().file())))
                .sorted(Comparator.comparing(Finding::severity))
                .toList();
        pages.frame(model, year, user);
        model.addAttribute("controle", checked);
        model.addAttribute("constats", shown);
        model.addAttribute("gravites", Severity.values());
        model.addAttribute("gravite", wanted == null ? "" : wanted.name());
        model.addAttribute("fichier", wantedFile == null ? "" : wantedFile);
        model.addAttribute("fichiersCites", checked.findings().stream().map(Finding::location).filter(Objects::nonNull)
                .map(location -> location.file()).filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("classeur", "controles-" + year + ".xlsx");
        model.addAttribute("classeurPresent", java.nio.file.Files.isRegularFile(
                org.cloture.report.OutputFiles.of(pages.folders().reports(), year).controls()));
        return "constats";
    }
}
