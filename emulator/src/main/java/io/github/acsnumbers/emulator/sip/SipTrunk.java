package io.github.acsnumbers.emulator.sip;

/**
 * A stored SIP trunk (the map key, its FQDN, is held by {@link SipConfiguration}). Every field is nullable: a
 * {@code null} means "never set", and responses then show the emulator's default (see {@link SipRoutingService}).
 *
 * @param sipSignalingPort SIP signaling port; valid values are 1..65535
 * @param enabled          preview only: whether the trunk is used for routing
 * @param directTransfer   preview only: direct transfer flag
 * @param privacyHeader    preview only: {@code id} or {@code none}
 * @param ipAddressVersion preview only: {@code ipv4} or {@code ipv6}
 */
public record SipTrunk(Integer sipSignalingPort, Boolean enabled, Boolean directTransfer, String privacyHeader,
                       String ipAddressVersion) {

    /**
     * A trunk with only a port, as the stable api-version creates it.
     *
     * @param port SIP signaling port
     * @return the trunk
     */
    public static SipTrunk ofPort(int port) {
        return new SipTrunk(port, null, null, null, null);
    }
}
