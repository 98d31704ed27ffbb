package io.github.acsnumbers.siprouting.models;

import java.util.Objects;

/**
 * Health of a SIP trunk as the service reports it (preview 2024-11-15, only when trunk health is requested).
 * Read-only: it is never sent back to the service.
 */
public final class SipTrunkHealth {
    private final SipTrunkTlsStatus tlsStatus;
    private final SipTrunkPingStatus pingStatus;
    private final SipTrunkHealthStatus overallStatus;
    private final SipTrunkInactiveReason inactiveReason;

    /**
     * Creates a health value (the SDK builds these from responses; tests and mocks use {@link SipRoutingModelFactory}).
     *
     * @param tlsStatus TLS status
     * @param pingStatus SIP OPTIONS ping status
     * @param overallStatus overall status
     * @param inactiveReason why the trunk is inactive, or {@code null}
     */
    SipTrunkHealth(SipTrunkTlsStatus tlsStatus, SipTrunkPingStatus pingStatus,
                          SipTrunkHealthStatus overallStatus, SipTrunkInactiveReason inactiveReason) {
        this.tlsStatus = tlsStatus;
        this.pingStatus = pingStatus;
        this.overallStatus = overallStatus;
        this.inactiveReason = inactiveReason;
    }

    /** @return the TLS status, or {@code null} when the service sent none */
    public SipTrunkTlsStatus getTlsStatus() {
        return tlsStatus;
    }

    /** @return the SIP OPTIONS ping status, or {@code null} */
    public SipTrunkPingStatus getPingStatus() {
        return pingStatus;
    }

    /** @return the overall status, or {@code null} */
    public SipTrunkHealthStatus getOverallStatus() {
        return overallStatus;
    }

    /** @return why the trunk is inactive, or {@code null} */
    public SipTrunkInactiveReason getInactiveReason() {
        return inactiveReason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SipTrunkHealth)) {
            return false;
        }
        SipTrunkHealth h = (SipTrunkHealth) o;
        return Objects.equals(tlsStatus, h.tlsStatus) && Objects.equals(pingStatus, h.pingStatus)
            && Objects.equals(overallStatus, h.overallStatus) && Objects.equals(inactiveReason, h.inactiveReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tlsStatus, pingStatus, overallStatus, inactiveReason);
    }

    @Override
    public String toString() {
        return "SipTrunkHealth{tls=" + tlsStatus + ", ping=" + pingStatus + ", overall=" + overallStatus
            + (inactiveReason == null ? "" : ", reason=" + inactiveReason) + "}";
    }
}
