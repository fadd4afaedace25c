package org.cloture.delivery;

/** A mail that could not be sent, with what kind of problem it was: it decides whether to try again. */
public final class MailFailure extends Exception {

    public enum Kind {
        /** The server refused the user or password: trying again would only lock the account. */
        AUTHENTICATION,
        /** The server could not be reached or did not answer: worth trying again a little later. */
        UNAVAILABLE,
        /** The server refused this message or recipient: trying again gives the same answer. */
        REJECTED
    }

    private final Kind kind;

    public MailFailure(Kind kind, String frenchMessage, Throwable cause) {
        super(frenchMessage, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean worthRetrying() {
        return kind == Kind.UNAVAILABLE;
    }
}
