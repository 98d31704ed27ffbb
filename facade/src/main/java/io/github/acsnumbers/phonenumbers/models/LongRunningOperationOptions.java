package io.github.acsnumbers.phonenumbers.models;

import java.time.Duration;
import java.util.Objects;

/**
 * Optional settings of a long-running operation that has no other options (release, capability update).
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class LongRunningOperationOptions {
    private final Duration pollInterval;

    /** Creates options with nothing set. */
    public LongRunningOperationOptions() {
        this(null);
    }

    private LongRunningOperationOptions(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /**
     * Returns the time between two status polls for this operation, instead of the client's default, or {@code null} when not set.
     *
     * @return the time between two status polls for this operation, instead of the client's default
     */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /**
     * Returns a copy of these options with a new value for: the time between two status polls for this operation, instead of the client's default.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     * @throws IllegalArgumentException when the value is zero or negative
     */
    public LongRunningOperationOptions withPollInterval(Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("'pollInterval' must be positive, but was " + value + ".");
        }
        return new LongRunningOperationOptions(value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LongRunningOperationOptions)) {
            return false;
        }
        LongRunningOperationOptions other = (LongRunningOperationOptions) o;
        return Objects.equals(pollInterval, other.pollInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pollInterval);
    }

    @Override
    public String toString() {
        return "LongRunningOperationOptions{" + "pollInterval=" + pollInterval + "}";
    }
}
