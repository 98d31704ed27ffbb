package io.github.acsnumbers.siprouting;

import com.google.gson.JsonObject;
import io.github.acsnumbers.core.http.HttpPipeline;
import io.github.acsnumbers.core.http.ServiceRequest;
import io.github.acsnumbers.core.json.MergePatch;
import io.github.acsnumbers.core.retry.ReplaySafety;
import io.github.acsnumbers.core.util.Validation;
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
import okhttp3.Request;

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
    static final String EXPAND_TRUNK_HEALTH = "trunks/health";

    private final HttpPipeline pipeline;
    private final SipRoutingServiceVersion version;
    /** Made on the first request, not when a client is built (it initialises the generated JSON). */
    private volatile SipRoutingApi api;

    SipRoutingOperations(HttpPipeline pipeline, SipRoutingServiceVersion version) {
        this.pipeline = pipeline;
        this.version = version;
    }

    private SipRoutingApi api() {
        SipRoutingApi a = api;
        if (a == null) {
            synchronized (this) {
                a = api;
                if (a == null) {
                    ApiClient client = new ApiClient(pipeline.okHttpClient());
                    client.setBasePath(pipeline.basePath());
                    a = new SipRoutingApi(client);
                    api = a;
                }
            }
        }
        return a;
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

    private static SipConfiguration configuration(io.github.acsnumbers.core.http.ServiceResponse r) {
        return SipModelMapper.fromWire(r.json(
            io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration.class, JSON.getGson()));
    }

    private SipExchange<SipConfiguration> read() {
        return SipExchange.of(get(false));
    }

    /** PATCH /sip with a merge-patch document sent exactly as built (explicit nulls kept). */
    SipExchange<SipConfiguration> patch(JsonObject document) {
        String v = version.getVersion();
        return SipExchange.of(ServiceRequest.of(
            () -> pipeline.newCall(new Request.Builder()
                .url(pipeline.resolve("/sip?api-version=" + v))
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

    SipExchange<SipConfiguration> getConfiguration() {
        return read();
    }

    // ---- trunks ------------------------------------------------------------------------------------------------

    SipExchange<List<SipTrunk>> listTrunks(boolean withHealth) {
        if (withHealth) {
            requirePreview("listTrunks(withHealth = true)");
        }
        return SipExchange.of(get(withHealth)).map(SipConfiguration::getTrunks);
    }

    SipExchange<Optional<SipTrunk>> getTrunk(String fqdn) {
        String f = Validation.requireNonBlank(fqdn, "fqdn");
        // the service has no per-trunk endpoint: read the configuration and look the trunk up
        return read().map(c -> c.getTrunk(f));
    }

    SipExchange<SipConfiguration> setTrunk(SipTrunk trunk) {
        Validation.requireNonNull(trunk, "trunk");
        requireFieldsSupported(List.of(trunk), List.of());
        SipConfigurationValidator.throwIfAny(SipConfigurationValidator.validateTrunk(trunk));
        JsonObject trunks = new JsonObject();
        trunks.add(trunk.getFqdn(), SipPatchBodies.trunk(trunk));
        return patch(wrap("trunks", trunks));
    }

    SipExchange<SipConfiguration> setTrunks(List<SipTrunk> trunks) {
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
                return SipExchange.value(current);
            }
            return patch(wrap("trunks", map));
        });
    }

    SipExchange<SipConfiguration> deleteTrunk(String fqdn) {
        String f = Validation.requireNonBlank(fqdn, "fqdn");
        JsonObject map = new JsonObject();
        SipPatchBodies.putDeletion(map, f);
        return patch(wrap("trunks", map));
    }

    // ---- routes ------------------------------------------------------------------------------------------------

    SipExchange<List<SipTrunkRoute>> listRoutes() {
        return read().map(SipConfiguration::getRoutes);
    }

    SipExchange<SipConfiguration> setRoutes(List<SipTrunkRoute> routes) {
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

    SipExchange<List<SipDomain>> listDomains() {
        requirePreview("listDomains");
        return read().map(SipConfiguration::getDomains);
    }

    SipExchange<Optional<SipDomain>> getDomain(String domainName) {
        requirePreview("getDomain");
        String d = Validation.requireNonBlank(domainName, "domainName");
        return read().map(c -> c.getDomain(d));
    }

    SipExchange<SipConfiguration> setDomain(SipDomain domain) {
        requirePreview("setDomain");
        Validation.requireNonNull(domain, "domain");
        Validation.requireNonBlank(domain.getDomainName(), "domainName");
        JsonObject map = new JsonObject();
        map.add(domain.getDomainName(), SipPatchBodies.domain(domain));
        return patch(wrap("domains", map));
    }

    SipExchange<SipConfiguration> setDomains(List<SipDomain> domains) {
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
                return SipExchange.value(current);
            }
            return patch(wrap("domains", map));
        });
    }

    SipExchange<SipConfiguration> deleteDomain(String domainName) {
        requirePreview("deleteDomain");
        String d = Validation.requireNonBlank(domainName, "domainName");
        JsonObject map = new JsonObject();
        SipPatchBodies.putDeletion(map, d);
        return patch(wrap("domains", map));
    }

    // ---- testRoutesWithNumber (preview) ------------------------------------------------------------------------

    SipExchange<List<SipTrunkRoute>> testRoutesWithNumber(String number, SipConfiguration configuration) {
        requirePreview("testRoutesWithNumber");
        String n = Validation.requireNonBlank(number, "targetPhoneNumber");
        if (configuration == null) {
            return read().then(current -> testRoutes(n, current));
        }
        return testRoutes(n, configuration);
    }

    private SipExchange<List<SipTrunkRoute>> testRoutes(String number, SipConfiguration configuration) {
        String v = version.getVersion();
        io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration body =
            SipModelMapper.toWire(configuration);
        return SipExchange.of(ServiceRequest.of(
            () -> api().testRoutesWithNumber(number, v, body).buildCall(null),
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

    SipExchange<SipConfigurationPlan> plan(SipConfiguration desired) {
        Validation.requireNonNull(desired, "desired");
        requireFieldsSupported(desired.getTrunks(), desired.getRoutes());
        return read().map(current -> SipConfigurationPlan.between(current, desired));
    }

    SipExchange<SipConfiguration> apply(SipConfigurationPlan plan) {
        Validation.requireNonNull(plan, "plan");
        requireFieldsSupported(plan.getDesiredConfiguration().getTrunks(), plan.getDesiredConfiguration().getRoutes());
        JsonObject document = plan.toMergePatch();
        return read().then(fresh -> {
            if (!plan.isBasedOn(fresh)) {
                throw new SipConfigurationChangedException(changedMessage(plan.getCurrentConfiguration(), fresh));
            }
            if (plan.isEmpty()) {
                return SipExchange.value(fresh);
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

    SipExchange<RouteDryRunResult> dryRun(String number) {
        Validation.requireNonBlank(number, "number");
        return read().map(c -> RouteDryRun.run(c, number));
    }

    SipExchange<List<SipLintFinding>> lint() {
        return read().map(SipRoutingLint::lint);
    }
}
