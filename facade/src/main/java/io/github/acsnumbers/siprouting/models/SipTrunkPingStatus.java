package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * Status of the SIP OPTIONS pings a trunk sends (preview 2024-11-15, read-only health).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkPingStatus extends ExpandableStringEnum<SipTrunkPingStatus> {
    /** Wire value {@code unknown}. */
    public static final SipTrunkPingStatus UNKNOWN = fromString("unknown");
    /** Wire value {@code ok}. */
    public static final SipTrunkPingStatus OK = fromString("ok");
    /** Wire value {@code expired}. */
    public static final SipTrunkPingStatus EXPIRED = fromString("expired");
    /** Wire value {@code error}. */
    public static final SipTrunkPingStatus ERROR = fromString("error");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkPingStatus() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkPingStatus fromString(String value) {
        return fromString(value, SipTrunkPingStatus.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkPingStatus> values() {
        return values(SipTrunkPingStatus.class);
    }
}
