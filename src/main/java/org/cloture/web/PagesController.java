package org.cloture.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login pages (password, one-time link) and the way in: the year to close. */
@Controller
@ConditionalOnWebApplication
public class PagesController {

    private final PageContext pages;
    private final LoginLinks links;

    public PagesController(PageContext pages, LoginLinks links) {
        this.pages = pages;
        this.links = links;
    }

    @GetMapping("/")
    public String home(Model model) {
        java.util.Optional<Integer> year = pages.yearToClose();
        if (year.isEmpty()) {
            model.addAttribute("association", pages.associationName());
            return "aucun-exercice";
        }
        return "redirect:/annees/" + year.get();
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("association", pages.associationName());
        model.addAttribute("liens", links.available());
        return "login";
    }

    /** The page an e-mailed link opens: its button POSTs the token, which a GET never consumes. */
    @GetMapping("/login/ott")
    public String oneTimeLink(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "lien-connexion";
    }

    @GetMapping("/login/lien-envoye")
    public String linkSent() {
        return "lien-envoye";
    }

    /** Any method: Spring Security forwards the refused request here as it came (a POST stays a POST). */
    @org.springframework.web.bind.annotation.RequestMapping("/interdit")
    public String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "interdit";
    }
}
