package io.github.acsnumbers.emulator.identity;

/** What {@link IdentityService#checkToken(String)} says about an access token. */
public enum TokenStatus {
    /** Signed by this emulator, not expired, not revoked. */
    VALID,
    /** Issued before a revocation of its identity, or its identity was deleted. */
    REVOKED,
    /** Past its {@code expiresOn}. */
    EXPIRED,
    /** Not a token of this emulator instance: malformed, bad signature, other resource or unknown identity. */
    UNKNOWN_OR_INVALID
}
