package org.cloture.web;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /annees/{year}/rapports/{file}}: one of the year's four outputs, by its exact name, as the role
 * allows (the board: the PDF only); every download is in the audit log. No other file of the reports
 * folder is reachable, and no folder is ever listed.
 */
@Controller
@ConditionalOnWebApplication
public class DownloadController {

    private final PageContext pages;
    private final AuditLog audit;

    public DownloadController(PageContext pages, AuditLog audit) {
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/annees/{year}/rapports/{file}")
    public ResponseEntity<Resource> download(@PathVariable int year, @PathVariable String file, Authentication user) {
        pages.knownYear(year);
        Path output = Downloads.resolve(pages.folders().reports(), year, file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun rapport de ce nom"));
        if (!new Downloads.Access(PageContext.role(user), year).allows(file)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Ce rapport n'est pas accessible à votre rôle");
        }
        if (!Files.isRegularFile(output)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ce rapport n'a pas encore été produit");
        }
        audit.record(user.getName(), AuditLog.Action.TELECHARGEMENT, year, file);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Downloads.mediaType(file)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(output));
    }
}
