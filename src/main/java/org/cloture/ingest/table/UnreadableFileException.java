package org.cloture.ingest.table;

import org.cloture.source.CheckId;

/**
 * A file that cannot be read at all; the message, in French, completes the check's message
 * (« Fichier illisible : », or « Fichier refusé : » for a file refused for safety).
 */
public class UnreadableFileException extends Exception {

    private final CheckId check;

    public UnreadableFileException(String reason) {
        this(CheckId.FILE_UNREADABLE, reason, null);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        this(CheckId.FILE_UNREADABLE, reason, cause);
    }

    public UnreadableFileException(CheckId check, String reason, Throwable cause) {
        super(reason, cause);
        this.check = check;
    }

    /** A file beyond the limits that keep memory and time bounded (zip bomb, endless line). */
    public static UnreadableFileException refused(String reason) {
        return new UnreadableFileException(CheckId.FILE_REFUSED, reason, null);
    }

    public CheckId check() {
        return check;
    }
}
