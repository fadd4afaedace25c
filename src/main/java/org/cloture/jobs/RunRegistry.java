package org.cloture.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cloture.yearend.YearEndRun;

/** Hands the launcher the run that a job execution carried out, to report its findings and outputs. */
public class RunRegistry {

    private final Map<String, YearEndRun> runs = new ConcurrentHashMap<>();

    void register(String launch, YearEndRun run) {
        runs.put(launch, run);
    }

    public Optional<YearEndRun> take(String launch) {
        return Optional.ofNullable(runs.remove(launch));
    }
}
