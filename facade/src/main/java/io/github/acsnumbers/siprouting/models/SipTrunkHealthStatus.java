package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * Overall health status of a trunk (preview 2024-11-15, read-only health).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkHealthStatus extends ExpandableStringEnum<SipTrunkHealthStatus> {
    /** Wire value {@code unknown}. */
    public static final SipTrunkHealthStatus UNKNOWN = fromString("unknown");
    /** Wire value {@code active}. */
    public static final SipTrunkHealthStatus ACTIVE = fromString("active");
    /** Wire value {@code inactive}. */
    public static final SipTrunkHealthStatus INACTIVE = fromString("inactive");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkHealthStatus() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkHealthStatus fromString(String value) {
        return fromString(value, SipTrunkHealthStatus.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkHealthStatus> values() {
        return values(SipTrunkHealthStatus.class);
    }
}
