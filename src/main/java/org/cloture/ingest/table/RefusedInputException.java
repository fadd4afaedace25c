package org.cloture.ingest.table;

import java.io.IOException;

/**
 * Raised by an input guard (inflated size, record length) from inside a library's read loop, where only an
 * IOException can pass; the message, in French, completes « Fichier refusé : ».
 */
public final class RefusedInputException extends IOException {

    public RefusedInputException(String reason) {
        super(reason);
    }
}
