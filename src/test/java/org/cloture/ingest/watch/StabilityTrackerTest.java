package org.cloture.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StabilityTrackerTest {

    private final MutableClock clock = new MutableClock();
    private final StabilityTracker tracker = new StabilityTracker(clock, Duration.ofSeconds(5));
    private final Path file = Path.of("input/2023/adherents.xlsx");

    private static Optional<FileState> state(long size) {
        return Optional.of(new FileState(size, FileTime.fromMillis(size)));
    }

    @Test
    void aFileIsHandedOverOnlyAfterItsSizeAndDateStayedStillForTheQuietPeriod() {
        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(4));
        tracker.observe(file, state(200));
        clock.advance(Duration.ofSeconds(4));
        tracker.observe(file, state(200));

        assertThat(tracker.takeStable()).as("still 4 s after its last change").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.takeStable()).containsExactly(new StabilityTracker.Handed(file, false));
    }

    @Test
    void aFileIsHandedOverOnceUntilItChangesAgain() {
        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(5));
        assertThat(tracker.takeStable()).hasSize(1);

        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(10));
        assertThat(tracker.takeStable()).isEmpty();

        tracker.observe(file, state(150));
        clock.advance(Duration.ofSeconds(5));
        assertThat(tracker.takeStable()).containsExactly(new StabilityTracker.Handed(file, false));
    }

    @Test
    void aHandedOverFileThatDisappearsIsHandedOverAsGone() {
        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(5));
        tracker.takeStable();

        tracker.observe(file, Optional.empty());
        clock.advance(Duration.ofSeconds(5));

        assertThat(tracker.takeStable()).containsExactly(new StabilityTracker.Handed(file, true));
        assertThat(tracker.knownFiles()).isEmpty();
    }

    @Test
    void aFileSavedByDeleteAndRecreateWithinTheQuietPeriodIsOneChange() {
        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(5));
        tracker.takeStable();

        tracker.observe(file, Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        tracker.observe(file, state(120));
        clock.advance(Duration.ofSeconds(5));

        assertThat(tracker.takeStable()).containsExactly(new StabilityTracker.Handed(file, false));
    }

    @Test
    void aFileThatCameAndWentBeforeSettlingIsNeverHandedOver() {
        tracker.observe(file, state(100));
        clock.advance(Duration.ofSeconds(1));
        tracker.observe(file, Optional.empty());
        clock.advance(Duration.ofSeconds(10));

        assertThat(tracker.takeStable()).isEmpty();
    }
}
