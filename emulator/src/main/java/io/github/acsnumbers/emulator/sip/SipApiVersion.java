package io.github.acsnumbers.emulator.sip;

import io.github.acsnumbers.emulator.http.SpecVersions;
import java.util.Optional;

/** The SIP Routing api-versions the emulator serves; any other value is answered with the service's 400. */
public enum SipApiVersion {
    /** The stable version: trunks carry only {@code sipSignalingPort}; no domains, no health, no route testing. */
    V2023_03_01(SpecVersions.SIP_STABLE),
    /** The preview: domains, extra trunk fields, {@code expand=trunks/health}, {@code callerIdOverride}, route testing. */
    V2024_11_15_PREVIEW(SpecVersions.SIP_PREVIEW);

    /**
     * Value of the {@code api-supported-versions} header on successful SIP answers: what the service lists
     * (wire-behaviour.md §1.3), including 2023-04-01-preview, which the emulator itself does not serve.
     */
    public static final String SUPPORTED_HEADER_VALUE = "2023-03-01, 2023-04-01-preview, 2024-11-15-preview";

    private final String wire;

    SipApiVersion(String wire) {
        this.wire = wire;
    }

    /**
     * The api-version string as it appears in the query.
     *
     * @return the query value
     */
    public String wire() {
        return wire;
    }

    /**
     * Whether this version has the preview features (domains, trunk flags, health, callerIdOverride).
     *
     * @return {@code true} for the preview
     */
    public boolean isPreview() {
        return this == V2024_11_15_PREVIEW;
    }

    /**
     * Looks up a query value.
     *
     * @param value the {@code api-version} query value, possibly {@code null}
     * @return the version, or empty when the emulator does not serve it
     */
    public static Optional<SipApiVersion> fromWire(String value) {
        for (SipApiVersion v : values()) {
            if (v.wire.equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
