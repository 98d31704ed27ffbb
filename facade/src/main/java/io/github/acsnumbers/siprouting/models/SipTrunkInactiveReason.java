package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * Why a trunk's overall health is inactive (preview 2024-11-15, read-only health).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkInactiveReason extends ExpandableStringEnum<SipTrunkInactiveReason> {
    /** Wire value {@code noRecentCalls}. */
    public static final SipTrunkInactiveReason NO_RECENT_CALLS = fromString("noRecentCalls");
    /** Wire value {@code noRecentPings}. */
    public static final SipTrunkInactiveReason NO_RECENT_PINGS = fromString("noRecentPings");
    /** Wire value {@code noRecentCallsAndPings}. */
    public static final SipTrunkInactiveReason NO_RECENT_CALLS_AND_PINGS = fromString("noRecentCallsAndPings");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkInactiveReason() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkInactiveReason fromString(String value) {
        return fromString(value, SipTrunkInactiveReason.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkInactiveReason> values() {
        return values(SipTrunkInactiveReason.class);
    }
}
