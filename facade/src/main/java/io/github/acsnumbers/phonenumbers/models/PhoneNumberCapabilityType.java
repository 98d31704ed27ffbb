package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The direction in which a phone number can call or send SMS.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class PhoneNumberCapabilityType extends ExpandableStringEnum<PhoneNumberCapabilityType> {
    /** Neither inbound nor outbound. Wire value {@code none}. */
    public static final PhoneNumberCapabilityType NONE = fromString("none");

    /** Inbound only. Wire value {@code inbound}. */
    public static final PhoneNumberCapabilityType INBOUND = fromString("inbound");

    /** Outbound only. Wire value {@code outbound}. */
    public static final PhoneNumberCapabilityType OUTBOUND = fromString("outbound");

    /** Both inbound and outbound; the wire value contains a literal {@code +}. Wire value {@code inbound+outbound}. */
    public static final PhoneNumberCapabilityType INBOUND_OUTBOUND = fromString("inbound+outbound");

    private PhoneNumberCapabilityType() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "none"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static PhoneNumberCapabilityType fromString(String value) {
        return fromString(value, PhoneNumberCapabilityType.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<PhoneNumberCapabilityType> values() {
        return values(PhoneNumberCapabilityType.class);
    }
}
