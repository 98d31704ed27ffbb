package io.github.acsnumbers.emulator.sip;

/**
 * Health of a trunk, shown only on the preview api-version with {@code expand=trunks/health}.
 *
 * @param tls           TLS status: unknown, ok, certExpiring, certExpired
 * @param ping          SIP OPTIONS status: unknown, ok, expired, error
 * @param overall       overall status: unknown, active, inactive
 * @param overallReason reason for inactive (noRecentCalls, noRecentPings, noRecentCallsAndPings) or {@code null}
 */
public record TrunkHealth(String tls, String ping, String overall, String overallReason) {

    /** What the service reports for a trunk it has not probed yet. */
    public static final TrunkHealth UNKNOWN = new TrunkHealth("unknown", "unknown", "unknown", null);

    /**
     * Rejects missing statuses so a health object is always complete.
     *
     * @param tls           TLS status
     * @param ping          SIP OPTIONS status
     * @param overall       overall status
     * @param overallReason reason or {@code null}
     */
    public TrunkHealth {
        if (tls == null || ping == null || overall == null) {
            throw new IllegalArgumentException("tls, ping and overall health statuses are required");
        }
    }
}
