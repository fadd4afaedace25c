package org.cloture.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cloture.yearend.DropIngestRun;

/** Hands the launcher the drop ingestion that a job execution carried out. */
public class DropRunRegistry {

    private final Map<String, DropIngestRun> runs = new ConcurrentHashMap<>();

    void register(String launch, DropIngestRun run) {
        runs.put(launch, run);
    }

    Optional<DropIngestRun> take(String launch) {
        return Optional.ofNullable(runs.remove(launch));
    }
}
