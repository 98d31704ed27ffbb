package io.github.acsnumbers.siprouting.models;

import java.util.Objects;

/**
 * A SIP trunk (session border controller) that routes can send calls to, identified by its FQDN.
 * Immutable; use {@link #builder(String, int)} or the {@code with…} methods for variants.
 *
 * <p>The fields {@code enabled}, {@code directTransfer}, {@code privacyHeader} and {@code ipAddressVersion} exist
 * only in api-version 2024-11-15-preview; {@code null} means "not set" (omitted from requests). {@code health} is
 * read-only and only filled when trunk health was requested.</p>
 */
public final class SipTrunk {
    private final String fqdn;
    private final int sipSignalingPort;
    private final Boolean enabled;
    private final Boolean directTransfer;
    private final SipTrunkPrivacyHeader privacyHeader;
    private final SipTrunkIpAddressVersion ipAddressVersion;
    private final SipTrunkHealth health;

    /**
     * Creates a trunk with only the fields every api-version knows.
     *
     * @param fqdn the trunk's fully qualified domain name
     * @param sipSignalingPort the SIP signalling port (1–65535; checked before sending)
     */
    public SipTrunk(String fqdn, int sipSignalingPort) {
        this(builder(fqdn, sipSignalingPort));
    }

    private SipTrunk(Builder b) {
        this.fqdn = b.fqdn;
        this.sipSignalingPort = b.sipSignalingPort;
        this.enabled = b.enabled;
        this.directTransfer = b.directTransfer;
        this.privacyHeader = b.privacyHeader;
        this.ipAddressVersion = b.ipAddressVersion;
        this.health = b.health;
    }

    /**
     * Starts a builder.
     *
     * @param fqdn the trunk's fully qualified domain name
     * @param sipSignalingPort the SIP signalling port
     * @return a builder
     */
    public static Builder builder(String fqdn, int sipSignalingPort) {
        return new Builder(fqdn, sipSignalingPort);
    }

    /** @return a builder holding this trunk's values */
    public Builder toBuilder() {
        return new Builder(fqdn, sipSignalingPort).enabled(enabled).directTransfer(directTransfer)
            .privacyHeader(privacyHeader).ipAddressVersion(ipAddressVersion).health(health);
    }

    /** @return the FQDN, which is also the trunk's key in the configuration */
    public String getFqdn() {
        return fqdn;
    }

    /** @return the SIP signalling port */
    public int getSipSignalingPort() {
        return sipSignalingPort;
    }

    /** @return whether the trunk is enabled (preview), or {@code null} when not set */
    public Boolean getEnabled() {
        return enabled;
    }

    /** @return whether direct transfer is on (preview), or {@code null} when not set */
    public Boolean getDirectTransfer() {
        return directTransfer;
    }

    /** @return the privacy header (preview), or {@code null} when not set */
    public SipTrunkPrivacyHeader getPrivacyHeader() {
        return privacyHeader;
    }

    /** @return the IP address version (preview), or {@code null} when not set */
    public SipTrunkIpAddressVersion getIpAddressVersion() {
        return ipAddressVersion;
    }

    /** @return the health the service reported (preview, read-only), or {@code null} */
    public SipTrunkHealth getHealth() {
        return health;
    }

    /**
     * Returns a copy with another port.
     *
     * @param port the new port
     * @return the copy
     */
    public SipTrunk withSipSignalingPort(int port) {
        return toBuilder().sipSignalingPort(port).build();
    }

    /** @return true when any field that only api-version 2024-11-15-preview knows is set (health excluded) */
    public boolean usesPreviewFields() {
        return enabled != null || directTransfer != null || privacyHeader != null || ipAddressVersion != null;
    }

    /**
     * Compares the writable fields (everything but health).
     *
     * @param other another trunk
     * @return true when both would be sent identically
     */
    public boolean sameSettingsAs(SipTrunk other) {
        return other != null && fqdn.equals(other.fqdn) && sipSignalingPort == other.sipSignalingPort
            && Objects.equals(enabled, other.enabled) && Objects.equals(directTransfer, other.directTransfer)
            && Objects.equals(privacyHeader, other.privacyHeader)
            && Objects.equals(ipAddressVersion, other.ipAddressVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipTrunk && sameSettingsAs((SipTrunk) o) && Objects.equals(health, ((SipTrunk) o).health);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fqdn, sipSignalingPort, enabled, directTransfer, privacyHeader, ipAddressVersion, health);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SipTrunk{fqdn=").append(fqdn).append(", port=").append(sipSignalingPort);
        if (enabled != null) {
            s.append(", enabled=").append(enabled);
        }
        if (directTransfer != null) {
            s.append(", directTransfer=").append(directTransfer);
        }
        if (privacyHeader != null) {
            s.append(", privacyHeader=").append(privacyHeader);
        }
        if (ipAddressVersion != null) {
            s.append(", ipAddressVersion=").append(ipAddressVersion);
        }
        if (health != null) {
            s.append(", health=").append(health);
        }
        return s.append('}').toString();
    }

    /** Builder for {@link SipTrunk}. */
    public static final class Builder {
        private final String fqdn;
        private int sipSignalingPort;
        private Boolean enabled;
        private Boolean directTransfer;
        private SipTrunkPrivacyHeader privacyHeader;
        private SipTrunkIpAddressVersion ipAddressVersion;
        private SipTrunkHealth health;

        private Builder(String fqdn, int sipSignalingPort) {
            this.fqdn = ModelChecks.requireNonNull(fqdn, "fqdn");
            this.sipSignalingPort = sipSignalingPort;
        }

        /**
         * Sets the port.
         *
         * @param port the SIP signalling port
         * @return this builder
         */
        public Builder sipSignalingPort(int port) {
            this.sipSignalingPort = port;
            return this;
        }

        /**
         * Sets {@code enabled} (preview).
         *
         * @param enabled the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets {@code directTransfer} (preview).
         *
         * @param directTransfer the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder directTransfer(Boolean directTransfer) {
            this.directTransfer = directTransfer;
            return this;
        }

        /**
         * Sets the privacy header (preview).
         *
         * @param privacyHeader the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder privacyHeader(SipTrunkPrivacyHeader privacyHeader) {
            this.privacyHeader = privacyHeader;
            return this;
        }

        /**
         * Sets the IP address version (preview).
         *
         * @param ipAddressVersion the value, or {@code null} to leave it unset
         * @return this builder
         */
        public Builder ipAddressVersion(SipTrunkIpAddressVersion ipAddressVersion) {
            this.ipAddressVersion = ipAddressVersion;
            return this;
        }

        /**
         * Sets the health; the service owns this value and it is never sent (for tests and mocks).
         *
         * @param health the health, or {@code null}
         * @return this builder
         */
        public Builder health(SipTrunkHealth health) {
            this.health = health;
            return this;
        }

        /** @return the trunk */
        public SipTrunk build() {
            return new SipTrunk(this);
        }
    }
}
