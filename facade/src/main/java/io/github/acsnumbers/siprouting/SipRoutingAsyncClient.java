package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.implementation.http.ClientCalls;
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
    private final ClientCalls calls;

    SipRoutingAsyncClient(SipRoutingOperations ops) {
        this.ops = ops;
        this.calls = new ClientCalls(ops.pipeline(), SipRoutingOperations.SERVICE);
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
        return run("getConfiguration", () -> ops.getConfiguration(), null);
    }

    /**
     * {@link #getConfiguration()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #getConfiguration()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> getConfigurationWithResponse(RequestOptions requestOptions) {
        return runWithResponse("getConfiguration", () -> ops.getConfiguration(), requestOptions);
    }

    /**
     * Lists the trunks (one read of the configuration).
     *
     * @return a future of the trunks in the service's order
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunk>> listTrunks() {
        return run("listTrunks", () -> ops.listTrunks(false), null);
    }

    /**
     * Lists the trunks, optionally with their health ({@code expand=trunks/health}, preview only).
     *
     * @param withHealth true to ask for health; needs api-version 2024-11-15-preview
     * @return a future of the trunks
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunk>> listTrunks(boolean withHealth) {
        return run("listTrunks", () -> ops.listTrunks(withHealth), null);
    }

    /**
     * {@link #listTrunks(boolean)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param withHealth as in {@link #listTrunks(boolean)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #listTrunks(boolean)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<List<SipTrunk>>> listTrunksWithResponse(boolean withHealth,
            RequestOptions requestOptions) {
        return runWithResponse("listTrunks", () -> ops.listTrunks(withHealth), requestOptions);
    }

    /**
     * Finds one trunk. The service has no per-trunk endpoint: this reads the configuration and looks the FQDN up.
     *
     * @param fqdn the trunk's FQDN
     * @return a future of the trunk, or empty when there is none
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Optional<SipTrunk>> getTrunk(String fqdn) {
        return run("getTrunk", () -> ops.getTrunk(fqdn), null);
    }

    /**
     * {@link #getTrunk(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param fqdn as in {@link #getTrunk(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #getTrunk(String)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<Optional<SipTrunk>>> getTrunkWithResponse(String fqdn,
            RequestOptions requestOptions) {
        return runWithResponse("getTrunk", () -> ops.getTrunk(fqdn), requestOptions);
    }

    /**
     * Adds or replaces one trunk with a single PATCH; other trunks and the routes are not touched.
     *
     * @param trunk the trunk
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setTrunk(SipTrunk trunk) {
        return run("setTrunk", () -> ops.setTrunk(trunk), null);
    }

    /**
     * {@link #setTrunk(SipTrunk)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param trunk as in {@link #setTrunk(SipTrunk)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #setTrunk(SipTrunk)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> setTrunkWithResponse(SipTrunk trunk,
            RequestOptions requestOptions) {
        return runWithResponse("setTrunk", () -> ops.setTrunk(trunk), requestOptions);
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
        return run("setTrunks", () -> ops.setTrunks(trunks), null);
    }

    /**
     * {@link #setTrunks(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param trunks as in {@link #setTrunks(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #setTrunks(List)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> setTrunksWithResponse(List<SipTrunk> trunks,
            RequestOptions requestOptions) {
        return runWithResponse("setTrunks", () -> ops.setTrunks(trunks), requestOptions);
    }

    /**
     * Deletes one trunk with a single PATCH ({@code null} value). Deleting an absent trunk succeeds and changes nothing; the service refuses ({@code MissingTrunk}) when a route still uses it.
     *
     * @param fqdn the trunk's FQDN
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> deleteTrunk(String fqdn) {
        return run("deleteTrunk", () -> ops.deleteTrunk(fqdn), null);
    }

    /**
     * {@link #deleteTrunk(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param fqdn as in {@link #deleteTrunk(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #deleteTrunk(String)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> deleteTrunkWithResponse(String fqdn,
            RequestOptions requestOptions) {
        return runWithResponse("deleteTrunk", () -> ops.deleteTrunk(fqdn), requestOptions);
    }

    /**
     * Lists the routes in evaluation order.
     *
     * @return a future of the routes
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipTrunkRoute>> listRoutes() {
        return run("listRoutes", () -> ops.listRoutes(), null);
    }

    /**
     * {@link #listRoutes()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #listRoutes()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<List<SipTrunkRoute>>> listRoutesWithResponse(RequestOptions requestOptions) {
        return runWithResponse("listRoutes", () -> ops.listRoutes(), requestOptions);
    }

    /**
     * Replaces the whole route list with a single PATCH; trunks are not touched. Names, patterns and duplicate trunks are checked first; whether the trunks exist is checked by the service ({@code MissingTrunk}).
     *
     * @param routes the routes in evaluation order (empty clears them)
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setRoutes(List<SipTrunkRoute> routes) {
        return run("setRoutes", () -> ops.setRoutes(routes), null);
    }

    /**
     * {@link #setRoutes(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param routes as in {@link #setRoutes(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #setRoutes(List)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> setRoutesWithResponse(List<SipTrunkRoute> routes,
            RequestOptions requestOptions) {
        return runWithResponse("setRoutes", () -> ops.setRoutes(routes), requestOptions);
    }

    /**
     * Lists the registered domains (preview).
     *
     * @return a future of the domains
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipDomain>> listDomains() {
        return run("listDomains", () -> ops.listDomains(), null);
    }

    /**
     * {@link #listDomains()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #listDomains()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<List<SipDomain>>> listDomainsWithResponse(RequestOptions requestOptions) {
        return runWithResponse("listDomains", () -> ops.listDomains(), requestOptions);
    }

    /**
     * Finds one domain (preview), by reading the configuration.
     *
     * @param domainName the domain
     * @return a future of the domain, or empty
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Optional<SipDomain>> getDomain(String domainName) {
        return run("getDomain", () -> ops.getDomain(domainName), null);
    }

    /**
     * {@link #getDomain(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domainName as in {@link #getDomain(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #getDomain(String)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<Response<Optional<SipDomain>>> getDomainWithResponse(String domainName,
            RequestOptions requestOptions) {
        return runWithResponse("getDomain", () -> ops.getDomain(domainName), requestOptions);
    }

    /**
     * Adds or replaces one domain with a single PATCH (preview). New domains stay disabled until verified.
     *
     * @param domain the domain
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> setDomain(SipDomain domain) {
        return run("setDomain", () -> ops.setDomain(domain), null);
    }

    /**
     * {@link #setDomain(SipDomain)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domain as in {@link #setDomain(SipDomain)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #setDomain(SipDomain)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> setDomainWithResponse(SipDomain domain,
            RequestOptions requestOptions) {
        return runWithResponse("setDomain", () -> ops.setDomain(domain), requestOptions);
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
        return run("setDomains", () -> ops.setDomains(domains), null);
    }

    /**
     * {@link #setDomains(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domains as in {@link #setDomains(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #setDomains(List)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> setDomainsWithResponse(List<SipDomain> domains,
            RequestOptions requestOptions) {
        return runWithResponse("setDomains", () -> ops.setDomains(domains), requestOptions);
    }

    /**
     * Deletes one domain with a single PATCH (preview).
     *
     * @param domainName the domain
     * @return a future of the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<SipConfiguration> deleteDomain(String domainName) {
        return run("deleteDomain", () -> ops.deleteDomain(domainName), null);
    }

    /**
     * {@link #deleteDomain(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domainName as in {@link #deleteDomain(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #deleteDomain(String)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> deleteDomainWithResponse(String domainName,
            RequestOptions requestOptions) {
        return runWithResponse("deleteDomain", () -> ops.deleteDomain(domainName), requestOptions);
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
        return run("testRoutesWithNumber", () -> ops.testRoutesWithNumber(number, null), null);
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
        return run("testRoutesWithNumber",
            (
            ) -> ops.testRoutesWithNumber(number,
            io.github.acsnumbers.implementation.util.Validation.requireNonNull(configuration, "configuration")), null);
    }

    /**
     * Reads the configuration and computes the plan that turns it into {@code desired} (its trunks become the whole trunk set, its routes the whole route list; domains are left alone). Nothing is changed.
     *
     * @param desired the configuration wanted
     * @return a future of the plan; print it to review it
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<SipConfigurationPlan> plan(SipConfiguration desired) {
        return run("plan", () -> ops.plan(desired), null);
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
        return run("apply", () -> ops.apply(plan), null);
    }

    /**
     * {@link #apply(SipConfigurationPlan)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param plan as in {@link #apply(SipConfigurationPlan)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return a future of the response, whose {@code getValue()} is what {@link #apply(SipConfigurationPlan)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public CompletableFuture<Response<SipConfiguration>> applyWithResponse(SipConfigurationPlan plan,
            RequestOptions requestOptions) {
        return runWithResponse("apply", () -> ops.apply(plan), requestOptions);
    }

    /**
     * Local route dry-run on the current configuration: the route and ordered trunks the service would pick.
     *
     * @param number the dialled number as the service sees it
     * @return a future of the result
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<RouteDryRunResult> dryRun(String number) {
        return run("dryRun", () -> ops.dryRun(number), null);
    }

    /**
     * Lints the current configuration (shadowed routes, routes without trunks, unused trunks, pattern issues).
     *
     * @return a future of the findings
     */
    @ImplementsOperation("getSipConfiguration")
    public CompletableFuture<List<SipLintFinding>> lint() {
        return run("lint", () -> ops.lint(), null);
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

    /** Runs an operation; an argument error (thrown while the exchange is built) fails the future, sends nothing. */
    private <T> CompletableFuture<T> run(String method, Supplier<Exchange<T>> exchange, RequestOptions options) {
        try {
            return calls.sendAsync(method, exchange.get(), options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> CompletableFuture<Response<T>> runWithResponse(String method, Supplier<Exchange<T>> exchange,
                                                               RequestOptions options) {
        try {
            return calls.sendWithResponseAsync(method, exchange.get(), options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

}
