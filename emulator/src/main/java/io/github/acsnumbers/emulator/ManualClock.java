package io.github.acsnumbers.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when told to; for tests of expiry, skew and operation progress. Thread-safe. */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /**
     * Starts at the given instant.
     *
     * @param start the start instant
     */
    public ManualClock(Instant start) {
        if (start == null) {
            throw new IllegalArgumentException("start instant must not be null");
        }
        this.now = start;
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param by how far to move
     */
    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    /**
     * Sets the time.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now = instant;
    }

    /** The current time. */
    @Override
    public Instant instant() {
        return now;
    }

    /** Always UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The zone is fixed; returns this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
