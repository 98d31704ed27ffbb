package io.github.acsnumbers.emulator.sip;

/**
 * A stored SIP domain (preview api-version only).
 *
 * @param enabled whether the domain is verified and used; new domains start disabled, as on the service
 */
public record SipDomain(boolean enabled) {
}
