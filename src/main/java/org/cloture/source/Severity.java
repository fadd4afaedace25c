package org.cloture.source;

/** How much a finding matters: an error blocks the final report, a warning and an info do not. */
public enum Severity {
    ERROR("error", "Bloquant"),
    WARNING("warning", "Avertissement"),
    INFO("info", "Information");

    private final String code;
    private final String frenchLabel;

    Severity(String code, String frenchLabel) {
        this.code = code;
        this.frenchLabel = frenchLabel;
    }

    /** The lower-case code written in the JSON output. */
    public String code() {
        return code;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    public boolean isBlocking() {
        return this == ERROR;
    }
}
