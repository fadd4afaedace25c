package org.cloture.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

/** Errors as French pages, never a stack trace: the technical detail goes to cloture.log. */
@ControllerAdvice
@ConditionalOnWebApplication
public class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    private final org.cloture.config.WebSettings settings;

    public WebErrors(org.cloture.config.WebSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(ResponseStatusException.class)
    public String status(ResponseStatusException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("titre", e.getStatusCode().value() == 404 ? "Page introuvable" : "Accès refusé");
        model.addAttribute("message", e.getReason());
        return "erreur";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("titre", "Dépôt trop volumineux");
        model.addAttribute("message", UploadSizeFilter.message(settings.maxUploadBytes()));
        return "erreur";
    }

    /** Spring MVC's own refusals (no such page, wrong method, bad parameter): their status, in French. */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class})
    public String refused(Exception e, Model model, HttpServletResponse response) {
        int status = e instanceof org.springframework.web.ErrorResponse refusal ? refusal.getStatusCode().value() : 400;
        response.setStatus(status);
        model.addAttribute("titre", status == 404 ? "Page introuvable" : "Demande refusée");
        model.addAttribute("message", status == 404 ? "Cette adresse ne correspond à aucune page de Clôture."
                : "Cette demande n'est pas acceptée à cette adresse.");
        return "erreur";
    }

    @ExceptionHandler(Exception.class)
    public String failure(Exception e, Model model, HttpServletResponse response) {
        LOG.error("Web page failure", e);
        response.setStatus(500);
        model.addAttribute("titre", "Opération impossible");
        model.addAttribute("message", (e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage() + " — "
                : "") + "Le détail technique est dans cloture.log, dans le dossier des données.");
        return "erreur";
    }
}
