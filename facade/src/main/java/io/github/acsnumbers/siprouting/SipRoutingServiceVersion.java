package io.github.acsnumbers.siprouting;

/** The SIP routing api-versions this SDK speaks. */
public enum SipRoutingServiceVersion {
    /** The stable version: trunks (FQDN and port) and routes. The default. */
    V2023_03_01("2023-03-01", false),
    /**
     * The preview: adds domains, trunk settings ({@code enabled}, {@code directTransfer}, {@code privacyHeader},
     * {@code ipAddressVersion}), trunk health, route {@code callerIdOverride} and testRoutesWithNumber.
     */
    V2024_11_15_PREVIEW("2024-11-15-preview", true);

    private final String version;
    private final boolean preview;

    SipRoutingServiceVersion(String version, boolean preview) {
        this.version = version;
        this.preview = preview;
    }

    /** @return the api-version query value */
    public String getVersion() {
        return version;
    }

    /** @return true for the preview version */
    public boolean isPreview() {
        return preview;
    }

    /** @return the newest stable version, used unless another one is chosen */
    public static SipRoutingServiceVersion getLatestStable() {
        // the version of the stable spec document the build generated the stubs from
        for (SipRoutingServiceVersion v : values()) {
            if (v.version.equals(SipRoutingOperations.SPEC_VERSION)) {
                return v;
            }
        }
        return V2023_03_01;
    }
}
