package org.cloture.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins within {@code window} for the same
 * user name, or from the same address, further attempts are refused without checking the password until
 * the oldest of them is older than the window.
 */
public final class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean blocked(String user, String address) {
        return tooMany("user:" + key(user)) || tooMany("address:" + address);
    }

    public void failed(String user, String address) {
        add("user:" + key(user));
        add("address:" + address);
    }

    public void succeeded(String user, String address) {
        failures.remove("user:" + key(user));
        failures.remove("address:" + address);
    }

    private boolean tooMany(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= maxFailures;
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(Instant.now(clock));
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = Instant.now(clock).minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
