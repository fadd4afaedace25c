package org.cloture.ingest.table;

/** A file that cannot be read at all; the message, in French, completes « Fichier illisible : ». */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
