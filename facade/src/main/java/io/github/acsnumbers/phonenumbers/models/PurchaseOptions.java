package io.github.acsnumbers.phonenumbers.models;

import java.time.Duration;
import java.util.Objects;

/**
 * Optional settings of a purchase, of searched numbers or of a reservation.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class PurchaseOptions {
    private final Boolean agreeToNotResell;
    private final Duration pollInterval;

    /** Creates options with nothing set. */
    public PurchaseOptions() {
        this(null, null);
    }

    private PurchaseOptions(Boolean agreeToNotResell, Duration pollInterval) {
        this.agreeToNotResell = agreeToNotResell;
        this.pollInterval = pollInterval;
    }

    /**
     * Returns whether the buyer agrees not to resell the numbers; required for numbers whose search or reservation says so, or {@code null} when not set.
     *
     * @return whether the buyer agrees not to resell the numbers; required for numbers whose search or reservation says so
     */
    public Boolean getAgreeToNotResell() {
        return agreeToNotResell;
    }

    /**
     * Returns a copy of these options with a new value for: whether the buyer agrees not to resell the numbers; required for numbers whose search or reservation says so.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public PurchaseOptions withAgreeToNotResell(Boolean value) {
        return new PurchaseOptions(value, pollInterval);
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
    public PurchaseOptions withPollInterval(Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("'pollInterval' must be positive, but was " + value + ".");
        }
        return new PurchaseOptions(agreeToNotResell, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PurchaseOptions)) {
            return false;
        }
        PurchaseOptions other = (PurchaseOptions) o;
        return Objects.equals(agreeToNotResell, other.agreeToNotResell)
                && Objects.equals(pollInterval, other.pollInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreeToNotResell, pollInterval);
    }

    @Override
    public String toString() {
        return "PurchaseOptions{" + "agreeToNotResell=" + agreeToNotResell
                + ", " + "pollInterval=" + pollInterval + "}";
    }
}
