package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The state of a phone numbers reservation.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class ReservationStatus extends ExpandableStringEnum<ReservationStatus> {
    /** The reservation holds its numbers and can be changed or purchased. Wire value {@code active}. */
    public static final ReservationStatus ACTIVE = fromString("active");

    /** A purchase of the reservation was started. Wire value {@code submitted}. */
    public static final ReservationStatus SUBMITTED = fromString("submitted");

    /** The reservation was purchased. Wire value {@code completed}. */
    public static final ReservationStatus COMPLETED = fromString("completed");

    /** The reservation expired and no longer holds its numbers. Wire value {@code expired}. */
    public static final ReservationStatus EXPIRED = fromString("expired");

    private ReservationStatus() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "active"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static ReservationStatus fromString(String value) {
        return fromString(value, ReservationStatus.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<ReservationStatus> values() {
        return values(ReservationStatus.class);
    }
}
