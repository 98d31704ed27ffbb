package io.github.acsnumbers.phonenumbers.models;

import java.time.Duration;
import java.util.Objects;

/**
 * Optional settings of a phone number search.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class SearchOptions {
    private final String areaCode;
    private final Integer quantity;
    private final Duration pollInterval;

    /** Creates options with nothing set. */
    public SearchOptions() {
        this(null, null, null);
    }

    private SearchOptions(String areaCode, Integer quantity, Duration pollInterval) {
        this.areaCode = areaCode;
        this.quantity = quantity;
        this.pollInterval = pollInterval;
    }

    /**
     * Returns the area code the numbers must have, or {@code null} when not set.
     *
     * @return the area code the numbers must have
     */
    public String getAreaCode() {
        return areaCode;
    }

    /**
     * Returns a copy of these options with a new value for: the area code the numbers must have.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public SearchOptions withAreaCode(String value) {
        return new SearchOptions(value, quantity, pollInterval);
    }

    /**
     * Returns how many numbers to find (at least 1; the service default is 1), or {@code null} when not set.
     *
     * @return how many numbers to find (at least 1; the service default is 1)
     */
    public Integer getQuantity() {
        return quantity;
    }

    /**
     * Returns a copy of these options with a new value for: how many numbers to find (at least 1; the service default is 1).
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     * @throws IllegalArgumentException when the value is less than 1
     */
    public SearchOptions withQuantity(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("'quantity' must be at least 1, but was " + value + ".");
        }
        return new SearchOptions(areaCode, value, pollInterval);
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
    public SearchOptions withPollInterval(Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("'pollInterval' must be positive, but was " + value + ".");
        }
        return new SearchOptions(areaCode, quantity, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SearchOptions)) {
            return false;
        }
        SearchOptions other = (SearchOptions) o;
        return Objects.equals(areaCode, other.areaCode)
                && Objects.equals(quantity, other.quantity)
                && Objects.equals(pollInterval, other.pollInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaCode, quantity, pollInterval);
    }

    @Override
    public String toString() {
        return "SearchOptions{" + "areaCode=" + areaCode
                + ", " + "quantity=" + quantity
                + ", " + "pollInterval=" + pollInterval + "}";
    }
}
