package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The kind of a number as reported by its operator.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class OperatorNumberType extends ExpandableStringEnum<OperatorNumberType> {
    /** The operator does not know. Wire value {@code unknown}. */
    public static final OperatorNumberType UNKNOWN = fromString("unknown");

    /** Some other kind of number. Wire value {@code other}. */
    public static final OperatorNumberType OTHER = fromString("other");

    /** A geographic number. Wire value {@code geographic}. */
    public static final OperatorNumberType GEOGRAPHIC = fromString("geographic");

    /** A mobile number. Wire value {@code mobile}. */
    public static final OperatorNumberType MOBILE = fromString("mobile");

    private OperatorNumberType() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "unknown"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static OperatorNumberType fromString(String value) {
        return fromString(value, OperatorNumberType.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<OperatorNumberType> values() {
        return values(OperatorNumberType.class);
    }
}
