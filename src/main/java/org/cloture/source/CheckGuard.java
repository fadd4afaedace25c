package org.cloture.source;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check, one output or one report section of a closing so that an unexpected exception in it becomes
 * a blocking {@link CheckId#CHECK_FAILED} finding naming it, and the closing goes on with everything else: a
 * treasurer gets a provisional report and the list of what could not be done, never a stack trace and never no
 * report at all. The technical detail (stack trace) goes to cloture.log only.
 */
public final class CheckGuard {

    private static final Logger LOG = LoggerFactory.getLogger(CheckGuard.class);

    /**
     * A testing hook, inert unless set: the system property names checks ({@code stage/check}, comma
     * separated, e.g. {@code reconcile/fees-by-member}) that throw as they start, so that a test can show the
     * run survives a failing check of each stage.
     */
    public static final String INJECT_PROPERTY = "cloture.failCheck";

    private final Findings findings;
    private final FailureInjection injection;

    /** Called before each guarded check; throws to simulate a failure (tests). */
    @FunctionalInterface
    public interface FailureInjection {
        void before(String stage, String check);

        FailureInjection NONE = (stage, check) -> {
        };

        /** The checks the system property {@value #INJECT_PROPERTY} names, or none. */
        static FailureInjection fromSystemProperty() {
            String names = System.getProperty(INJECT_PROPERTY);
            if (names == null || names.isBlank()) {
                return NONE;
            }
            java.util.Set<String> failing = java.util.Set.copyOf(java.util.Arrays.stream(names.split(","))
                    .map(String::strip).toList());
            return (stage, check) -> {
                if (failing.contains(stage + "/" + check)) {
                    throw new IllegalStateException("Injected failure of " + stage + "/" + check);
                }
            };
        }
    }

    public CheckGuard(Findings findings, FailureInjection injection) {
        this.findings = findings;
        this.injection = injection;
    }

    /**
     * Runs {@code action}; on failure adds a CHECK_FAILED finding.
     *
     * @param stage    the pipeline stage (ingest, ledger, statements, annex, reconcile, figures, report)
     * @param check    a short stable name for logs and the testing hook
     * @param label    what the treasurer reads: the check or output in French
     * @param location the file (and row) concerned when known, else null
     * @return whether the action completed
     */
    public boolean run(String stage, String check, String label, SourceLocation location, Runnable action) {
        return get(stage, check, label, location, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The same for an action with a result; empty when it failed. */
    public <T> Optional<T> get(String stage, String check, String label, SourceLocation location,
                               Supplier<T> action) {
        try {
            injection.before(stage, check);
            return Optional.ofNullable(action.get());
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(failure(stage, check, label, location, e));
            return Optional.empty();
        }
    }

    /** The finding for a failed check, the detail logged to cloture.log. */
    public static Finding failure(String stage, String check, String label, SourceLocation location, Throwable e) {
        LOG.error("Check {}/{} failed{}", stage, check, location == null ? "" : " on " + location, e);
        SourceLocation where = location == null ? SourceLocation.ofFile("(étape " + stage + ")") : location;
        return Finding.of(CheckId.CHECK_FAILED, where, null, label);
    }
}
