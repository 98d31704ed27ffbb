package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * How often a phone number is billed.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class BillingFrequency extends ExpandableStringEnum<BillingFrequency> {
    /** Billed every month. Wire value {@code monthly}. */
    public static final BillingFrequency MONTHLY = fromString("monthly");

    private BillingFrequency() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "monthly"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static BillingFrequency fromString(String value) {
        return fromString(value, BillingFrequency.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<BillingFrequency> values() {
        return values(BillingFrequency.class);
    }
}
