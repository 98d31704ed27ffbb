package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * IP address version a trunk uses (preview 2024-11-15).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkIpAddressVersion extends ExpandableStringEnum<SipTrunkIpAddressVersion> {
    /** Wire value {@code ipv4}. */
    public static final SipTrunkIpAddressVersion IPV4 = fromString("ipv4");
    /** Wire value {@code ipv6}. */
    public static final SipTrunkIpAddressVersion IPV6 = fromString("ipv6");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkIpAddressVersion() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkIpAddressVersion fromString(String value) {
        return fromString(value, SipTrunkIpAddressVersion.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkIpAddressVersion> values() {
        return values(SipTrunkIpAddressVersion.class);
    }
}
