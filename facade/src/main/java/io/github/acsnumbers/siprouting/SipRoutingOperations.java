package io.github.acsnumbers.siprouting;

import com.google.gson.JsonObject;
import io.github.acsnumbers.implementation.http.Exchange;
import io.github.acsnumbers.implementation.util.Lazy;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.json.MergePatch;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import io.github.acsnumbers.implementation.util.Validation;
import io.github.acsnumbers.generated.siproutingpreview.ApiClient;
import io.github.acsnumbers.generated.siproutingpreview.JSON;
import io.github.acsnumbers.generated.siproutingpreview.api.SipRoutingApi;
import io.github.acsnumbers.generated.siproutingpreview.model.RoutesForNumber;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRun;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import io.github.acsnumbers.siprouting.routing.SipRoutingLint;
import io.github.acsnumbers.siprouting.validation.SipConfigurationValidator;
import io.github.acsnumbers.siprouting.validation.SipValidationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the SIP clients do, once: argument and version checks, request building and response mapping. The
 * sync client runs the returned exchanges on the calling thread, the async client without blocking.
 */
final class SipRoutingOperations {
    /** The first part of the span names of this client's operations. */
    static final String SERVICE = "SipRouting";
    /** The api-version of the stable document the stubs were generated from (its info.version). */
    static final String SPEC_VERSION = io.github.acsnumbers.generated.siprouting.Configuration.VERSION;
    /** The api-version of the preview document the stubs were generated from. */
    static final String PREVIEW_SPEC_VERSION = io.github.acsnumbers.generated.siproutingpreview.Configuration.VERSION;
    static final String EXPAND_TRUNK_HEALTH = "trunks/health";

    private final HttpPipeline pipeline;
    private final SipRoutingServiceVersion version;
    /** Made on the first request, not when a client is built (it initialises the generated JSON). */
    private final Lazy<SipRoutingApi> api;

    SipRoutingOperations(HttpPipeline pipeline, SipRoutingServiceVersion version) {
        this.pipeline = pipeline;
        this.api = Lazy.of(() -> {
            ApiClient client = new ApiClient(pipeline.okHttpClient());
            client.setRequestCustomizer(pipeline::decorate); // per-call headers in the request's one build
            client.setBasePath(pipeline.basePath());
            return new SipRoutingApi(client);
        });
        this.version = version;
    }

    private SipRoutingApi api() {
        return api.get();
    }

    HttpPipeline pipeline() {
        return pipeline;
    }

    SipRoutingServiceVersion version() {
        return version;
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    private void requirePreview(String what) {
        if (!version.isPreview()) {
            throw new UnsupportedOperationException(what + " needs api-version "
                + SipRoutingServiceVersion.V2024_11_15_PREVIEW.getVersion()
                + " (serviceVersion(SipRoutingServiceVersion.V2024_11_15_PREVIEW) on the builder); this client uses "
                + version.getVersion() + ". Nothing was sent.");
        }
    }

    private void requireFieldsSupported(List<SipTrunk> trunks, List<SipTrunkRoute> routes) {
        if (version.isPreview()) {
            return;
        }
        for (SipTrunk t : trunks) {
            if (t.usesPreviewFields()) {
                throw new IllegalArgumentException("trunk '" + t.getFqdn() + "' sets enabled, directTransfer,"
                    + " privacyHeader or ipAddressVersion, which need api-version "
                    + SipRoutingServiceVersion.V2024_11_15_PREVIEW.getVersion() + "; this client uses "
                    + version.getVersion() + ". Nothing was sent.");
            }
        }
        for (SipTrunkRoute r : routes) {
            if (r.usesPreviewFields()) {
                throw new IllegalArgumentException("route '" + r.getName() + "' sets callerIdOverride, which needs"
                    + " api-version " + SipRoutingServiceVersion.V2024_11_15_PREVIEW.getVersion()
                    + "; this client uses " + version.getVersion() + ". Nothing was sent.");
            }
        }
    }

    private static <T> List<T> requireElements(List<T> list, String name) {
        Validation.requireNonNull(list, name);
        for (T item : list) {
            if (item == null) {
                throw new IllegalArgumentException("'" + name + "' must not contain null");
            }
        }
        return list;
    }

    // ---- raw requests ------------------------------------------------------------------------------------------

    private ServiceRequest<SipConfiguration> get(boolean withHealth) {
        String v = version.getVersion();
        return ServiceRequest.of(
            () -> api().getSipConfiguration(v).expand(withHealth ? EXPAND_TRUNK_HEALTH : null).buildCall(null),
            SipRoutingOperations::configuration);
    }

    private static SipConfiguration configuration(io.github.acsnumbers.implementation.http.ServiceResponse r) {
        com.google.gson.JsonElement tree = r.jsonTree();
        String refused = SipModelMapper.checkPorts(tree);
        if (refused != null) {
            throw new io.github.acsnumbers.core.error.CommunicationException(r.method() + " " + r.path() + ": "
                + refused, r.status(), null, r.requestId(), io.github.acsnumbers.core.error.ErrorKind.CLIENT_ERROR,
                null, null);
        }
        return SipModelMapper.fromWire(JSON.getGson().fromJson(tree,
            io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration.class));
    }

    private Exchange<SipConfiguration> read() {
        return Exchange.call(get(false));
    }

    /** PATCH /sip with a merge-patch document sent exactly as built (explicit nulls kept). */
    Exchange<SipConfiguration> patch(JsonObject document) {
        String v = version.getVersion();
        return Exchange.call(ServiceRequest.of(
            // the address comes from the generated operation; the body is sent exactly as built, because the
            // generated models cannot carry the null members that delete trunks and domains
            () -> pipeline.newCall(api().updateSipConfiguration(v).buildCall(null).request().newBuilder()
                .header("Accept", "application/json")
                .patch(MergePatch.body(document))
                .build()),
            SipRoutingOperations::configuration));
    }

    private static JsonObject wrap(String member, JsonObject map) {
        JsonObject o = new JsonObject();
        o.add(member, map);
        return o;
    }

    // ---- whole configuration -----------------------------------------------------------------------------------

    Exchange<SipConfiguration> getConfiguration() {
        return read();
    }

    // ---- trunks ------------------------------------------------------------------------------------------------

    Exchange<List<SipTrunk>> listTrunks(boolean withHealth) {
        if (withHealth) {
            requirePreview("listTrunks(withHealth = true)");
        }
        return Exchange.call(get(withHealth)).map(SipConfiguration::getTrunks);
    }

    Exchange<Optional<SipTrunk>> getTrunk(String fqdn) {
        String f = Validation.requireNonBlank(fqdn, "fqdn");
        // the service has no per-trunk endpoint: read the configuration and look the trunk up
        return read().map(c -> c.getTrunk(f));
    }

    Exchange<SipConfiguration> setTrunk(SipTrunk trunk) {
        Validation.requireNonNull(trunk, "trunk");
        requireFieldsSupported(List.of(trunk), List.of());
        SipConfigurationValidator.throwIfAny(SipConfigurationValidator.validateTrunk(trunk));
        JsonObject trunks = new JsonObject();
        trunks.add(trunk.getFqdn(), SipPatchBodies.trunk(trunk));
        return patch(wrap("trunks", trunks));
    }

    Exchange<SipConfiguration> setTrunks(List<SipTrunk> trunks) {
        requireElements(trunks, "trunks");
        requireFieldsSupported(trunks, List.of());
        // fails on duplicate FQDNs with a clear message
        SipConfiguration wanted = new SipConfiguration(trunks, List.of());
        List<SipValidationProblem> problems = new ArrayList<>();
        trunks.forEach(t -> problems.addAll(SipConfigurationValidator.validateTrunk(t)));
        SipConfigurationValidator.throwIfAny(problems);
        return read().then(current -> {
            // the routes stay: they must still find their trunks after the replacement
            SipConfigurationValidator.requireValid(new SipConfiguration(trunks, current.getRoutes()));
            JsonObject map = new JsonObject();
            trunks.forEach(t -> map.add(t.getFqdn(), SipPatchBodies.trunk(t)));
            current.getTrunks().stream().filter(t -> wanted.getTrunk(t.getFqdn()).isEmpty())
                .forEach(t -> SipPatchBodies.putDeletion(map, t.getFqdn()));
            if (map.size() == 0) {
                return Exchange.value(current);
            }
            return patch(wrap("trunks", map));
        });
    }

    Exchange<SipConfiguration> deleteTrunk(String fqdn) {
        String f = Validation.requireNonBlank(fqdn, "fqdn");
        JsonObject map = new JsonObject();
        SipPatchBodies.putDeletion(map, f);
        return patch(wrap("trunks", map));
    }

    // ---- routes ------------------------------------------------------------------------------------------------

    Exchange<List<SipTrunkRoute>> listRoutes() {
        return read().map(SipConfiguration::getRoutes);
    }

    Exchange<SipConfiguration> setRoutes(List<SipTrunkRoute> routes) {
        requireElements(routes, "routes");
        requireFieldsSupported(List.of(), routes);
        // one PATCH, no read: whether the trunks exist is left to the service (MissingTrunk)
        Set<String> referenced = routes.stream().flatMap(r -> r.getTrunks().stream()).collect(Collectors.toSet());
        SipConfigurationValidator.throwIfAny(SipConfigurationValidator.validateRoutes(routes, referenced));
        JsonObject doc = new JsonObject();
        doc.add("routes", SipPatchBodies.routes(routes));
        return patch(doc);
    }

    // ---- domains (preview) -------------------------------------------------------------------------------------

    Exchange<List<SipDomain>> listDomains() {
        requirePreview("listDomains");
        return read().map(SipConfiguration::getDomains);
    }

    Exchange<Optional<SipDomain>> getDomain(String domainName) {
        requirePreview("getDomain");
        String d = Validation.requireNonBlank(domainName, "domainName");
        return read().map(c -> c.getDomain(d));
    }

    Exchange<SipConfiguration> setDomain(SipDomain domain) {
        requirePreview("setDomain");
        Validation.requireNonNull(domain, "domain");
        Validation.requireNonBlank(domain.getDomainName(), "domainName");
        JsonObject map = new JsonObject();
        map.add(domain.getDomainName(), SipPatchBodies.domain(domain));
        return patch(wrap("domains", map));
    }

    Exchange<SipConfiguration> setDomains(List<SipDomain> domains) {
        requirePreview("setDomains");
        requireElements(domains, "domains");
        SipConfiguration wanted = new SipConfiguration(List.of(), List.of(), domains);
        for (SipDomain d : domains) {
            Validation.requireNonBlank(d.getDomainName(), "domainName");
        }
        return read().then(current -> {
            JsonObject map = new JsonObject();
            domains.forEach(d -> map.add(d.getDomainName(), SipPatchBodies.domain(d)));
            current.getDomains().stream().filter(d -> wanted.getDomain(d.getDomainName()).isEmpty())
                .forEach(d -> SipPatchBodies.putDeletion(map, d.getDomainName()));
            if (map.size() == 0) {
                return Exchange.value(current);
            }
            return patch(wrap("domains", map));
        });
    }

    Exchange<SipConfiguration> deleteDomain(String domainName) {
        requirePreview("deleteDomain");
        String d = Validation.requireNonBlank(domainName, "domainName");
        JsonObject map = new JsonObject();
        SipPatchBodies.putDeletion(map, d);
        return patch(wrap("domains", map));
    }

    // ---- testRoutesWithNumber (preview) ------------------------------------------------------------------------

    Exchange<List<SipTrunkRoute>> testRoutesWithNumber(String number, SipConfiguration configuration) {
        requirePreview("testRoutesWithNumber");
        String n = Validation.requireNonBlank(number, "targetPhoneNumber");
        if (configuration == null) {
            return read().then(current -> testRoutes(n, current));
        }
        return testRoutes(n, configuration);
    }

    private Exchange<List<SipTrunkRoute>> testRoutes(String number, SipConfiguration configuration) {
        String v = version.getVersion();
        io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration body =
            SipModelMapper.toWire(configuration);
        return Exchange.call(ServiceRequest.of(
            () -> api().testRoutesWithNumber(number, v).body(body).buildCall(null),
            r -> {
                RoutesForNumber routes = r.json(RoutesForNumber.class, JSON.getGson());
                List<SipTrunkRoute> matching = new ArrayList<>();
                if (routes != null && routes.getMatchingRoutes() != null) {
                    routes.getMatchingRoutes().forEach(route -> matching.add(SipModelMapper.route(route)));
                }
                return List.copyOf(matching);
            })
            // the test only reads: repeating it is harmless
            .replaySafety(ReplaySafety.SAFE));
    }

    // ---- plan / apply ------------------------------------------------------------------------------------------

    Exchange<SipConfigurationPlan> plan(SipConfiguration desired) {
        Validation.requireNonNull(desired, "desired");
        requireFieldsSupported(desired.getTrunks(), desired.getRoutes());
        return read().map(current -> SipConfigurationPlan.between(current, desired));
    }

    Exchange<SipConfiguration> apply(SipConfigurationPlan plan) {
        Validation.requireNonNull(plan, "plan");
        requireFieldsSupported(plan.getDesiredConfiguration().getTrunks(), plan.getDesiredConfiguration().getRoutes());
        JsonObject document = plan.toMergePatch();
        return read().then(fresh -> {
            if (!plan.isBasedOn(fresh)) {
                throw new SipConfigurationChangedException(changedMessage(plan.getCurrentConfiguration(), fresh));
            }
            if (plan.isEmpty()) {
                return Exchange.value(fresh);
            }
            return patch(document);
        });
    }

    private static String changedMessage(SipConfiguration planned, SipConfiguration fresh) {
        List<String> what = new ArrayList<>();
        for (SipTrunk t : fresh.getTrunks()) {
            Optional<SipTrunk> before = planned.getTrunk(t.getFqdn());
            if (before.isEmpty()) {
                what.add("trunk '" + t.getFqdn() + "' was added");
            } else if (!before.get().sameSettingsAs(t)) {
                what.add("trunk '" + t.getFqdn() + "' was changed");
            }
        }
        for (SipTrunk t : planned.getTrunks()) {
            if (fresh.getTrunk(t.getFqdn()).isEmpty()) {
                what.add("trunk '" + t.getFqdn() + "' was removed");
            }
        }
        if (!planned.getRoutes().equals(fresh.getRoutes())) {
            what.add("the routes changed");
        }
        return "The SIP configuration changed since the plan was made (" + String.join(", ", what)
            + "); nothing was sent. Make a new plan and review it.";
    }

    // ---- local analysis on the current configuration -----------------------------------------------------------

    Exchange<RouteDryRunResult> dryRun(String number) {
        Validation.requireNonBlank(number, "number");
        return read().map(c -> RouteDryRun.run(c, number));
    }

    Exchange<List<SipLintFinding>> lint() {
        return read().map(SipRoutingLint::lint);
    }
}
