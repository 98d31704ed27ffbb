package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The availability of a number found by browsing or held in a reservation.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class AvailabilityStatus extends ExpandableStringEnum<AvailabilityStatus> {
    /** The number can be reserved. Wire value {@code available}. */
    public static final AvailabilityStatus AVAILABLE = fromString("available");

    /** The number is held by a reservation. Wire value {@code reserved}. */
    public static final AvailabilityStatus RESERVED = fromString("reserved");

    /** The hold on the number expired. Wire value {@code expired}. */
    public static final AvailabilityStatus EXPIRED = fromString("expired");

    /** The service could not reserve the number; see the number's error. Wire value {@code error}. */
    public static final AvailabilityStatus ERROR = fromString("error");

    /** The number was purchased. Wire value {@code purchased}. */
    public static final AvailabilityStatus PURCHASED = fromString("purchased");

    private AvailabilityStatus() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "available"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static AvailabilityStatus fromString(String value) {
        return fromString(value, AvailabilityStatus.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<AvailabilityStatus> values() {
        return values(AvailabilityStatus.class);
    }
}
