package io.github.acsnumbers.emulator.sip;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.http.ApiResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The emulated SIP Routing API ({@code /sip}) of one resource: JSON in, {@link ApiResult} out, no HTTP. Thread-safe;
 * every PATCH is read-merge-validate-swap under one lock, so concurrent patches never lose an update and a rejected
 * patch changes nothing.
 *
 * <p>Routes the lead wires to this class:
 * <pre>
 * GET   /sip?api-version=..[&amp;expand=trunks/health]            → {@link #get(String, String)}
 * PATCH /sip?api-version=..   (application/merge-patch+json)      → {@link #patch(String, JsonElement)}
 * POST  /sip:testRoutesWithNumber?targetPhoneNumber=..&amp;api-version=..
 *                                                                → {@link #testRoutesWithNumber(String, String, JsonElement)}
 * </pre>
 * Serialize bodies with {@code JsonElement.toString()} or a {@code Gson} built with {@code serializeNulls()}: the
 * preview's {@code "callerIdOverride": null} must stay on the wire.
 *
 * <p>Behaviour (facts from the service's recorded traffic unless marked <i>emulator's choice</i>):
 * <ul>
 *   <li>api-versions {@code 2023-03-01} and {@code 2024-11-15-preview}; anything else gets 400
 *       {@code UnsupportedApiVersion} (wording as ACS answers elsewhere; path instead of full URL).
 *       {@code testRoutesWithNumber} exists only on the preview.</li>
 *   <li>GET always has {@code trunks} and {@code routes} (the preview also {@code domains}, first). Trunks on
 *       {@code 2023-03-01} show only {@code sipSignalingPort}; the preview adds {@code enabled}, {@code directTransfer},
 *       {@code privacyHeader}, {@code ipAddressVersion}. For a trunk where such a flag was never set (e.g. created
 *       with {@code 2023-03-01}) the preview shows {@code enabled:true, directTransfer:false, privacyHeader:"none",
 *       ipAddressVersion:"ipv4"} (<i>emulator's choice</i>). Preview routes always carry
 *       {@code "callerIdOverride"} ({@code null} when unset). {@code expand=trunks/health} (preview only) adds a
 *       {@code health} object to each trunk: {@code unknown} statuses unless set by {@link #setTrunkHealth}.</li>
 *   <li>PATCH is a merge-patch. {@code trunks}: per FQDN, an object is merged into the stored trunk field by field
 *       (RFC 7396; a new trunk starts empty, so it needs {@code sipSignalingPort}), {@code null} deletes (an absent
 *       trunk is a no-op). {@code routes}: replaces the whole list ({@code []} clears). {@code domains} (preview only):
 *       per name, {@code null} deletes; a new domain is stored {@code enabled:false} whatever was sent; for an
 *       existing domain the sent {@code enabled} is applied (<i>emulator's choice</i>: the emulator treats known
 *       domains as verified; see also {@link #setDomainEnabled}). A member sent as {@code null} at the top level
 *       ({@code "trunks": null}) is treated as absent (<i>emulator's choice</i>). Members an api-version does not
 *       know (e.g. {@code domains} or trunk flags on {@code 2023-03-01}) are ignored and stored flags are kept.
 *       The response is 200 with the whole configuration after the patch. An empty body changes nothing.</li>
 *   <li>Validation runs on the merged configuration (see {@link SipValidator} for the order) and answers
 *       {@code {"error":{"code":"UnprocessableConfiguration","message":"One or more request inputs are not valid.",
 *       "innererror":{code,message}}}}: 422 {@code InvalidTrunkFqdn}, {@code InvalidTrunkSipSignalingPort}
 *       (outside 1..65535, or missing on a trunk), {@code InvalidRouteName} (empty, blank or over 256),
 *       {@code InvalidRouteNumberPattern} (empty, over 1024 or not a valid .NET regex, see {@link DotNetRegex}),
 *       {@code MissingTrunk} (a route names a trunk that is not in the result, including after a deletion),
 *       {@code MissingDomain} (the service's rule: once the resource has a registered domain, a trunk the patch
 *       adds or changes must lie in one of them; with no domain registered any trunk is accepted, unless
 *       {@code requireRegisteredDomains}); 400 {@code DuplicatedRoute} and
 *       {@code RouteWithDuplicatedTrunk} (same outer code). JSON of the wrong shape (a port that is a string,
 *       {@code routes} not an array, ...) gets 400 {@code BadRequest} with a message naming the member
 *       (<i>emulator's choice</i>).</li>
 *   <li>{@code testRoutesWithNumber}: the body is a whole configuration (read like a patch onto an empty one and
 *       validated the same way; without a body the stored configuration is used — <i>emulator's choice</i>).
 *       {@code matchingRoutes} lists <b>every</b> route whose pattern matches, in configuration order (the Swagger
 *       example returns three of four routes, so it is not only the first match). A pattern matches when it is found
 *       anywhere in the number ({@code Regex.IsMatch} semantics). A missing {@code targetPhoneNumber} gets 400
 *       {@code BadRequest} (<i>emulator's choice</i>).</li>
 *   <li>Successful answers carry {@code api-supported-versions: 2023-03-01, 2024-11-15-preview}; errors carry no
 *       extra header.</li>
 * </ul>
 */
public final class SipRoutingService {

    /** The only {@code expand} value the service knows. */
    public static final String EXPAND_TRUNK_HEALTH = "trunks/health";

    private final Object lock = new Object();
    private final boolean requireRegisteredDomains;
    private volatile SipConfiguration configuration = SipConfiguration.EMPTY;
    private volatile Map<String, TrunkHealth> health = Map.of();

    /** An empty configuration that accepts trunks without registered domains. */
    public SipRoutingService() {
        this(false);
    }

    /**
     * An empty configuration.
     *
     * @param requireRegisteredDomains when {@code true}, a trunk FQDN must be a sub-domain of a configured domain,
     *                                 else 422 {@code MissingDomain} (as the service does for resources without
     *                                 that domain); with {@code false} domains are never required
     */
    public SipRoutingService(boolean requireRegisteredDomains) {
        this.requireRegisteredDomains = requireRegisteredDomains;
    }

    /**
     * {@code GET /sip}.
     *
     * @param apiVersion the {@code api-version} query value
     * @param expand     the {@code expand} query value (decoded; a still-encoded {@code trunks%2Fhealth} is accepted
     *                   too), or {@code null}; only the preview reads it
     * @return 200 with the configuration, or the service's 400 for an unknown api-version
     */
    public ApiResult get(String apiVersion, String expand) {
        Optional<SipApiVersion> version = SipApiVersion.fromWire(apiVersion);
        if (version.isEmpty()) {
            return SipErrors.unsupportedApiVersion("/sip", apiVersion);
        }
        boolean withHealth = version.get().isPreview() && wantsHealth(expand);
        SipConfiguration current;
        Map<String, TrunkHealth> currentHealth;
        synchronized (lock) {
            current = configuration;
            currentHealth = health;
        }
        return ok(SipJson.toJson(current, version.get(), withHealth ? currentHealth : null));
    }

    /**
     * {@code PATCH /sip}: merges, validates the result and stores it only if it is valid.
     *
     * @param apiVersion the {@code api-version} query value
     * @param body       the parsed request body, or {@code null} for an empty body
     * @return 200 with the whole configuration after the patch, or the error (nothing changed then)
     */
    public ApiResult patch(String apiVersion, JsonElement body) {
        Optional<SipApiVersion> version = SipApiVersion.fromWire(apiVersion);
        if (version.isEmpty()) {
            return SipErrors.unsupportedApiVersion("/sip", apiVersion);
        }
        synchronized (lock) {
            SipConfiguration merged;
            try {
                merged = SipJson.applyPatch(configuration, body, version.get());
            } catch (SipRequestException e) {
                return e.result();
            }
            Optional<ApiResult> error = SipValidator.validate(merged, configuration, requireRegisteredDomains);
            if (error.isPresent()) {
                return error.get();
            }
            configuration = merged;
            health = pruneHealth(health, merged);
            return ok(SipJson.toJson(merged, version.get(), null));
        }
    }

    /**
     * {@code POST /sip:testRoutesWithNumber} (preview only).
     *
     * @param apiVersion        the {@code api-version} query value
     * @param targetPhoneNumber the {@code targetPhoneNumber} query value, decoded (e.g. {@code +11234567890}); a
     *                          leading space (a raw {@code +} read with form decoding) is taken as {@code +}
     * @param body              a whole configuration to test, or {@code null} to test the stored one
     * @return 200 {@code {"matchingRoutes":[...]}} or an error
     */
    public ApiResult testRoutesWithNumber(String apiVersion, String targetPhoneNumber, JsonElement body) {
        Optional<SipApiVersion> version = SipApiVersion.fromWire(apiVersion);
        if (version.isEmpty() || !version.get().isPreview()) {
            return SipErrors.unsupportedApiVersion("/sip:testRoutesWithNumber", apiVersion);
        }
        if (targetPhoneNumber == null || targetPhoneNumber.isBlank()) {
            return SipErrors.badRequest("The targetPhoneNumber query parameter is required.");
        }
        if (targetPhoneNumber.startsWith(" ")) {
            // an unencoded '+' read with form decoding arrives as a space; numbers never start with one
            targetPhoneNumber = "+" + targetPhoneNumber.substring(1);
        }
        SipConfiguration tested;
        if (body == null || body.isJsonNull()) {
            tested = configuration;
        } else {
            try {
                tested = SipJson.applyPatch(SipConfiguration.EMPTY, body, version.get());
            } catch (SipRequestException e) {
                return e.result();
            }
            Optional<ApiResult> error = SipValidator.validate(tested, false);
            if (error.isPresent()) {
                return error.get();
            }
        }
        JsonArray matching = new JsonArray();
        JsonArray all = SipJson.routesJson(tested.routes(), version.get());
        for (int i = 0; i < tested.routes().size(); i++) {
            Pattern pattern;
            try {
                pattern = DotNetRegex.compile(tested.routes().get(i).numberPattern());
            } catch (IllegalArgumentException e) {
                continue; // only possible for a restored state that was never validated: such a route never matches
            }
            if (pattern.matcher(targetPhoneNumber).find()) {
                matching.add(all.get(i));
            }
        }
        JsonObject result = new JsonObject();
        result.add("matchingRoutes", matching);
        return ok(result);
    }

    /**
     * The whole state as JSON, for persistence: {@code domains}, {@code trunks} (only the fields that were set),
     * {@code routes} and {@code trunkHealth}.
     *
     * @return a new JSON object the caller may keep
     */
    public JsonObject snapshot() {
        synchronized (lock) {
            return SipJson.snapshot(configuration, health);
        }
    }

    /**
     * Replaces the whole state with a {@link #snapshot()}. The state is not validated against the service's rules
     * (it came from this class); only its shape is checked.
     *
     * @param state a snapshot
     * @throws IllegalArgumentException when the state is not in the snapshot format (nothing changes then)
     */
    public void restore(JsonObject state) {
        SipJson.State restored = SipJson.restore(state);
        synchronized (lock) {
            configuration = restored.configuration();
            health = Map.copyOf(restored.health());
        }
    }

    /**
     * The stored configuration, for tests and inspection.
     *
     * @return an immutable configuration
     */
    public SipConfiguration configuration() {
        return configuration;
    }

    /**
     * Sets the health a preview GET with {@code expand=trunks/health} shows for a trunk (the service probes trunks;
     * the emulator cannot). The value is dropped when the trunk is deleted.
     *
     * @param fqdn   a configured trunk
     * @param status the health to show, or {@code null} to go back to {@link TrunkHealth#UNKNOWN}
     * @throws IllegalArgumentException when no such trunk is configured
     */
    public void setTrunkHealth(String fqdn, TrunkHealth status) {
        synchronized (lock) {
            if (fqdn == null || !configuration.trunks().containsKey(fqdn)) {
                throw new IllegalArgumentException("no trunk '" + fqdn + "' is configured");
            }
            Map<String, TrunkHealth> next = new LinkedHashMap<>(health);
            if (status == null) {
                next.remove(fqdn);
            } else {
                next.put(fqdn, status);
            }
            health = Map.copyOf(next);
        }
    }

    /**
     * Registers a domain on the resource (as the portal does after verification: enabled), which also switches on
     * the service's rule that trunks must lie in a registered domain. An already registered domain is left alone.
     *
     * @param domain a domain name such as {@code contoso.com}
     * @throws IllegalArgumentException when the name is not a domain name
     */
    public void registerDomain(String domain) {
        if (domain == null || !SipValidator.isDomainName(domain.trim())) {
            throw new IllegalArgumentException("not a domain name: '" + domain + "'");
        }
        synchronized (lock) {
            if (configuration.domains().containsKey(domain.trim())) {
                return;
            }
            Map<String, SipDomain> domains = new LinkedHashMap<>(configuration.domains());
            domains.put(domain.trim(), new SipDomain(true));
            configuration = new SipConfiguration(domains, configuration.trunks(), configuration.routes());
        }
    }

    /**
     * Marks a domain verified (enabled) or not, as the service does after its own domain verification.
     *
     * @param domain  a configured domain
     * @param enabled the new state
     * @throws IllegalArgumentException when no such domain is configured
     */
    public void setDomainEnabled(String domain, boolean enabled) {
        synchronized (lock) {
            if (domain == null || !configuration.domains().containsKey(domain)) {
                throw new IllegalArgumentException("no domain '" + domain + "' is configured");
            }
            Map<String, SipDomain> domains = new LinkedHashMap<>(configuration.domains());
            domains.put(domain, new SipDomain(enabled));
            configuration = new SipConfiguration(domains, configuration.trunks(), configuration.routes());
        }
    }

    private static boolean wantsHealth(String expand) {
        if (expand == null) {
            return false;
        }
        for (String part : expand.split(",")) {
            String value = part.trim().toLowerCase(Locale.ROOT).replace("%2f", "/");
            if (value.equals(EXPAND_TRUNK_HEALTH)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, TrunkHealth> pruneHealth(Map<String, TrunkHealth> current, SipConfiguration c) {
        Map<String, TrunkHealth> next = new LinkedHashMap<>(current);
        next.keySet().retainAll(c.trunks().keySet());
        return Map.copyOf(next);
    }

    private static ApiResult ok(JsonObject body) {
        return ApiResult.json(200, body).withHeader("api-supported-versions", SipApiVersion.SUPPORTED_HEADER_VALUE);
    }
}
