package io.github.acsnumbers.identity;

/** The Communication Identity REST API versions this SDK can talk to. */
public enum CommunicationIdentityServiceVersion {
    /** api-version {@code 2026-09-23}: users, tokens, Teams user token exchange and the Teams Phone extension. */
    V2026_09_23("2026-09-23");

    private final String version;

    CommunicationIdentityServiceVersion(String version) {
        this.version = version;
    }

    /** @return the value sent as the {@code api-version} query parameter */
    public String getVersion() {
        return version;
    }

    /** @return the newest version, used unless the builder is told otherwise */
    public static CommunicationIdentityServiceVersion latest() {
        // the version of the spec document the build generated the stubs from
        for (CommunicationIdentityServiceVersion v : values()) {
            if (v.version.equals(CommunicationIdentityOperations.SPEC_VERSION)) {
                return v;
            }
        }
        return values()[values().length - 1];
    }
}
