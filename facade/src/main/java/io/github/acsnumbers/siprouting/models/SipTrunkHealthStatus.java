package io.github.acsnumbers.siprouting.models;

import java.util.Collection;

/** Overall health status of a trunk (preview 2024-11-15, read-only health). Extensible: values the SDK does not know yet are kept as they came. */
public final class SipTrunkHealthStatus extends SipStringEnum<SipTrunkHealthStatus> {
    /** Wire value {@code unknown}. */
    public static final SipTrunkHealthStatus UNKNOWN = fromString("unknown");
    /** Wire value {@code active}. */
    public static final SipTrunkHealthStatus ACTIVE = fromString("active");
    /** Wire value {@code inactive}. */
    public static final SipTrunkHealthStatus INACTIVE = fromString("inactive");

    private SipTrunkHealthStatus(String value) {
        super(value);
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkHealthStatus fromString(String value) {
        return fromString(value, SipTrunkHealthStatus.class, SipTrunkHealthStatus::new);
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
