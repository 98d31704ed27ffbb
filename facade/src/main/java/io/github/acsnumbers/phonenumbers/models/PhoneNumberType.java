package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The kind of a phone number. New kinds the service adds later parse as new values instead of failing.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class PhoneNumberType extends ExpandableStringEnum<PhoneNumberType> {
    /** A number tied to a geographic area. Wire value {@code geographic}. */
    public static final PhoneNumberType GEOGRAPHIC = fromString("geographic");

    /** A toll-free number. Wire value {@code tollFree}. */
    public static final PhoneNumberType TOLL_FREE = fromString("tollFree");

    /** A mobile number. Wire value {@code mobile}. */
    public static final PhoneNumberType MOBILE = fromString("mobile");

    private PhoneNumberType() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "geographic"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static PhoneNumberType fromString(String value) {
        return fromString(value, PhoneNumberType.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<PhoneNumberType> values() {
        return values(PhoneNumberType.class);
    }
}
