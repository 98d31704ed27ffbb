package io.github.acsnumbers.siprouting.models;

import java.util.Collection;

/** IP address version a trunk uses (preview 2024-11-15). Extensible: values the SDK does not know yet are kept as they came. */
public final class SipTrunkIpAddressVersion extends SipStringEnum<SipTrunkIpAddressVersion> {
    /** Wire value {@code ipv4}. */
    public static final SipTrunkIpAddressVersion IPV4 = fromString("ipv4");
    /** Wire value {@code ipv6}. */
    public static final SipTrunkIpAddressVersion IPV6 = fromString("ipv6");

    private SipTrunkIpAddressVersion(String value) {
        super(value);
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkIpAddressVersion fromString(String value) {
        return fromString(value, SipTrunkIpAddressVersion.class, SipTrunkIpAddressVersion::new);
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
