package org.cloture.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name an uploaded file gets in {@code input/<year>/}. A name that tries to leave the folder (a path,
 * {@code ..}, an absolute or drive name) is refused outright; any other name is sanitised: control and
 * reserved characters replaced, spaces trimmed, length bounded, so that it is a plain file of the folder
 * that the drop-folder ingest would read (never a hidden or office lock file).
 */
public record UploadedFileName(String name, String refusal) {

    static final int MAX_LENGTH = 120;

    public static UploadedFileName of(String original) {
        if (original == null || original.isBlank()) {
            return refused("fichier sans nom");
        }
        String name = Normalizer.normalize(original.strip(), Normalizer.Form.NFC);
        if (name.contains("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return refused("« " + printable(name) + " » contient un chemin (dossier ou lecteur) : seul un nom de fichier est accepté");
        }
        if (name.equals(".") || name.equals("..") || name.contains("..")) {
            return refused("« " + printable(name) + " » contient « .. »");
        }
        String cleaned = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").replaceAll("\\s+", " ").strip();
        if (cleaned.startsWith(".") || cleaned.startsWith("~$")) {
            return refused("« " + printable(name) + " » est un nom de fichier caché ou temporaire");
        }
        if (cleaned.length() > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (lower.equals("association.yml")) {
            return refused("association.yml se modifie sur le serveur, pas par un dépôt");
        }
        return new UploadedFileName(cleaned, null);
    }

    private static UploadedFileName refused(String reason) {
        return new UploadedFileName(null, reason);
    }

    public Optional<String> accepted() {
        return Optional.ofNullable(name);
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
