package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.implementation.http.ClientCalls;
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
    private final ClientCalls calls;

    SipRoutingClient(SipRoutingOperations ops) {
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
     * @return the configuration
     */
    @ImplementsOperation("getSipConfiguration")
    public SipConfiguration getConfiguration() {
        return calls.send("getConfiguration", ops.getConfiguration(), null);
    }

    /**
     * {@link #getConfiguration()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #getConfiguration()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<SipConfiguration> getConfigurationWithResponse(RequestOptions requestOptions) {
        return calls.sendWithResponse("getConfiguration", ops.getConfiguration(), requestOptions);
    }

    /**
     * Lists the trunks (one read of the configuration).
     *
     * @return the trunks in the service's order
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipTrunk> listTrunks() {
        return calls.send("listTrunks", ops.listTrunks(false), null);
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
        return calls.send("listTrunks", ops.listTrunks(withHealth), null);
    }

    /**
     * {@link #listTrunks(boolean)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param withHealth as in {@link #listTrunks(boolean)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #listTrunks(boolean)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<List<SipTrunk>> listTrunksWithResponse(boolean withHealth, RequestOptions requestOptions) {
        return calls.sendWithResponse("listTrunks", ops.listTrunks(withHealth), requestOptions);
    }

    /**
     * Finds one trunk. The service has no per-trunk endpoint: this reads the configuration and looks the FQDN up.
     *
     * @param fqdn the trunk's FQDN
     * @return the trunk, or empty when there is none
     */
    @ImplementsOperation("getSipConfiguration")
    public Optional<SipTrunk> getTrunk(String fqdn) {
        return calls.send("getTrunk", ops.getTrunk(fqdn), null);
    }

    /**
     * {@link #getTrunk(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param fqdn as in {@link #getTrunk(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #getTrunk(String)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<Optional<SipTrunk>> getTrunkWithResponse(String fqdn, RequestOptions requestOptions) {
        return calls.sendWithResponse("getTrunk", ops.getTrunk(fqdn), requestOptions);
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
        return calls.send("setTrunk", ops.setTrunk(trunk), null);
    }

    /**
     * {@link #setTrunk(SipTrunk)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param trunk as in {@link #setTrunk(SipTrunk)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #setTrunk(SipTrunk)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> setTrunkWithResponse(SipTrunk trunk, RequestOptions requestOptions) {
        return calls.sendWithResponse("setTrunk", ops.setTrunk(trunk), requestOptions);
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
        return calls.send("setTrunks", ops.setTrunks(trunks), null);
    }

    /**
     * {@link #setTrunks(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param trunks as in {@link #setTrunks(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #setTrunks(List)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> setTrunksWithResponse(List<SipTrunk> trunks, RequestOptions requestOptions) {
        return calls.sendWithResponse("setTrunks", ops.setTrunks(trunks), requestOptions);
    }

    /**
     * Deletes one trunk with a single PATCH ({@code null} value). Deleting an absent trunk succeeds and changes nothing; the service refuses ({@code MissingTrunk}) when a route still uses it.
     *
     * @param fqdn the trunk's FQDN
     * @return the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration deleteTrunk(String fqdn) {
        return calls.send("deleteTrunk", ops.deleteTrunk(fqdn), null);
    }

    /**
     * {@link #deleteTrunk(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param fqdn as in {@link #deleteTrunk(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #deleteTrunk(String)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> deleteTrunkWithResponse(String fqdn, RequestOptions requestOptions) {
        return calls.sendWithResponse("deleteTrunk", ops.deleteTrunk(fqdn), requestOptions);
    }

    /**
     * Lists the routes in evaluation order.
     *
     * @return the routes
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipTrunkRoute> listRoutes() {
        return calls.send("listRoutes", ops.listRoutes(), null);
    }

    /**
     * {@link #listRoutes()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #listRoutes()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<List<SipTrunkRoute>> listRoutesWithResponse(RequestOptions requestOptions) {
        return calls.sendWithResponse("listRoutes", ops.listRoutes(), requestOptions);
    }

    /**
     * Replaces the whole route list with a single PATCH; trunks are not touched. Names, patterns and duplicate trunks are checked first; whether the trunks exist is checked by the service ({@code MissingTrunk}).
     *
     * @param routes the routes in evaluation order (empty clears them)
     * @return the configuration the service answered with
     */
    @ImplementsOperation("updateSipConfiguration")
    public SipConfiguration setRoutes(List<SipTrunkRoute> routes) {
        return calls.send("setRoutes", ops.setRoutes(routes), null);
    }

    /**
     * {@link #setRoutes(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param routes as in {@link #setRoutes(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #setRoutes(List)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> setRoutesWithResponse(List<SipTrunkRoute> routes, RequestOptions requestOptions) {
        return calls.sendWithResponse("setRoutes", ops.setRoutes(routes), requestOptions);
    }

    /**
     * Lists the registered domains (preview).
     *
     * @return the domains
     * @throws UnsupportedOperationException under the stable version (nothing is sent)
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipDomain> listDomains() {
        return calls.send("listDomains", ops.listDomains(), null);
    }

    /**
     * {@link #listDomains()}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #listDomains()} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<List<SipDomain>> listDomainsWithResponse(RequestOptions requestOptions) {
        return calls.sendWithResponse("listDomains", ops.listDomains(), requestOptions);
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
        return calls.send("getDomain", ops.getDomain(domainName), null);
    }

    /**
     * {@link #getDomain(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domainName as in {@link #getDomain(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #getDomain(String)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    public Response<Optional<SipDomain>> getDomainWithResponse(String domainName, RequestOptions requestOptions) {
        return calls.sendWithResponse("getDomain", ops.getDomain(domainName), requestOptions);
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
        return calls.send("setDomain", ops.setDomain(domain), null);
    }

    /**
     * {@link #setDomain(SipDomain)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domain as in {@link #setDomain(SipDomain)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #setDomain(SipDomain)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> setDomainWithResponse(SipDomain domain, RequestOptions requestOptions) {
        return calls.sendWithResponse("setDomain", ops.setDomain(domain), requestOptions);
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
        return calls.send("setDomains", ops.setDomains(domains), null);
    }

    /**
     * {@link #setDomains(List)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domains as in {@link #setDomains(List)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #setDomains(List)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> setDomainsWithResponse(List<SipDomain> domains, RequestOptions requestOptions) {
        return calls.sendWithResponse("setDomains", ops.setDomains(domains), requestOptions);
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
        return calls.send("deleteDomain", ops.deleteDomain(domainName), null);
    }

    /**
     * {@link #deleteDomain(String)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param domainName as in {@link #deleteDomain(String)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #deleteDomain(String)} returns
     */
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> deleteDomainWithResponse(String domainName, RequestOptions requestOptions) {
        return calls.sendWithResponse("deleteDomain", ops.deleteDomain(domainName), requestOptions);
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
        return calls.send("testRoutesWithNumber", ops.testRoutesWithNumber(number, null), null);
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
        return calls.send("testRoutesWithNumber",
            ops.testRoutesWithNumber(
            number,
            io.github.acsnumbers.implementation.util.Validation.requireNonNull(configuration, "configuration")), null);
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
        return calls.send("plan", ops.plan(desired), null);
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
        return calls.send("apply", ops.apply(plan), null);
    }

    /**
     * {@link #apply(SipConfigurationPlan)}, returning the HTTP status, headers and request id of the (last) response with the value:
     * a change that first reads the configuration reports the response to its PATCH.
     *
     * @param plan as in {@link #apply(SipConfigurationPlan)}
     * @param requestOptions a timeout (for the whole operation) and extra headers (on every request), or
     *                       {@code null}
     * @return the response, whose {@code getValue()} is what {@link #apply(SipConfigurationPlan)} returns
     */
    @ImplementsOperation("getSipConfiguration")
    @ImplementsOperation("updateSipConfiguration")
    public Response<SipConfiguration> applyWithResponse(SipConfigurationPlan plan, RequestOptions requestOptions) {
        return calls.sendWithResponse("apply", ops.apply(plan), requestOptions);
    }

    /**
     * Local route dry-run on the current configuration: the route and ordered trunks the service would pick.
     *
     * @param number the dialled number as the service sees it
     * @return the result
     */
    @ImplementsOperation("getSipConfiguration")
    public RouteDryRunResult dryRun(String number) {
        return calls.send("dryRun", ops.dryRun(number), null);
    }

    /**
     * Lints the current configuration (shadowed routes, routes without trunks, unused trunks, pattern issues).
     *
     * @return the findings
     */
    @ImplementsOperation("getSipConfiguration")
    public List<SipLintFinding> lint() {
        return calls.send("lint", ops.lint(), null);
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
