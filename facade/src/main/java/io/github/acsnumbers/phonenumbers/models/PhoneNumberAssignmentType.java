package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * Who or what a phone number is assigned to.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class PhoneNumberAssignmentType extends ExpandableStringEnum<PhoneNumberAssignmentType> {
    /** The number is used by a person (for example, a Teams user). Wire value {@code person}. */
    public static final PhoneNumberAssignmentType PERSON = fromString("person");

    /** The number is used by an application (for example, a bot or a call flow). Wire value {@code application}. */
    public static final PhoneNumberAssignmentType APPLICATION = fromString("application");

    private PhoneNumberAssignmentType() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "person"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static PhoneNumberAssignmentType fromString(String value) {
        return fromString(value, PhoneNumberAssignmentType.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<PhoneNumberAssignmentType> values() {
        return values(PhoneNumberAssignmentType.class);
    }
}
