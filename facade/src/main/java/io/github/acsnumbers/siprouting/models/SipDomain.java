package io.github.acsnumbers.siprouting.models;

import java.util.Objects;

/**
 * A domain registered for SIP routing (api-version 2024-11-15-preview). Trunk FQDNs must belong to a registered
 * domain; a new domain comes back disabled until the service has verified it. Immutable.
 */
public final class SipDomain {
    private final String domainName;
    private final boolean enabled;

    /**
     * Creates a domain.
     *
     * @param domainName the domain name, the key in the configuration
     * @param enabled whether the domain is used
     */
    public SipDomain(String domainName, boolean enabled) {
        this.domainName = ModelChecks.requireNonNull(domainName, "domainName");
        this.enabled = enabled;
    }

    /** @return the domain name */
    public String getDomainName() {
        return domainName;
    }

    /** @return whether the domain is enabled */
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipDomain && ((SipDomain) o).domainName.equals(domainName)
            && ((SipDomain) o).enabled == enabled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(domainName, enabled);
    }

    @Override
    public String toString() {
        return "SipDomain{" + domainName + ", enabled=" + enabled + "}";
    }
}
