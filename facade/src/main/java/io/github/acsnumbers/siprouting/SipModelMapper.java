package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.siprouting.models.SipRoutingModelFactory;
import io.github.acsnumbers.generated.siproutingpreview.model.Domain;
import io.github.acsnumbers.generated.siproutingpreview.model.Trunk;
import io.github.acsnumbers.generated.siproutingpreview.model.TrunkHealth;
import io.github.acsnumbers.generated.siproutingpreview.model.TrunkRoute;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkHealth;
import io.github.acsnumbers.siprouting.models.SipTrunkHealthStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkInactiveReason;
import io.github.acsnumbers.siprouting.models.SipTrunkIpAddressVersion;
import io.github.acsnumbers.siprouting.models.SipTrunkPingStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.models.SipTrunkTlsStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between the generated (preview) wire models and the public SIP models. */
final class SipModelMapper {
    private SipModelMapper() {
    }

    static SipConfiguration fromWire(io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration wire) {
        if (wire == null) {
            throw new IllegalArgumentException("the service answered without a SIP configuration");
        }
        List<SipTrunk> trunks = new ArrayList<>();
        if (wire.getTrunks() != null) {
            wire.getTrunks().forEach((fqdn, t) -> trunks.add(trunk(fqdn, t)));
        }
        List<SipTrunkRoute> routes = new ArrayList<>();
        if (wire.getRoutes() != null) {
            wire.getRoutes().forEach(r -> routes.add(route(r)));
        }
        List<SipDomain> domains = new ArrayList<>();
        if (wire.getDomains() != null) {
            wire.getDomains().forEach((name, d) -> domains.add(new SipDomain(name,
                Boolean.TRUE.equals(d == null ? null : d.getEnabled()))));
        }
        return new SipConfiguration(trunks, routes, domains);
    }

    /**
     * Refuses a {@code sipSignalingPort} the SDK cannot hold without changing it (not a whole number, or beyond
     * an {@code int}): the generated model would silently truncate {@code 99999999999} to {@code 1215752191}. The
     * error quotes the value exactly as the service sent it. Ports that fit but break the facade's own rule
     * (1–65535) are kept as sent, so the caller sees what the service stores.
     *
     * @param configuration the answer's JSON
     * @return null when every port fits, else what is wrong, naming the trunk and the value
     */
    static String checkPorts(com.google.gson.JsonElement configuration) {
        if (configuration == null || !configuration.isJsonObject()) {
            return null;
        }
        com.google.gson.JsonElement trunks = configuration.getAsJsonObject().get("trunks");
        if (trunks == null || !trunks.isJsonObject()) {
            return null;
        }
        for (Map.Entry<String, com.google.gson.JsonElement> e : trunks.getAsJsonObject().entrySet()) {
            if (!e.getValue().isJsonObject()) {
                continue;
            }
            com.google.gson.JsonElement port = e.getValue().getAsJsonObject().get("sipSignalingPort");
            if (port == null || port.isJsonNull() || !port.isJsonPrimitive()
                || !port.getAsJsonPrimitive().isNumber()) {
                continue;
            }
            String raw = port.getAsJsonPrimitive().getAsString();
            boolean fits;
            try {
                java.math.BigDecimal exact = new java.math.BigDecimal(raw);
                fits = exact.stripTrailingZeros().scale() <= 0
                    && exact.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && exact.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
            } catch (NumberFormatException notANumber) {
                fits = false;
            }
            if (!fits) {
                return "the service answered trunk '" + e.getKey() + "' with sipSignalingPort " + raw
                    + ", which is not a port (1-65535); the SDK reports it rather than change it";
            }
        }
        return null;
    }

    static SipTrunk trunk(String fqdn, Trunk t) {
        if (t == null || t.getSipSignalingPort() == null) {
            throw new IllegalArgumentException("the service answered trunk '" + fqdn + "' without a sipSignalingPort");
        }
        return SipTrunk.builder(fqdn, t.getSipSignalingPort())
            .enabled(t.getEnabled())
            .directTransfer(t.getDirectTransfer())
            .privacyHeader(SipTrunkPrivacyHeader.fromString(t.getPrivacyHeader()))
            .ipAddressVersion(SipTrunkIpAddressVersion.fromString(t.getIpAddressVersion()))
            .health(health(t.getHealth()))
            .build();
    }

    private static SipTrunkHealth health(TrunkHealth h) {
        if (h == null) {
            return null;
        }
        return SipRoutingModelFactory.sipTrunkHealth(
            h.getTls() == null ? null : SipTrunkTlsStatus.fromString(h.getTls().getStatus()),
            h.getPing() == null ? null : SipTrunkPingStatus.fromString(h.getPing().getStatus()),
            h.getOverall() == null ? null : SipTrunkHealthStatus.fromString(h.getOverall().getStatus()),
            h.getOverall() == null ? null : SipTrunkInactiveReason.fromString(h.getOverall().getReason()));
    }

    static SipTrunkRoute route(TrunkRoute r) {
        if (r.getName() == null || r.getNumberPattern() == null) {
            throw new IllegalArgumentException("the service answered a route without name or numberPattern");
        }
        return SipTrunkRoute.builder(r.getName(), r.getNumberPattern())
            .description(r.getDescription())
            .trunks(r.getTrunks())
            .callerIdOverride(r.getCallerIdOverride())
            .build();
    }

    static io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration toWire(SipConfiguration c) {
        Map<String, Trunk> trunks = new LinkedHashMap<>();
        for (SipTrunk t : c.getTrunks()) {
            trunks.put(t.getFqdn(), new Trunk().sipSignalingPort(t.getSipSignalingPort()).enabled(t.getEnabled())
                .directTransfer(t.getDirectTransfer())
                .privacyHeader(t.getPrivacyHeader() == null ? null : t.getPrivacyHeader().toString())
                .ipAddressVersion(t.getIpAddressVersion() == null ? null : t.getIpAddressVersion().toString()));
        }
        List<TrunkRoute> routes = new ArrayList<>();
        for (SipTrunkRoute r : c.getRoutes()) {
            routes.add(new TrunkRoute().description(r.getDescription()).name(r.getName())
                .numberPattern(r.getNumberPattern()).trunks(new ArrayList<>(r.getTrunks()))
                .callerIdOverride(r.getCallerIdOverride()));
        }
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (SipDomain d : c.getDomains()) {
            domains.put(d.getDomainName(), new Domain().enabled(d.isEnabled()));
        }
        return new io.github.acsnumbers.generated.siproutingpreview.model.SipConfiguration()
            .domains(domains).trunks(trunks).routes(routes);
    }
}
