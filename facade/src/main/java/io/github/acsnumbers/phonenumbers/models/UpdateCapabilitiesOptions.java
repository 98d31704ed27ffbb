package io.github.acsnumbers.phonenumbers.models;

import java.time.Duration;
import java.util.Objects;

/**
 * What a capability update changes: the new calling and SMS capabilities, each named, so the two same-typed values
 * cannot be swapped by argument order, and optionally the poll interval.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * A capability left {@code null} keeps its current value; at least one of the two must be set.
 */
public final class UpdateCapabilitiesOptions {
    private final PhoneNumberCapabilityType calling;
    private final PhoneNumberCapabilityType sms;
    private final Duration pollInterval;

    /** Creates options with nothing set. */
    public UpdateCapabilitiesOptions() {
        this(null, null, null);
    }

    private UpdateCapabilitiesOptions(PhoneNumberCapabilityType calling, PhoneNumberCapabilityType sms,
                                      Duration pollInterval) {
        this.calling = calling;
        this.sms = sms;
        this.pollInterval = pollInterval;
    }

    /**
     * Returns the new calling capability, or {@code null} to keep the current one.
     *
     * @return the new calling capability
     */
    public PhoneNumberCapabilityType getCalling() {
        return calling;
    }

    /**
     * Returns a copy of these options with a new calling capability.
     *
     * @param value the new calling capability, or {@code null} to keep the current one
     * @return new options; this instance is unchanged
     */
    public UpdateCapabilitiesOptions withCalling(PhoneNumberCapabilityType value) {
        return new UpdateCapabilitiesOptions(value, sms, pollInterval);
    }

    /**
     * Returns the new SMS capability, or {@code null} to keep the current one.
     *
     * @return the new SMS capability
     */
    public PhoneNumberCapabilityType getSms() {
        return sms;
    }

    /**
     * Returns a copy of these options with a new SMS capability.
     *
     * @param value the new SMS capability, or {@code null} to keep the current one
     * @return new options; this instance is unchanged
     */
    public UpdateCapabilitiesOptions withSms(PhoneNumberCapabilityType value) {
        return new UpdateCapabilitiesOptions(calling, value, pollInterval);
    }

    /**
     * Returns the time between two status polls for this operation, instead of the client's default, or
     * {@code null} when not set.
     *
     * @return the poll interval
     */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /**
     * Returns a copy of these options with a new poll interval.
     *
     * @param value the time between two status polls, or {@code null} for the client's default
     * @return new options; this instance is unchanged
     * @throws IllegalArgumentException when the value is zero or negative
     */
    public UpdateCapabilitiesOptions withPollInterval(Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException("'pollInterval' must be positive, but was " + value + ".");
        }
        return new UpdateCapabilitiesOptions(calling, sms, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof UpdateCapabilitiesOptions)) {
            return false;
        }
        UpdateCapabilitiesOptions other = (UpdateCapabilitiesOptions) o;
        return Objects.equals(calling, other.calling) && Objects.equals(sms, other.sms)
            && Objects.equals(pollInterval, other.pollInterval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calling, sms, pollInterval);
    }

    @Override
    public String toString() {
        return "UpdateCapabilitiesOptions{calling=" + calling + ", sms=" + sms + ", pollInterval=" + pollInterval + "}";
    }
}
