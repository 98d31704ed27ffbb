package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * SIP privacy header a trunk applies (preview 2024-11-15): {@code id} requests privacy for the asserted identity (RFC 3325), {@code none} asks for nothing (RFC 3323).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkPrivacyHeader extends ExpandableStringEnum<SipTrunkPrivacyHeader> {
    /** Wire value {@code id}. */
    public static final SipTrunkPrivacyHeader ID = fromString("id");
    /** Wire value {@code none}. */
    public static final SipTrunkPrivacyHeader NONE = fromString("none");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkPrivacyHeader() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkPrivacyHeader fromString(String value) {
        return fromString(value, SipTrunkPrivacyHeader.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkPrivacyHeader> values() {
        return values(SipTrunkPrivacyHeader.class);
    }
}
