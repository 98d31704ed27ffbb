package io.github.acsnumbers.phonenumbers;

/**
 * The versions of the Phone Numbers REST API this SDK can talk to. The chosen version is sent as the
 * {@code api-version} of every request.
 */
public enum PhoneNumbersServiceVersion {
    /** The 2025-06-01 stable version: catalog, search and purchase, browse and reservations, operator lookup. */
    V2025_06_01("2025-06-01");

    private final String version;

    PhoneNumbersServiceVersion(String version) {
        this.version = version;
    }

    /**
     * Returns the wire value of this version.
     *
     * @return the {@code api-version} value, for example {@code 2025-06-01}
     */
    public String getVersion() {
        return version;
    }

    /**
     * Returns the newest version this SDK supports, used when none is chosen.
     *
     * @return the newest version
     */
    public static PhoneNumbersServiceVersion getLatest() {
        // the version of the spec document the build generated the stubs from
        for (PhoneNumbersServiceVersion v : values()) {
            if (v.version.equals(PhoneNumbersOperations.SPEC_VERSION)) {
                return v;
            }
        }
        return values()[values().length - 1];
    }

    @Override
    public String toString() {
        return version;
    }
}
