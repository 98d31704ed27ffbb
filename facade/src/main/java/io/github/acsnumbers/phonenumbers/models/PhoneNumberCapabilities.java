package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Whether a phone number can call and send SMS, and in which direction.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberCapabilities {
    private final PhoneNumberCapabilityType calling;
    private final PhoneNumberCapabilityType sms;

    /**
     * Creates capabilities. Searches need both values; browsing and capability updates accept a {@code null} for a value that is not to be constrained or changed.
     *
     * @param calling the calling capability, or {@code null} when not given.
     * @param sms the SMS capability, or {@code null} when not given.
     */
    public PhoneNumberCapabilities(PhoneNumberCapabilityType calling, PhoneNumberCapabilityType sms) {
        this.calling = calling;
        this.sms = sms;
    }

    /**
     * Returns the calling capability, or {@code null} when not given.
     *
     * @return the calling capability, or {@code null} when not given
     */
    public PhoneNumberCapabilityType getCalling() {
        return calling;
    }

    /**
     * Returns the SMS capability, or {@code null} when not given.
     *
     * @return the SMS capability, or {@code null} when not given
     */
    public PhoneNumberCapabilityType getSms() {
        return sms;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberCapabilities)) {
            return false;
        }
        PhoneNumberCapabilities other = (PhoneNumberCapabilities) o;
        return Objects.equals(calling, other.calling)
                && Objects.equals(sms, other.sms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calling, sms);
    }

    @Override
    public String toString() {
        return "PhoneNumberCapabilities{" + "calling=" + calling
                + ", " + "sms=" + sms + "}";
    }
}
