package io.github.acsnumbers.emulator.sip;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.ServiceModule;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import io.github.acsnumbers.emulator.http.Router;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SIP routing as an emulator module: {@link SipRoutingService} and {@link SipJson} (wire), {@link SipValidator}
 * (rules), {@link SipErrors} (errors); the configuration is saved as a JSON snapshot under {@code sip}.
 */
public final class SipModule implements ServiceModule {

    private final SipRoutingService sip = new SipRoutingService();
    private final List<String> domainsAtStart;

    /**
     * An empty configuration with these domains registered (which switches on the domain rule).
     *
     * @param domainsAtStart domains the resource has from the start (also after a restore or reset)
     */
    public SipModule(List<String> domainsAtStart) {
        this.domainsAtStart = List.copyOf(domainsAtStart);
        registerStartDomains();
    }

    /**
     * The service (state inspection in tests).
     *
     * @return the service
     */
    public SipRoutingService service() {
        return sip;
    }

    @Override
    public String name() {
        return "sip";
    }

    @Override
    public List<String> apiVersions() {
        return Arrays.stream(SipApiVersion.values()).map(SipApiVersion::wire).toList();
    }

    @Override
    public void register(Router r) {
        ApiVersionPolicy versions = ApiVersionPolicy.checkedByHandler(SipApiVersion.SUPPORTED_HEADER_VALUE);
        r.add("GET", "/sip", "sip", versions, q -> sip.get(q.apiVersion(), q.queryParam("expand")))
            .add("PATCH", "/sip", "sip", versions, q -> sip.patch(q.apiVersion(), q.jsonBody()))
            .add("POST", "/sip:testRoutesWithNumber", "sip", versions, q -> sip.testRoutesWithNumber(
                q.apiVersion(), q.queryParam("targetPhoneNumber"), q.jsonBody()));
    }

    /** The configuration's snapshot; a restore keeps the start domains registered. */
    @Override
    public Optional<PhoneNumbersEmulator.PersistentDomain> persistence() {
        return Optional.of(new PhoneNumbersEmulator.PersistentDomain(name(), Set.of("sip"), sip::snapshot,
            this::restore));
    }

    private void restore(JsonObject state) {
        sip.restore(state);
        registerStartDomains(); // after the restore: a restart keeps them too
    }

    @Override
    public void reset() {
        restore(new SipRoutingService().snapshot());
    }

    private void registerStartDomains() {
        for (String domain : domainsAtStart) {
            sip.registerDomain(domain);
        }
    }
}
