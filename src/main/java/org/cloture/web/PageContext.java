package org.cloture.web;

import java.util.List;
import java.util.Optional;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.config.WebSettings;
import org.cloture.ingest.YearFolders;
import org.cloture.jobs.ServedFolders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What every page needs: the signed-in person's role, the year folders, the association's name. */
@Component
@ConditionalOnWebApplication
public class PageContext {

    private final ServedFolders folders;

    public PageContext(ServedFolders folders) {
        this.folders = folders;
    }

    public static WebSettings.Role role(Authentication authentication) {
        if (authentication == null) {
            return WebSettings.Role.BUREAU;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Optional<WebSettings.Role> role = WebSettings.Role.of(String.valueOf(authority.getAuthority()).replace("ROLE_", ""));
            if (role.isPresent()) {
                return role.get();
            }
        }
        // Signed in by a one-time link: the role is the user's, looked up by the user details service.
        return WebSettings.Role.BUREAU;
    }

    public List<Integer> years() {
        return YearFolders.of(folders.input());
    }

    /** The year the way in opens: the one to close, not the coming year's programme folder. */
    public Optional<Integer> yearToClose() {
        return YearFolders.toClose(folders.input());
    }

    /** A year the page may show: a year folder of the drop folder; anything else is not found. */
    public int knownYear(int year) {
        if (!years().contains(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier d'exercice " + year);
        }
        return year;
    }

    public String associationName() {
        return AssociationConfigLoader.load(folders.input()).config().name();
    }

    /** The frame of a year's page: the year, the other years, the association, who is signed in and their role. */
    public void frame(Model model, int year, Authentication user) {
        model.addAttribute("annee", year);
        model.addAttribute("annees", years());
        model.addAttribute("association", associationName());
        model.addAttribute("utilisateur", user.getName());
        model.addAttribute("role", role(user).key());
    }

    public ServedFolders folders() {
        return folders;
    }
}
