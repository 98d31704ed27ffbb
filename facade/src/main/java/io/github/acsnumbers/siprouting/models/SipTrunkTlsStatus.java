package io.github.acsnumbers.siprouting.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;

import java.util.Collection;

/**
 * TLS status of a trunk's connections (preview 2024-11-15, read-only health).
 * Extensible: values the SDK does not know yet are kept as they came.
 */
public final class SipTrunkTlsStatus extends ExpandableStringEnum<SipTrunkTlsStatus> {
    /** Wire value {@code unknown}. */
    public static final SipTrunkTlsStatus UNKNOWN = fromString("unknown");
    /** Wire value {@code ok}. */
    public static final SipTrunkTlsStatus OK = fromString("ok");
    /** Wire value {@code certExpiring}. */
    public static final SipTrunkTlsStatus CERT_EXPIRING = fromString("certExpiring");
    /** Wire value {@code certExpired}. */
    public static final SipTrunkTlsStatus CERT_EXPIRED = fromString("certExpired");

    /** Instances come from {@link #fromString(String)}. */
    private SipTrunkTlsStatus() {
    }

    /**
     * Returns the value for a wire string, creating it when unknown.
     *
     * @param value the wire value; {@code null} gives {@code null}
     * @return the enum value
     */
    public static SipTrunkTlsStatus fromString(String value) {
        return fromString(value, SipTrunkTlsStatus.class);
    }

    /**
     * Returns every value known so far.
     *
     * @return the known values
     */
    public static Collection<SipTrunkTlsStatus> values() {
        return values(SipTrunkTlsStatus.class);
    }
}
