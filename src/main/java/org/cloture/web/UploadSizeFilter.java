package org.cloture.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 with a French page to an upload whose announced length is over the limit, before security
 * or multipart parsing read a byte of it (Tomcat then discards the body, so the browser shows the page).
 * The multipart limits are set above this one: an upload within it is never cut by them.
 */
public final class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public UploadSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/depots")
                && request.getContentLengthLong() > maxBytes) {
            response.setStatus(413);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(request.getRequestURI().replace("/depots", ""), maxBytes));
            return;
        }
        chain.doFilter(request, response);
    }

    static String message(long maxBytes) {
        return "Dépôt refusé : trop volumineux. La taille totale des fichiers envoyés en une fois ne doit pas dépasser "
                + (maxBytes / (1024 * 1024)) + " Mo. Déposez les fichiers un par un, ou allégez le fichier (par "
                + "exemple en retirant les feuilles qui ne servent pas).";
    }

    private static String page(String back, long maxBytes) {
        String safeBack = back.matches("/annees/\\d{4}") ? back : "/";
        return """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"><title>Dépôt trop volumineux — Clôture</title>
                <link rel="stylesheet" href="/css/cloture.css"></head>
                <body><main id="contenu"><h1>Dépôt trop volumineux</h1>
                <p role="alert" class="refus">%s</p>
                <p><a href="%s">Retour à l'exercice</a></p></main></body></html>
                """.formatted(message(maxBytes), safeBack);
    }
}
