package io.github.acsnumbers.emulator.sip;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.acsnumbers.emulator.http.JsonFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request bodies into {@link SipConfiguration} and writes configurations back as the service does. */
final class SipJson {

    /** Shown for a trunk flag that was never set (inferred defaults, see {@link SipRoutingService}). */
    static final boolean DEFAULT_ENABLED = true;
    static final boolean DEFAULT_DIRECT_TRANSFER = false;
    static final String DEFAULT_PRIVACY_HEADER = "none";
    static final String DEFAULT_IP_ADDRESS_VERSION = "ipv4";

    private SipJson() {
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * Applies a merge-patch body to {@code base}. Only the members the api-version knows are read; unknown members
     * are ignored, as the service ignores them.
     *
     * @throws SipRequestException (400) when a member has the wrong JSON type
     */
    static SipConfiguration applyPatch(SipConfiguration base, JsonElement body, SipApiVersion version) {
        if (body == null || body.isJsonNull()) {
            return base;
        }
        if (!body.isJsonObject()) {
            throw bad("The request body must be a JSON object.");
        }
        JsonObject patch = body.getAsJsonObject();
        Map<String, SipDomain> domains = new LinkedHashMap<>(base.domains());
        Map<String, SipTrunk> trunks = new LinkedHashMap<>(base.trunks());
        List<SipRoute> routes = base.routes();

        JsonElement domainPatch = patch.get("domains");
        if (version.isPreview() && domainPatch != null && !domainPatch.isJsonNull()) {
            if (!domainPatch.isJsonObject()) {
                throw bad("'domains' must be a JSON object keyed by domain name.");
            }
            for (Map.Entry<String, JsonElement> e : domainPatch.getAsJsonObject().entrySet()) {
                JsonElement value = e.getValue();
                if (value.isJsonNull()) {
                    domains.remove(e.getKey());
                } else if (value.isJsonObject()) {
                    SipDomain existing = domains.get(e.getKey());
                    Boolean enabled = optBoolean(value.getAsJsonObject(), "enabled", "domains." + e.getKey());
                    // new domains start disabled until verified; the emulator treats existing ones as verified
                    boolean next = existing == null ? false : enabled != null ? enabled : existing.enabled();
                    domains.put(e.getKey(), new SipDomain(next));
                } else {
                    throw bad("Domain '" + e.getKey() + "' must be a JSON object or null.");
                }
            }
        }

        JsonElement trunkPatch = patch.get("trunks");
        if (trunkPatch != null && !trunkPatch.isJsonNull()) {
            if (!trunkPatch.isJsonObject()) {
                throw bad("'trunks' must be a JSON object keyed by trunk FQDN.");
            }
            for (Map.Entry<String, JsonElement> e : trunkPatch.getAsJsonObject().entrySet()) {
                JsonElement value = e.getValue();
                if (value.isJsonNull()) {
                    trunks.remove(e.getKey());
                } else if (value.isJsonObject()) {
                    trunks.put(e.getKey(), mergeTrunk(trunks.get(e.getKey()), value.getAsJsonObject(), e.getKey(),
                            version));
                } else {
                    throw bad("Trunk '" + e.getKey() + "' must be a JSON object or null.");
                }
            }
        }

        JsonElement routePatch = patch.get("routes");
        if (routePatch != null && !routePatch.isJsonNull()) {
            routes = parseRoutes(routePatch, version);
        }
        return new SipConfiguration(domains, trunks, routes);
    }

    /** RFC 7396 merge of one trunk: members present replace, members sent as {@code null} reset to unset. */
    static SipTrunk mergeTrunk(SipTrunk existing, JsonObject patch, String fqdn, SipApiVersion version) {
        SipTrunk t = existing == null ? new SipTrunk(null, null, null, null, null) : existing;
        String where = "trunks." + fqdn;
        Integer port = t.sipSignalingPort();
        if (patch.has("sipSignalingPort")) {
            port = optInt(patch, "sipSignalingPort", where);
        }
        if (!version.isPreview()) {
            return new SipTrunk(port, t.enabled(), t.directTransfer(), t.privacyHeader(), t.ipAddressVersion());
        }
        Boolean enabled = patch.has("enabled") ? optBoolean(patch, "enabled", where) : t.enabled();
        Boolean directTransfer = patch.has("directTransfer")
                ? optBoolean(patch, "directTransfer", where) : t.directTransfer();
        String privacyHeader = patch.has("privacyHeader")
                ? optEnum(patch, "privacyHeader", where, "id", "none") : t.privacyHeader();
        String ipVersion = patch.has("ipAddressVersion")
                ? optEnum(patch, "ipAddressVersion", where, "ipv4", "ipv6") : t.ipAddressVersion();
        return new SipTrunk(port, enabled, directTransfer, privacyHeader, ipVersion);
    }

    static List<SipRoute> parseRoutes(JsonElement element, SipApiVersion version) {
        if (!element.isJsonArray()) {
            throw bad("'routes' must be a JSON array.");
        }
        List<SipRoute> routes = new ArrayList<>();
        int index = 0;
        for (JsonElement item : element.getAsJsonArray()) {
            String where = "routes[" + index++ + "]";
            if (!item.isJsonObject()) {
                throw bad("'" + where + "' must be a JSON object.");
            }
            JsonObject r = item.getAsJsonObject();
            List<String> trunkList = null;
            JsonElement trunks = r.get("trunks");
            if (trunks != null && !trunks.isJsonNull()) {
                if (!trunks.isJsonArray()) {
                    throw bad("'" + where + ".trunks' must be a JSON array of strings.");
                }
                trunkList = new ArrayList<>();
                for (JsonElement t : trunks.getAsJsonArray()) {
                    if (!t.isJsonPrimitive() || !t.getAsJsonPrimitive().isString()) {
                        throw bad("'" + where + ".trunks' must be a JSON array of strings.");
                    }
                    trunkList.add(t.getAsString());
                }
            }
            String callerIdOverride = version.isPreview() ? optString(r, "callerIdOverride", where) : null;
            routes.add(new SipRoute(optString(r, "name", where), optString(r, "description", where),
                    optString(r, "numberPattern", where), trunkList, callerIdOverride));
        }
        return routes;
    }

    /** SIP's words for a member it cannot read: 400 {@code BadRequest} naming {@code where.member}. */
    private static JsonFields fields(String where) {
        return new JsonFields((member, expected) -> bad("'" + where + "." + member + "' must be " + switch (expected) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a 32-bit integer";
            case OBJECT -> "an object";
            case STRINGS -> "an array of strings";
            case PRESENT -> "present";
        } + "."));
    }

    private static Integer optInt(JsonObject o, String member, String where) {
        return fields(where).int32(o, member);
    }

    private static Boolean optBoolean(JsonObject o, String member, String where) {
        return fields(where).bool(o, member);
    }

    private static String optString(JsonObject o, String member, String where) {
        return fields(where).string(o, member, false);
    }

    private static String optEnum(JsonObject o, String member, String where, String... allowed) {
        String value = optString(o, member, where);
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw bad("'" + where + "." + member + "' must be one of " + String.join(", ", allowed) + ".");
    }

    private static SipRequestException bad(String message) {
        return new SipRequestException(SipErrors.badRequest(message), message);
    }

    // ---------------------------------------------------------------------------------------------- writing

    /**
     * The configuration as the given api-version shows it.
     *
     * @param health trunk health to add (preview with {@code expand=trunks/health}), or {@code null} for none
     */
    static JsonObject toJson(SipConfiguration c, SipApiVersion version, Map<String, TrunkHealth> health) {
        JsonObject json = new JsonObject();
        if (version.isPreview()) {
            json.add("domains", domainsJson(c));
        }
        JsonObject trunks = new JsonObject();
        c.trunks().forEach((fqdn, t) -> {
            JsonObject o = trunkJson(t, version);
            if (health != null) {
                o.add("health", healthJson(health.getOrDefault(fqdn, TrunkHealth.UNKNOWN)));
            }
            trunks.add(fqdn, o);
        });
        json.add("trunks", trunks);
        json.add("routes", routesJson(c.routes(), version));
        return json;
    }

    /** The domains as both the preview API and the stored state write them: name to {@code {"enabled": …}}. */
    private static JsonObject domainsJson(SipConfiguration c) {
        JsonObject domains = new JsonObject();
        c.domains().forEach((name, d) -> {
            JsonObject o = new JsonObject();
            o.addProperty("enabled", d.enabled());
            domains.add(name, o);
        });
        return domains;
    }

    static JsonObject trunkJson(SipTrunk t, SipApiVersion version) {
        JsonObject o = new JsonObject();
        o.addProperty("sipSignalingPort", t.sipSignalingPort());
        if (version.isPreview()) {
            o.addProperty("enabled", t.enabled() != null ? t.enabled() : DEFAULT_ENABLED);
            o.addProperty("directTransfer", t.directTransfer() != null ? t.directTransfer() : DEFAULT_DIRECT_TRANSFER);
            o.addProperty("privacyHeader", t.privacyHeader() != null ? t.privacyHeader() : DEFAULT_PRIVACY_HEADER);
            o.addProperty("ipAddressVersion",
                    t.ipAddressVersion() != null ? t.ipAddressVersion() : DEFAULT_IP_ADDRESS_VERSION);
        }
        return o;
    }

    static JsonArray routesJson(List<SipRoute> routes, SipApiVersion version) {
        JsonArray array = new JsonArray();
        for (SipRoute r : routes) {
            JsonObject o = new JsonObject();
            o.addProperty("name", r.name());
            if (r.description() != null) {
                o.addProperty("description", r.description());
            }
            o.addProperty("numberPattern", r.numberPattern());
            if (r.trunks() != null) {
                JsonArray trunks = new JsonArray();
                r.trunks().forEach(trunks::add);
                o.add("trunks", trunks);
            }
            if (version.isPreview()) {
                // the preview service always writes this member, null when unset
                o.add("callerIdOverride",
                        r.callerIdOverride() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.callerIdOverride()));
            }
            array.add(o);
        }
        return array;
    }

    static JsonObject healthJson(TrunkHealth h) {
        JsonObject o = new JsonObject();
        o.add("tls", status(h.tls(), null));
        o.add("ping", status(h.ping(), null));
        o.add("overall", status(h.overall(), h.overallReason()));
        return o;
    }

    private static JsonObject status(String status, String reason) {
        JsonObject o = new JsonObject();
        o.addProperty("status", status);
        if (reason != null) {
            o.addProperty("reason", reason);
        }
        return o;
    }

    // ---------------------------------------------------------------------------------------------- state

    /** Full state, every stored field (unset ones omitted), plus injected health. */
    static JsonObject snapshot(SipConfiguration c, Map<String, TrunkHealth> health) {
        JsonObject json = new JsonObject();
        json.add("domains", domainsJson(c));
        JsonObject trunks = new JsonObject();
        c.trunks().forEach((fqdn, t) -> {
            JsonObject o = new JsonObject();
            addIfSet(o, "sipSignalingPort", t.sipSignalingPort());
            addIfSet(o, "enabled", t.enabled());
            addIfSet(o, "directTransfer", t.directTransfer());
            addIfSet(o, "privacyHeader", t.privacyHeader());
            addIfSet(o, "ipAddressVersion", t.ipAddressVersion());
            trunks.add(fqdn, o);
        });
        json.add("trunks", trunks);
        JsonArray routes = new JsonArray();
        for (SipRoute r : c.routes()) {
            JsonObject o = new JsonObject();
            addIfSet(o, "name", r.name());
            addIfSet(o, "description", r.description());
            addIfSet(o, "numberPattern", r.numberPattern());
            if (r.trunks() != null) {
                JsonArray t = new JsonArray();
                r.trunks().forEach(t::add);
                o.add("trunks", t);
            }
            addIfSet(o, "callerIdOverride", r.callerIdOverride());
            routes.add(o);
        }
        json.add("routes", routes);
        JsonObject healthJson = new JsonObject();
        health.forEach((fqdn, h) -> healthJson.add(fqdn, healthJson(h)));
        json.add("trunkHealth", healthJson);
        return json;
    }

    private static void addIfSet(JsonObject o, String member, Object value) {
        if (value instanceof Number n) {
            o.addProperty(member, n);
        } else if (value instanceof Boolean b) {
            o.addProperty(member, b);
        } else if (value != null) {
            o.addProperty(member, value.toString());
        }
    }

    /** Restored state. */
    record State(SipConfiguration configuration, Map<String, TrunkHealth> health) {
    }

    /**
     * Reads a {@link #snapshot} back.
     *
     * @throws IllegalArgumentException when the state is not in the snapshot format
     */
    static State restore(JsonObject state) {
        if (state == null) {
            throw new IllegalArgumentException("SIP state must not be null");
        }
        try {
            Map<String, SipDomain> domains = new LinkedHashMap<>();
            JsonObject domainJson = objectMember(state, "domains");
            for (Map.Entry<String, JsonElement> e : domainJson.entrySet()) {
                if (!e.getValue().isJsonObject()) {
                    throw new IllegalArgumentException("SIP state: domain '" + e.getKey() + "' is not an object");
                }
                Boolean enabled = optBoolean(e.getValue().getAsJsonObject(), "enabled", "domains." + e.getKey());
                domains.put(e.getKey(), new SipDomain(Boolean.TRUE.equals(enabled)));
            }
            Map<String, SipTrunk> trunks = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : objectMember(state, "trunks").entrySet()) {
                if (!e.getValue().isJsonObject()) {
                    throw new IllegalArgumentException("SIP state: trunk '" + e.getKey() + "' is not an object");
                }
                trunks.put(e.getKey(), mergeTrunk(null, e.getValue().getAsJsonObject(), e.getKey(),
                        SipApiVersion.V2024_11_15_PREVIEW));
            }
            JsonElement routesJson = state.get("routes");
            List<SipRoute> routes = routesJson == null || routesJson.isJsonNull()
                    ? List.of() : parseRoutes(routesJson, SipApiVersion.V2024_11_15_PREVIEW);
            Map<String, TrunkHealth> health = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : objectMember(state, "trunkHealth").entrySet()) {
                health.put(e.getKey(), readHealth(e.getKey(), e.getValue()));
            }
            return new State(new SipConfiguration(domains, trunks, routes), health);
        } catch (SipRequestException e) {
            throw new IllegalArgumentException("SIP state is malformed: " + e.getMessage(), e);
        }
    }

    private static JsonObject objectMember(JsonObject o, String member) {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            return new JsonObject();
        }
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException("SIP state: '" + member + "' must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    private static TrunkHealth readHealth(String fqdn, JsonElement e) {
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException("SIP state: health of '" + fqdn + "' is not an object");
        }
        JsonObject o = e.getAsJsonObject();
        return new TrunkHealth(statusOf(o, "tls", fqdn), statusOf(o, "ping", fqdn), statusOf(o, "overall", fqdn),
                o.has("overall") && o.get("overall").isJsonObject()
                        ? optString(o.getAsJsonObject("overall"), "reason", fqdn) : null);
    }

    private static String statusOf(JsonObject o, String member, String fqdn) {
        JsonElement e = o.get(member);
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException("SIP state: health of '" + fqdn + "' lacks '" + member + "'");
        }
        String status = optString(e.getAsJsonObject(), "status", fqdn);
        if (status == null) {
            throw new IllegalArgumentException("SIP state: health of '" + fqdn + "' lacks '" + member + ".status'");
        }
        return status;
    }
}
