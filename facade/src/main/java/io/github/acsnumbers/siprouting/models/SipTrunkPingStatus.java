package io.github.acsnumbers.siprouting.models;

import java.util.Collection;

/** Status of the SIP OPTIONS pings a trunk sends (preview 2024-11-15, read-only health). Extensible: values the SDK does not know yet are kept as they came. */
public final class SipTrunkPingStatus extends SipStringEnum<SipTrunkPingStatus> {
    /** Wire value {@code unknown}. */
    public static final SipTrunkPingStatus UNKNOWN = fromString("unknown");
    /** Wire value {@code ok}. */
    public static final SipTrunkPingStatus OK = fromString("ok");
    /** Wire value {@code expired}. */
    public static final SipTrunkPingStatus EXPIRED = fromString("expired");
    /** Wire value {@code error}. */
    public static final SipTrunkPingStatus ERROR = fromString("error");

    private SipTrunkPingStatus(String value) {
        super(value);
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkPingStatus fromString(String value) {
        return fromString(value, SipTrunkPingStatus.class, SipTrunkPingStatus::new);
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
