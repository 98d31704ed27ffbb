package io.github.acsnumbers.siprouting.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole SIP routing configuration: trunks (keyed by FQDN), the ordered route list and, with api-version
 * 2024-11-15-preview, domains. Immutable; trunk and domain order is kept as given (the service's map order).
 */
public final class SipConfiguration {
    private static final SipConfiguration EMPTY = new SipConfiguration(List.of(), List.of(), List.of());

    private final Map<String, SipTrunk> trunks;
    private final List<SipTrunkRoute> routes;
    private final Map<String, SipDomain> domains;

    /**
     * Creates a configuration.
     *
     * @param trunks the trunks; FQDNs must be unique ({@code null} means none)
     * @param routes the routes in evaluation order ({@code null} means none)
     * @param domains the domains; names must be unique ({@code null} means none)
     */
    public SipConfiguration(List<SipTrunk> trunks, List<SipTrunkRoute> routes, List<SipDomain> domains) {
        Map<String, SipTrunk> t = new LinkedHashMap<>();
        for (SipTrunk trunk : trunks == null ? List.<SipTrunk>of() : trunks) {
            ModelChecks.requireNonNull(trunk, "trunk");
            if (t.put(trunk.getFqdn(), trunk) != null) {
                throw new IllegalArgumentException("trunk '" + trunk.getFqdn() + "' is listed twice");
            }
        }
        List<SipTrunkRoute> r = new ArrayList<>();
        for (SipTrunkRoute route : routes == null ? List.<SipTrunkRoute>of() : routes) {
            r.add(ModelChecks.requireNonNull(route, "route"));
        }
        Map<String, SipDomain> d = new LinkedHashMap<>();
        for (SipDomain domain : domains == null ? List.<SipDomain>of() : domains) {
            ModelChecks.requireNonNull(domain, "domain");
            if (d.put(domain.getDomainName(), domain) != null) {
                throw new IllegalArgumentException("domain '" + domain.getDomainName() + "' is listed twice");
            }
        }
        this.trunks = Collections.unmodifiableMap(t);
        this.routes = Collections.unmodifiableList(r);
        this.domains = Collections.unmodifiableMap(d);
    }

    /**
     * Creates a configuration of trunks and routes only.
     *
     * @param trunks the trunks
     * @param routes the routes in evaluation order
     */
    public SipConfiguration(List<SipTrunk> trunks, List<SipTrunkRoute> routes) {
        this(trunks, routes, List.of());
    }

    /** @return a configuration with no trunks, routes or domains */
    public static SipConfiguration empty() {
        return EMPTY;
    }

    /** @return the trunks in map order (unmodifiable) */
    public List<SipTrunk> getTrunks() {
        return List.copyOf(trunks.values());
    }

    /**
     * Looks a trunk up by FQDN (exact string, as the service keys its map).
     *
     * @param fqdn the FQDN
     * @return the trunk, or empty
     */
    public Optional<SipTrunk> getTrunk(String fqdn) {
        return Optional.ofNullable(fqdn == null ? null : trunks.get(fqdn));
    }

    /** @return the routes in evaluation order (unmodifiable) */
    public List<SipTrunkRoute> getRoutes() {
        return routes;
    }

    /**
     * Looks a route up by name.
     *
     * @param name the route name
     * @return the first route with that name, or empty
     */
    public Optional<SipTrunkRoute> getRoute(String name) {
        return routes.stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    /** @return the domains in map order (unmodifiable; empty before api-version 2024-11-15-preview) */
    public List<SipDomain> getDomains() {
        return List.copyOf(domains.values());
    }

    /**
     * Looks a domain up by name.
     *
     * @param domainName the domain name
     * @return the domain, or empty
     */
    public Optional<SipDomain> getDomain(String domainName) {
        return Optional.ofNullable(domainName == null ? null : domains.get(domainName));
    }

    /**
     * Returns a copy with other trunks.
     *
     * @param newTrunks the trunks
     * @return the copy
     */
    public SipConfiguration withTrunks(List<SipTrunk> newTrunks) {
        return new SipConfiguration(newTrunks, routes, getDomains());
    }

    /**
     * Returns a copy with other routes.
     *
     * @param newRoutes the routes
     * @return the copy
     */
    public SipConfiguration withRoutes(List<SipTrunkRoute> newRoutes) {
        return new SipConfiguration(getTrunks(), newRoutes, getDomains());
    }

    /**
     * Returns a copy with other domains.
     *
     * @param newDomains the domains
     * @return the copy
     */
    public SipConfiguration withDomains(List<SipDomain> newDomains) {
        return new SipConfiguration(getTrunks(), routes, newDomains);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SipConfiguration)) {
            return false;
        }
        SipConfiguration c = (SipConfiguration) o;
        // map order is not significant for trunks and domains, route order is
        return trunks.equals(c.trunks) && routes.equals(c.routes) && domains.equals(c.domains);
    }

    @Override
    public int hashCode() {
        return trunks.hashCode() * 31 * 31 + routes.hashCode() * 31 + domains.hashCode();
    }

    @Override
    public String toString() {
        return "SipConfiguration{trunks=" + trunks.values() + ", routes=" + routes
            + (domains.isEmpty() ? "" : ", domains=" + domains.values()) + "}";
    }
}
