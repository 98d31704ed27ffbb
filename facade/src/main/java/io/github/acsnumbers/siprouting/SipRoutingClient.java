package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRun;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import io.github.acsnumbers.siprouting.routing.SipRoutingLint;

import java.util.List;
import java.util.Optional;

/**
 * Client for SIP direct routing of an Azure Communication Services resource: trunks, the ordered route list,
 * (preview) domains, plus a local route dry-run, a lint and plan/apply of a whole configuration in one PATCH.
 * Methods block the calling thread; failures from the service are
 * {@link io.github.acsnumbers.core.error.CommunicationException}s carrying the service's inner error code
 * ({@code InvalidTrunkFqdn}, {@code MissingTrunk}, ...). Built by {@link SipRoutingClientBuilder}; thread-safe.
 */
public final class SipRoutingClient {
    private final SipRoutingOperations ops;

    SipRoutingClient(SipRoutingOperations ops) {
        this.ops = ops;
    }

    /** @return the api-version this client sends */
    public SipRoutingServiceVersion getServiceVersion() {
        return ops.version();
    }

    /**
     * Reads the whole SIP configuration: trunks, routes and (preview) domains.
     *
     * @return the configuration
     */
    @ImplementsOperation("getSipConfiguration")
    public SipConfiguration getConfiguration() {
        return ops.getConfiguration().send(ops.pipeline());
    }

    /**
     * Lists the trunks (one read of the configuration).
     *
     * @return the trunks in the service's order
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipTrunk> listTrunks() {
        return ops.listTrunks(false).send(ops.pipeline());
    }

    /**
     * Lists the trunks, optionally with their health ({@code expand=trunks/health}, preview only).
     *
     * @param withHealth true to ask for health; needs api-version 2024-11-15-preview
     * @return the trunks
     * @throws UnsupportedOperationException when health is asked for under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipTrunk> listTrunks(boolean withHealth) {
        return ops.listTrunks(withHealth).send(ops.pipeline());
    }

    /**
     * Finds one trunk. The service has no per-trunk endpoint: this reads the configuration and looks the FQDN up.
     *
     * @param fqdn the trunk's FQDN
     * @return the trunk, or empty when there is none
     */
    @ImplementsOperation("getSipConfiguration")
    public Optional<SipTrunk> getTrunk(String fqdn) {
        return ops.getTrunk(fqdn).send(ops.pipeline());
    }

    /**
     * Adds or replaces one trunk with a single PATCH; other trunks and the routes are not touched.
     *
     * @param trunk the trunk
     * @return the configuration the service answered with
     * @throws IllegalArgumentException when the FQDN or port is invalid, or preview fields are set under the stable version
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setTrunk(SipTrunk trunk) {
        return ops.setTrunk(trunk).send(ops.pipeline());
    }

    /**
     * Makes the given list the whole trunk set: reads the configuration, then sends one PATCH that upserts the listed trunks and deletes (with {@code null}) the others. Another writer between the read and the PATCH is not detected; use {@link #plan}/{@link #apply} for that.
     *
     * @param trunks the trunks wanted
     * @return the configuration the service answered with (the one read, when nothing had to be sent)
     * @throws IllegalArgumentException when a trunk is invalid or a route would lose its trunk
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setTrunks(List<SipTrunk> trunks) {
        return ops.setTrunks(trunks).send(ops.pipeline());
    }

    /**
     * Deletes one trunk with a single PATCH ({@code null} value). Deleting an absent trunk succeeds and changes nothing; the service refuses ({@code MissingTrunk}) when a route still uses it.
     *
     * @param fqdn the trunk's FQDN
     * @return the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration deleteTrunk(String fqdn) {
        return ops.deleteTrunk(fqdn).send(ops.pipeline());
    }

    /**
     * Lists the routes in evaluation order.
     *
     * @return the routes
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipTrunkRoute> listRoutes() {
        return ops.listRoutes().send(ops.pipeline());
    }

    /**
     * Replaces the whole route list with a single PATCH; trunks are not touched. Names, patterns and duplicate trunks are checked first; whether the trunks exist is checked by the service ({@code MissingTrunk}).
     *
     * @param routes the routes in evaluation order (empty clears them)
     * @return the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setRoutes(List<SipTrunkRoute> routes) {
        return ops.setRoutes(routes).send(ops.pipeline());
    }

    /**
     * Lists the registered domains (preview).
     *
     * @return the domains
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipDomain> listDomains() {
        return ops.listDomains().send(ops.pipeline());
    }

    /**
     * Finds one domain (preview), by reading the configuration.
     *
     * @param domainName the domain
     * @return the domain, or empty
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    public Optional<SipDomain> getDomain(String domainName) {
        return ops.getDomain(domainName).send(ops.pipeline());
    }

    /**
     * Adds or replaces one domain with a single PATCH (preview). New domains stay disabled until verified.
     *
     * @param domain the domain
     * @return the configuration the service answered with
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setDomain(SipDomain domain) {
        return ops.setDomain(domain).send(ops.pipeline());
    }

    /**
     * Makes the given list the whole domain set (preview): reads, then one PATCH with upserts and {@code null} deletions.
     *
     * @param domains the domains wanted
     * @return the configuration the service answered with
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setDomains(List<SipDomain> domains) {
        return ops.setDomains(domains).send(ops.pipeline());
    }

    /**
     * Deletes one domain with a single PATCH (preview).
     *
     * @param domainName the domain
     * @return the configuration the service answered with
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration deleteDomain(String domainName) {
        return ops.deleteDomain(domainName).send(ops.pipeline());
    }

    /**
     * Asks the service which routes match a number in the current configuration (preview): reads the configuration, then posts it to testRoutesWithNumber.
     *
     * @param number the target number, for example {@code +14255550100}
     * @return every matching route, in order (the first is the one calls take)
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("testRoutesWithNumber")
    public List<SipTrunkRoute> testRoutesWithNumber(String number) {
        return ops.testRoutesWithNumber(number, null).send(ops.pipeline());
    }

    /**
     * Asks the service which routes of the given configuration match a number (preview); nothing is stored.
     *
     * @param number the target number
     * @param configuration the configuration to test
     * @return every matching route, in order
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("testRoutesWithNumber")
    public List<SipTrunkRoute> testRoutesWithNumber(String number, SipConfiguration configuration) {
        return ops.testRoutesWithNumber(number, io.github.acsnumbers.implementation.util.Validation.requireNonNull(configuration, "configuration")).send(ops.pipeline());
    }

    /**
     * Reads the configuration and computes the plan that turns it into {@code desired} (its trunks become the whole trunk set, its routes the whole route list; domains are left alone). Nothing is changed.
     *
     * @param desired the configuration wanted
     * @return the plan; print it to review it
     * @throws IllegalArgumentException when the resulting configuration would be invalid
     */
    @ImplementsOperation("getSipConfiguration")
    public SipConfigurationPlan plan(SipConfiguration desired) {
        return ops.plan(desired).send(ops.pipeline());
    }

    /**
     * Applies a plan with ONE merge-patch (trunk upserts, {@code null} deletions and the new route list together), after re-reading the configuration and checking it is still the one the plan was made from. An empty plan sends nothing.
     *
     * @param plan a plan from {@link #plan}
     * @return the configuration the service answered with
     * @throws SipConfigurationChangedException when the configuration changed since the plan (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration apply(SipConfigurationPlan plan) {
        return ops.apply(plan).send(ops.pipeline());
    }

    /**
     * Local route dry-run on the current configuration: the route and ordered trunks the service would pick.
     *
     * @param number the dialled number as the service sees it
     * @return the result
     */
    @ImplementsOperation("getSipConfiguration")
    public RouteDryRunResult dryRun(String number) {
        return ops.dryRun(number).send(ops.pipeline());
    }

    /**
     * Lints the current configuration (shadowed routes, routes without trunks, unused trunks, pattern issues).
     *
     * @return the findings
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipLintFinding> lint() {
        return ops.lint().send(ops.pipeline());
    }

    /**
     * Local route dry-run on the given configuration, without any network call.
     *
     * @param number the dialled number
     * @param configuration the configuration to evaluate
     * @return the result
     */
    public RouteDryRunResult dryRun(String number, SipConfiguration configuration) {
        return RouteDryRun.run(configuration, number);
    }

    /**
     * Lints the given configuration, without any network call.
     *
     * @param configuration the configuration
     * @return the findings
     */
    public List<SipLintFinding> lint(SipConfiguration configuration) {
        return SipRoutingLint.lint(configuration);
    }

}
