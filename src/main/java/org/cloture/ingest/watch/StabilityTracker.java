package org.cloture.ingest.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when a changed file may be read: once its size and date have not moved for a quiet period. A
 * file still being copied keeps changing, so it is never handed over half-written; a file handed over is
 * not handed over again until it changes. Thread-safe: the watch thread observes, the job thread takes.
 */
public final class StabilityTracker {

    /** A state seen changing, and since when it has not moved (null state: the file is gone). */
    private record Pending(FileState state, Instant since) {
    }

    private final Clock clock;
    private final Duration quietPeriod;
    private final Map<Path, Pending> pending = new HashMap<>();
    /** The state of each file when it was last handed over. */
    private final Map<Path, FileState> handedOver = new HashMap<>();

    public StabilityTracker(Clock clock, Duration quietPeriod) {
        this.clock = clock;
        this.quietPeriod = quietPeriod;
    }

    /** Records what a file looks like now (empty: it is gone). */
    public synchronized void observe(Path file, Optional<FileState> seen) {
        FileState state = seen.orElse(null);
        Pending current = pending.get(file);
        if (current != null) {
            if (!Objects.equals(current.state(), state)) {
                pending.put(file, new Pending(state, clock.instant()));
            }
            return;
        }
        boolean known = handedOver.containsKey(file);
        if (state == null ? known : !state.equals(handedOver.get(file))) {
            pending.put(file, new Pending(state, clock.instant()));
        }
    }

    /** A file handed over, and whether it is gone. */
    public record Handed(Path file, boolean gone) {
    }

    /** The files that changed and have been still for the quiet period; each is handed over once. */
    public synchronized List<Handed> takeStable() {
        Instant now = clock.instant();
        List<Handed> stable = new ArrayList<>();
        for (var iterator = pending.entrySet().iterator(); iterator.hasNext(); ) {
            var entry = iterator.next();
            Pending waiting = entry.getValue();
            if (Duration.between(waiting.since(), now).compareTo(quietPeriod) < 0) {
                continue;
            }
            iterator.remove();
            if (waiting.state() == null) {
                if (handedOver.remove(entry.getKey()) != null) {
                    stable.add(new Handed(entry.getKey(), true));
                }
            } else {
                handedOver.put(entry.getKey(), waiting.state());
                stable.add(new Handed(entry.getKey(), false));
            }
        }
        stable.sort(Comparator.comparing(Handed::file));
        return stable;
    }

    /** Files waiting to settle: looked at again on every tick, whether or not an event came. */
    public synchronized Set<Path> pendingFiles() {
        return new HashSet<>(pending.keySet());
    }

    /** Every file the tracker knows of, to notice those gone from the folder. */
    public synchronized Set<Path> knownFiles() {
        Set<Path> known = new HashSet<>(pending.keySet());
        known.addAll(handedOver.keySet());
        return known;
    }
}
