package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void fiveFailuresBlockTheUserFromAnyAddressAndTheAddressForAnyUser() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Marie", "10.0.0.1");
        }
        assertThat(throttle.blocked("marie", "10.0.0.2")).isFalse();

        throttle.failed("marie", "10.0.0.1");

        assertThat(throttle.blocked("MARIE ", "10.0.0.9")).as("same user, another address").isTrue();
        assertThat(throttle.blocked("paul", "10.0.0.1")).as("same address, another user").isTrue();
        assertThat(throttle.blocked("paul", "10.0.0.9")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheFailuresAreOlderThanTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("marie", "10.0.0.1");
        }
        now.set(now.get().plus(Duration.ofMinutes(16)));

        assertThat(throttle.blocked("marie", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessForgetsTheFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("marie", "10.0.0.1");
        }
        throttle.succeeded("marie", "10.0.0.1");
        throttle.failed("marie", "10.0.0.1");

        assertThat(throttle.blocked("marie", "10.0.0.1")).isFalse();
    }
}
