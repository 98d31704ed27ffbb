package io.github.acsnumbers.siprouting.models;



/**
 * Builds the SIP routing response models for users' tests and mocks (for example, a stubbed client that returns a
 * {@code SipTrunkHealth}). The SDK itself builds them from service responses: response models have no public
 * constructors, so that a field the service adds later can be added to them without breaking anyone.
 *
 * <p>Compatibility: when a model gains a field, a new overload of its factory method with the extra parameter is
 * added and the existing overloads stay, producing the new field's "not sent" value ({@code null}, {@code false}
 * or an empty collection).
 */
public final class SipRoutingModelFactory {
    private SipRoutingModelFactory() {
    }

    /**
     * Creates a {@link SipTrunkHealth} as the service would return it, for tests and mocks.
     *
     * @param tlsStatus TLS status
     * @param pingStatus SIP OPTIONS ping status
     * @param overallStatus overall status
     * @param inactiveReason why the trunk is inactive, or {@code null}
     * @return the new {@code SipTrunkHealth}
     */
    public static SipTrunkHealth sipTrunkHealth(
            SipTrunkTlsStatus tlsStatus,
            SipTrunkPingStatus pingStatus,
            SipTrunkHealthStatus overallStatus,
            SipTrunkInactiveReason inactiveReason) {
        return new SipTrunkHealth(tlsStatus, pingStatus, overallStatus, inactiveReason);
    }
}
