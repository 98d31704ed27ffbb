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
