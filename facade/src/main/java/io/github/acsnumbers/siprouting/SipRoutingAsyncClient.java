package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.implementation.http.Exchange;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Asynchronous client for SIP direct routing: every method returns a {@link CompletableFuture} and no thread
 * is blocked while waiting; cancelling a future cancels its HTTP call. Argument and version errors complete the
 * future exceptionally without sending anything. Same operations as {@link SipRoutingClient}.
 */
public final class SipRoutingAsyncClient {
    private final SipRoutingOperations ops;

    SipRoutingAsyncClient(SipRoutingOperations ops) {
        this.ops = ops;
    }

    /** @return the api-version this client sends */
    public SipRoutingServiceVersion getServiceVersion() {
        return ops.version();
    }

    /**
     * Reads the whole SIP configuration: trunks, routes and (preview) domains.
     *
     * @return a future of the configuration
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<SipConfiguration> getConfiguration() {
        return run(() -> ops.getConfiguration());
    }

    /**
     * Lists the trunks (one read of the configuration).
     *
     * @return a future of the trunks in the service's order
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunk>> listTrunks() {
        return run(() -> ops.listTrunks(false));
    }

    /**
     * Lists the trunks, optionally with their health ({@code expand=trunks/health}, preview only).
     *
     * @param withHealth true to ask for health; needs api-version 2024-11-15-preview
     * @return a future of the trunks
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunk>> listTrunks(boolean withHealth) {
        return run(() -> ops.listTrunks(withHealth));
    }

    /**
     * Finds one trunk. The service has no per-trunk endpoint: this reads the configuration and looks the FQDN up.
     *
     * @param fqdn the trunk's FQDN
     * @return a future of the trunk, or empty when there is none
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Optional<SipTrunk>> getTrunk(String fqdn) {
        return run(() -> ops.getTrunk(fqdn));
    }

    /**
     * Adds or replaces one trunk with a single PATCH; other trunks and the routes are not touched.
     *
     * @param trunk the trunk
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setTrunk(SipTrunk trunk) {
        return run(() -> ops.setTrunk(trunk));
    }

    /**
     * Makes the given list the whole trunk set: reads the configuration, then sends one PATCH that upserts the listed trunks and deletes (with {@code null}) the others. Another writer between the read and the PATCH is not detected; use {@link #plan}/{@link #apply} for that.
     *
     * @param trunks the trunks wanted
     * @return a future of the configuration the service answered with (the one read, when nothing had to be sent)
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setTrunks(List<SipTrunk> trunks) {
        return run(() -> ops.setTrunks(trunks));
    }

    /**
     * Deletes one trunk with a single PATCH ({@code null} value). Deleting an absent trunk succeeds and changes nothing; the service refuses ({@code MissingTrunk}) when a route still uses it.
     *
     * @param fqdn the trunk's FQDN
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> deleteTrunk(String fqdn) {
        return run(() -> ops.deleteTrunk(fqdn));
    }

    /**
     * Lists the routes in evaluation order.
     *
     * @return a future of the routes
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunkRoute>> listRoutes() {
        return run(() -> ops.listRoutes());
    }

    /**
     * Replaces the whole route list with a single PATCH; trunks are not touched. Names, patterns and duplicate trunks are checked first; whether the trunks exist is checked by the service ({@code MissingTrunk}).
     *
     * @param routes the routes in evaluation order (empty clears them)
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setRoutes(List<SipTrunkRoute> routes) {
        return run(() -> ops.setRoutes(routes));
    }

    /**
     * Lists the registered domains (preview).
     *
     * @return a future of the domains
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipDomain>> listDomains() {
        return run(() -> ops.listDomains());
    }

    /**
     * Finds one domain (preview), by reading the configuration.
     *
     * @param domainName the domain
     * @return a future of the domain, or empty
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Optional<SipDomain>> getDomain(String domainName) {
        return run(() -> ops.getDomain(domainName));
    }

    /**
     * Adds or replaces one domain with a single PATCH (preview). New domains stay disabled until verified.
     *
     * @param domain the domain
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setDomain(SipDomain domain) {
        return run(() -> ops.setDomain(domain));
    }

    /**
     * Makes the given list the whole domain set (preview): reads, then one PATCH with upserts and {@code null} deletions.
     *
     * @param domains the domains wanted
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setDomains(List<SipDomain> domains) {
        return run(() -> ops.setDomains(domains));
    }

    /**
     * Deletes one domain with a single PATCH (preview).
     *
     * @param domainName the domain
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> deleteDomain(String domainName) {
        return run(() -> ops.deleteDomain(domainName));
    }

    /**
     * Asks the service which routes match a number in the current configuration (preview): reads the configuration, then posts it to testRoutesWithNumber.
     *
     * @param number the target number, for example {@code +14255550100}
     * @return a future of every matching route, in order (the first is the one calls take)
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("testRoutesWithNumber")
    public CompletableFuture<List<SipTrunkRoute>> testRoutesWithNumber(String number) {
        return run(() -> ops.testRoutesWithNumber(number, null));
    }

    /**
     * Asks the service which routes of the given configuration match a number (preview); nothing is stored.
     *
     * @param number the target number
     * @param configuration the configuration to test
     * @return a future of every matching route, in order
     */
    @ImplementsOperation("testRoutesWithNumber")
    public CompletableFuture<List<SipTrunkRoute>> testRoutesWithNumber(String number, SipConfiguration configuration) {
        return run(() -> ops.testRoutesWithNumber(number, io.github.acsnumbers.implementation.util.Validation.requireNonNull(configuration, "configuration")));
    }

    /**
     * Reads the configuration and computes the plan that turns it into {@code desired} (its trunks become the whole trunk set, its routes the whole route list; domains are left alone). Nothing is changed.
     *
     * @param desired the configuration wanted
     * @return a future of the plan; print it to review it
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<SipConfigurationPlan> plan(SipConfiguration desired) {
        return run(() -> ops.plan(desired));
    }

    /**
     * Applies a plan with ONE merge-patch (trunk upserts, {@code null} deletions and the new route list together), after re-reading the configuration and checking it is still the one the plan was made from. An empty plan sends nothing.
     *
     * @param plan a plan from {@link #plan}
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> apply(SipConfigurationPlan plan) {
        return run(() -> ops.apply(plan));
    }

    /**
     * Local route dry-run on the current configuration: the route and ordered trunks the service would pick.
     *
     * @param number the dialled number as the service sees it
     * @return a future of the result
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<RouteDryRunResult> dryRun(String number) {
        return run(() -> ops.dryRun(number));
    }

    /**
     * Lints the current configuration (shadowed routes, routes without trunks, unused trunks, pattern issues).
     *
     * @return a future of the findings
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipLintFinding>> lint() {
        return run(() -> ops.lint());
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

    private <T> CompletableFuture<T> run(Supplier<Exchange<T>> exchange) {
        try {
            return exchange.get().sendAsync(ops.pipeline());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

}
