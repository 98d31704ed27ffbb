package io.github.acsnumbers.emulator;

import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.identity.IdentityModule;
import io.github.acsnumbers.emulator.identity.IdentityService;
import io.github.acsnumbers.emulator.sip.SipModule;
import io.github.acsnumbers.emulator.sip.SipRoutingService;
import java.time.Clock;
import java.util.List;

/**
 * The SIP Routing and Identity services of an emulator, for state inspection in tests. Each is a
 * {@link ServiceModule} ({@link SipModule}, {@link IdentityModule}) that {@link PhoneNumbersEmulator} registers and
 * persists like the phone-numbers one.
 */
public final class SipAndIdentityApis {
    private final SipModule sip;
    private final IdentityModule identity;

    /**
     * Both services for an emulator with this access key, without registered SIP domains.
     *
     * @param accessKey the emulator's access key: the identity signing key and resource id derive from it, so tokens
     *                  stay valid across restarts of the same emulator (same key, same data file)
     * @param clock     the emulator's clock (token expiry)
     */
    public SipAndIdentityApis(String accessKey, Clock clock) {
        this(new SipModule(List.of()), new IdentityModule(accessKey, clock));
    }

    SipAndIdentityApis(SipModule sip, IdentityModule identity) {
        this.sip = sip;
        this.identity = identity;
    }

    /** @return the SIP configuration service (state inspection in tests) */
    public SipRoutingService sip() {
        return sip.service();
    }

    /** @return the identity service (token checks in tests) */
    public IdentityService identity() {
        return identity.service();
    }

    /**
     * Registers the routes of both modules.
     *
     * @param r the router
     */
    public void register(Router r) {
        sip.register(r);
        identity.register(r);
    }
}
