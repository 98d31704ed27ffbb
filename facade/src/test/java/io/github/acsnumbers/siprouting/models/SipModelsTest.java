package io.github.acsnumbers.siprouting.models;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipModelsTest {
    @Test
    void extensibleEnumsKeepUnknownValues() {
        assertSame(SipTrunkPrivacyHeader.ID, SipTrunkPrivacyHeader.fromString("id"));
        assertEquals("none", SipTrunkPrivacyHeader.NONE.toString());
        SipTrunkIpAddressVersion future = SipTrunkIpAddressVersion.fromString("dualStack");
        assertEquals("dualStack", future.toString());
        assertEquals(future, SipTrunkIpAddressVersion.fromString("dualStack"));
        assertTrue(SipTrunkIpAddressVersion.values().contains(SipTrunkIpAddressVersion.IPV6));
        assertNull(SipTrunkHealthStatus.fromString(null));
        assertNotEquals(SipTrunkTlsStatus.UNKNOWN, SipTrunkPingStatus.UNKNOWN);
        assertEquals("certExpiring", SipTrunkTlsStatus.CERT_EXPIRING.toString());
        assertEquals("noRecentCallsAndPings", SipTrunkInactiveReason.NO_RECENT_CALLS_AND_PINGS.toString());
    }

    @Test
    void trunkBuilderAndCopies() {
        SipTrunk t = SipTrunk.builder("sbc.contoso.com", 5061).enabled(true).privacyHeader(SipTrunkPrivacyHeader.ID)
            .build();
        assertTrue(t.usesPreviewFields());
        assertFalse(new SipTrunk("sbc.contoso.com", 5061).usesPreviewFields());
        SipTrunk moved = t.withSipSignalingPort(5062);
        assertEquals(5061, t.getSipSignalingPort());
        assertEquals(5062, moved.getSipSignalingPort());
        assertEquals(Boolean.TRUE, moved.getEnabled());
        assertEquals("SipTrunk{fqdn=sbc.contoso.com, port=5061, enabled=true, privacyHeader=id}", t.toString());
        SipTrunk healthy = t.toBuilder().health(new SipTrunkHealth(SipTrunkTlsStatus.OK, SipTrunkPingStatus.OK,
            SipTrunkHealthStatus.ACTIVE, null)).build();
        assertTrue(healthy.sameSettingsAs(t));
        assertNotEquals(healthy, t);
        assertEquals("'fqdn' must not be null",
            assertThrows(IllegalArgumentException.class, () -> new SipTrunk(null, 1)).getMessage());
    }

    @Test
    void routesCopyTheirTrunkList() {
        List<String> trunks = new ArrayList<>(List.of("a.contoso.com"));
        SipTrunkRoute r = new SipTrunkRoute("R", "^1$", trunks);
        trunks.add("b.contoso.com");
        assertEquals(List.of("a.contoso.com"), r.getTrunks());
        assertThrows(UnsupportedOperationException.class, () -> r.getTrunks().add("c"));
        assertEquals(List.of(), SipTrunkRoute.builder("R", "^1$").build().getTrunks());
        assertTrue(SipTrunkRoute.builder("R", "^1$").callerIdOverride("+1425").build().usesPreviewFields());
        assertThrows(IllegalArgumentException.class, () -> SipTrunkRoute.builder("R", "1").trunks("a", null));
        assertThrows(IllegalArgumentException.class, () -> new SipTrunkRoute(null, "1", List.of()));
    }

    @Test
    void configurationKeysTrunksAndDomains() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("b.contoso.com", 2), new SipTrunk("a.contoso.com", 1)),
            List.of(new SipTrunkRoute("R", "^1$", List.of("a.contoso.com"))), List.of(new SipDomain("contoso.com", true)));
        assertEquals(List.of("b.contoso.com", "a.contoso.com"),
            c.getTrunks().stream().map(SipTrunk::getFqdn).collect(java.util.stream.Collectors.toList()));
        assertEquals(1, c.getTrunk("a.contoso.com").orElseThrow().getSipSignalingPort());
        assertTrue(c.getTrunk("missing").isEmpty());
        assertTrue(c.getTrunk(null).isEmpty());
        assertTrue(c.getDomain("contoso.com").orElseThrow().isEnabled());
        assertEquals("R", c.getRoute("R").orElseThrow().getName());
        assertEquals(c, c.withRoutes(c.getRoutes()));
        assertNotEquals(c, c.withRoutes(List.of()));
        assertEquals("trunk 'a.contoso.com' is listed twice", assertThrows(IllegalArgumentException.class,
            () -> new SipConfiguration(List.of(new SipTrunk("a.contoso.com", 1), new SipTrunk("a.contoso.com", 2)),
                List.of())).getMessage());
        assertTrue(SipConfiguration.empty().getTrunks().isEmpty());
        assertEquals(new SipConfiguration(null, null, null), SipConfiguration.empty());
    }
}
