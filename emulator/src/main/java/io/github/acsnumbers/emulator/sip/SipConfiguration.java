package io.github.acsnumbers.emulator.sip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable SIP configuration: domains and trunks keyed by name (insertion order kept), and the ordered routes.
 *
 * @param domains domains by name (preview only)
 * @param trunks  trunks by FQDN
 * @param routes  routes in evaluation order
 */
public record SipConfiguration(Map<String, SipDomain> domains, Map<String, SipTrunk> trunks, List<SipRoute> routes) {

    /** The configuration of a fresh resource. */
    public static final SipConfiguration EMPTY = new SipConfiguration(Map.of(), Map.of(), List.of());

    /**
     * Copies the collections so the configuration cannot change after it is built.
     *
     * @param domains domains by name, {@code null} for none
     * @param trunks  trunks by FQDN, {@code null} for none
     * @param routes  routes in order, {@code null} for none
     */
    public SipConfiguration {
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains == null ? Map.of() : domains));
        trunks = Collections.unmodifiableMap(new LinkedHashMap<>(trunks == null ? Map.of() : trunks));
        routes = List.copyOf(routes == null ? List.of() : routes);
    }
}
