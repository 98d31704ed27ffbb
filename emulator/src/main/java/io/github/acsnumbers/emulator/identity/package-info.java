/**
 * Domain logic of the emulated Communication Identity API: identities, emulator-signed access tokens, revocation,
 * Teams user token exchange and Teams Phone extension assignments. No HTTP here;
 * {@link io.github.acsnumbers.emulator.identity.IdentityService} is the entry point.
 */
package io.github.acsnumbers.emulator.identity;
