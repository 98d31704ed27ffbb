package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteDryRunTest {
    /** The configuration of the service's own testRoutesWithNumber example (2024-11-15-preview). */
    static SipConfiguration exampleConfiguration() {
        return new SipConfiguration(
            List.of(new SipTrunk("seattle.contoso.com", 5011), new SipTrunk("us1.contoso.com", 5012),
                new SipTrunk("us2.contoso.com", 5013), new SipTrunk("russia.contoso.com", 5014),
                new SipTrunk("global.contoso.com", 5015)),
            List.of(new SipTrunkRoute("Seattle", "^\\+1(425|206)\\d{7}$", List.of("seattle.contoso.com")),
                new SipTrunkRoute("US", "^\\+1\\d{10}$", List.of("us1.contoso.com", "us2.contoso.com")),
                new SipTrunkRoute("Russia", "^\\+7\\d+$", List.of("russia.contoso.com")),
                new SipTrunkRoute("Global", "^\\+\\d+$", List.of("global.contoso.com"))));
    }

    private static List<String> names(List<SipTrunkRoute> routes) {
        return routes.stream().map(SipTrunkRoute::getName).collect(Collectors.toList());
    }

    @Test
    void firstMatchingRouteWinsAndItsTrunksKeepTheirOrder() {
        RouteDryRunResult r = RouteDryRun.run(exampleConfiguration(), "+14251234567");
        assertEquals(RouteDryRunResult.Outcome.ROUTED, r.getOutcome());
        assertEquals("Seattle", r.getRoute().orElseThrow().getName());
        assertEquals(List.of("seattle.contoso.com"),
            r.getTrunks().stream().map(SipTrunk::getFqdn).collect(Collectors.toList()));
        // the service's example answer lists exactly these matching routes, in this order
        assertEquals(List.of("Seattle", "US", "Global"), names(r.getMatchingRoutes()));
        assertTrue(r.isMatchingRoutesComplete());
        assertEquals("+14251234567 -> route 'Seattle' -> trunks [seattle.contoso.com]", r.toString());

        RouteDryRunResult us = RouteDryRun.run(exampleConfiguration(), "+13105550100");
        assertEquals("US", us.getRoute().orElseThrow().getName());
        assertEquals(List.of(5012, 5013),
            us.getTrunks().stream().map(SipTrunk::getSipSignalingPort).collect(Collectors.toList()));
        assertEquals("Russia", RouteDryRun.run(exampleConfiguration(), "+79161234567").getRoute().get().getName());
    }

    @Test
    void noRouteWhenNothingMatches() {
        RouteDryRunResult r = RouteDryRun.run(exampleConfiguration(), "0800123");
        assertEquals(RouteDryRunResult.Outcome.NO_ROUTE, r.getOutcome());
        assertTrue(r.getRoute().isEmpty());
        assertTrue(r.getTrunks().isEmpty());
        assertEquals("0800123 -> no route", r.toString());
        assertEquals(RouteDryRunResult.Outcome.NO_ROUTE,
            RouteDryRun.run(SipConfiguration.empty(), "+14255550100").getOutcome());
    }

    @Test
    void unescapedPlusAfterCaretNeverMatchesAnE164Number() {
        SipConfiguration c = new SipConfiguration(List.of(new SipTrunk("sbc.contoso.com", 5061)),
            List.of(new SipTrunkRoute("All", "^+[1-9][0-9]{3,23}$", List.of("sbc.contoso.com"))));
        assertEquals(RouteDryRunResult.Outcome.NO_ROUTE, RouteDryRun.run(c, "+14255550100").getOutcome());
        assertEquals(RouteDryRunResult.Outcome.ROUTED, RouteDryRun.run(c, "14255550100").getOutcome());
    }

    @Test
    void anUnsupportedPatternBeforeAnyMatchMakesTheAnswerUndetermined() {
        SipConfiguration c = exampleConfiguration().withRoutes(List.of(
            new SipTrunkRoute("Words", "^\\w+$", List.of("us1.contoso.com")),
            new SipTrunkRoute("US", "^\\+1\\d{10}$", List.of("us1.contoso.com"))));
        RouteDryRunResult r = RouteDryRun.run(c, "+14255550100");
        assertEquals(RouteDryRunResult.Outcome.UNDETERMINED, r.getOutcome());
        assertTrue(r.getRoute().isEmpty());
        assertTrue(r.getReason().contains("route 'Words'"), r.getReason());
        assertFalse(r.isMatchingRoutesComplete());
        assertEquals(List.of("US"), names(r.getMatchingRoutes()));
    }

    @Test
    void anUnsupportedPatternAfterTheMatchDoesNotChangeTheChoice() {
        SipConfiguration c = exampleConfiguration().withRoutes(List.of(
            new SipTrunkRoute("US", "^\\+1\\d{10}$", List.of("us1.contoso.com", "gone.contoso.com")),
            new SipTrunkRoute("Words", "^\\w+$", List.of("us1.contoso.com"))));
        RouteDryRunResult r = RouteDryRun.run(c, "+14255550100");
        assertEquals(RouteDryRunResult.Outcome.ROUTED, r.getOutcome());
        assertEquals("US", r.getRoute().get().getName());
        assertEquals(List.of("gone.contoso.com"), r.getMissingTrunks());
        assertFalse(r.isMatchingRoutesComplete());
        assertTrue(r.toString().endsWith("(missing: [gone.contoso.com])"), r.toString());
    }

    @Test
    void badArgumentsGiveClearMessages() {
        assertEquals("'number' must not be null or blank", assertThrows(IllegalArgumentException.class,
            () -> RouteDryRun.run(SipConfiguration.empty(), " ")).getMessage());
        assertEquals("'configuration' must not be null", assertThrows(IllegalArgumentException.class,
            () -> RouteDryRun.run(null, "+1")).getMessage());
    }
}
