package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.siprouting.SipConfigurationChangedException;
import io.github.acsnumbers.siprouting.SipConfigurationPlan;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Plan/apply of a whole SIP configuration (one merge-patch, refused when the configuration changed in between),
 * and the local route dry-run and lint compared with the emulator's testRoutesWithNumber on the same configuration.
 */
class SipPlanApplyAndDryRunE2eTest {
    private static final String A = "sbc-a.contoso.example";
    private static final String B = "sbc-b.contoso.example";
    private static final String C = "sbc-c.contoso.example";
    private static final String D = "sbc-d.contoso.example";

    /** Routes in evaluation order, with .NET constructs the service accepts; see {@link #routingTable()}. */
    private static final List<SipTrunkRoute> ROUTES = List.of(
        new SipTrunkRoute("has-999", "999", List.of(C)),
        new SipTrunkRoute("redmond", "^\\+1425\\d{7}$", List.of(A, B)),
        new SipTrunkRoute("uk-not5", "^\\+44[\\d-[5]]\\d{8,9}$", List.of(B)),
        new SipTrunkRoute("plus-quirk", "^+[1-9][0-9]{3,23}$", List.of(A)),
        new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of(B)),
        new SipTrunkRoute("catch-all", "^.*$", List.of(C)),
        new SipTrunkRoute("never", "^\\+1206\\d{7}$", List.of(A)),
        new SipTrunkRoute("no-trunks", "^\\+99", List.of()));

    private PhoneNumbersEmulator emulator;

    @BeforeEach
    void start() {
        emulator = E2e.emulator();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private SipRoutingClient client(SipRoutingServiceVersion version) {
        return E2e.sip(emulator, version).buildClient();
    }




    private static List<String> fqdns(List<SipTrunk> trunks) {
        return trunks.stream().map(SipTrunk::getFqdn).toList();
    }

    private static SipConfiguration routingTable() {
        return new SipConfiguration(List.of(new SipTrunk(A, 5061), new SipTrunk(B, 5062), new SipTrunk(C, 5063),
            new SipTrunk(D, 5064)), ROUTES);
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void planShowsTheDiffAndApplySendsOneMergePatch(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunks(List.of(new SipTrunk(A, 5061), new SipTrunk(B, 5062)));
        sip.setRoutes(List.of(new SipTrunkRoute("r1", "^\\+1425", List.of(A))));

        // A goes away while r1 moves from A to B: only one PATCH carrying both can do this without a gap
        SipConfiguration desired = new SipConfiguration(List.of(new SipTrunk(B, 6000), new SipTrunk(C, 5063)),
            List.of(new SipTrunkRoute("r2", "^\\+44", List.of(C)), new SipTrunkRoute("r1", "^\\+1425", List.of(B, C))));
        SipConfigurationPlan plan = sip.plan(desired);
        assertFalse(plan.isEmpty());
        assertEquals(List.of(C), fqdns(plan.getTrunksAdded()));
        assertEquals(List.of(A), fqdns(plan.getTrunksRemoved()));
        assertEquals(1, plan.getTrunksChanged().size());
        assertEquals(5062, plan.getTrunksChanged().get(0).getBefore().getSipSignalingPort());
        assertEquals(6000, plan.getTrunksChanged().get(0).getAfter().getSipSignalingPort());
        assertEquals(List.of("r2"), E2e.routeNames(plan.getRoutesAdded()));
        assertEquals(1, plan.getRoutesChanged().size());
        assertEquals("r1", plan.getRoutesChanged().get(0).getAfter().getName());
        assertTrue(plan.getRoutesRemoved().isEmpty());
        assertTrue(plan.isRoutesReplaced());
        assertTrue(plan.toString().contains(C), plan::toString);
        // planning changed nothing
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));

        long before = emulator.requestCount();
        SipConfiguration applied = sip.apply(plan);
        assertEquals(2, emulator.requestCount() - before, "one read to check, one PATCH");
        assertEquals(Set.of(B, C), Set.copyOf(fqdns(applied.getTrunks())));
        assertEquals(List.of("r2", "r1"), E2e.routeNames(applied.getRoutes()));
        assertEquals(Map.of(B, 6000, C, 5063), E2e.storedTrunks(emulator));
        assertEquals(List.of("r2", "r1"), E2e.storedRouteNames(emulator));
        assertEquals(List.of(B, C), emulator.sipAndIdentity().sip().configuration().routes().get(1).trunks());

        // planning the configuration there is gives an empty plan; applying it sends no PATCH
        SipConfigurationPlan nothing = sip.plan(sip.getConfiguration());
        assertTrue(nothing.isEmpty(), nothing::toString);
        before = emulator.requestCount();
        sip.apply(nothing);
        assertEquals(1, emulator.requestCount() - before);
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void applyIsRefusedWhenTheConfigurationChangedSinceThePlan(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunk(new SipTrunk(A, 5061));
        SipConfigurationPlan plan = sip.plan(new SipConfiguration(List.of(new SipTrunk(B, 5062)),
            List.of(new SipTrunkRoute("r", "^\\+1", List.of(B)))));

        // another writer adds a trunk in between
        client(version).setTrunk(new SipTrunk(D, 5064));
        long before = emulator.requestCount();
        SipConfigurationChangedException e = assertThrows(SipConfigurationChangedException.class,
            () -> sip.apply(plan));
        assertTrue(e.getMessage().contains(D), e.getMessage());
        assertEquals(1, emulator.requestCount() - before, "only the re-read was sent");
        assertEquals(Map.of(A, 5061, D, 5064), E2e.storedTrunks(emulator));
        assertTrue(E2e.storedRouteNames(emulator).isEmpty());

        // a fresh plan goes through
        SipConfigurationPlan fresh = sip.plan(new SipConfiguration(List.of(new SipTrunk(B, 5062)),
            List.of(new SipTrunkRoute("r", "^\\+1", List.of(B)))));
        assertEquals(Set.of(A, D), Set.copyOf(fqdns(fresh.getTrunksRemoved())));
        sip.apply(fresh);
        assertEquals(Map.of(B, 5062), E2e.storedTrunks(emulator));
        assertEquals(List.of("r"), E2e.storedRouteNames(emulator));
    }

    @Test
    void planAndApplyAsync() {
        SipRoutingAsyncClient sip = E2e.sip(emulator, SipRoutingServiceVersion.V2024_11_15_PREVIEW).buildAsyncClient();
        await(sip.setTrunk(new SipTrunk(A, 5061)));
        await(sip.setDomain(new io.github.acsnumbers.siprouting.models.SipDomain("contoso.example", false)));
        SipConfiguration desired = new SipConfiguration(List.of(new SipTrunk(B, 5062)),
            List.of(new SipTrunkRoute("r", "^\\+1", List.of(B))));
        SipConfigurationPlan plan = await(sip.plan(desired));
        assertEquals(List.of(B), fqdns(plan.getTrunksAdded()));
        await(sip.setTrunk(new SipTrunk(C, 5063)));
        assertThrows(SipConfigurationChangedException.class, () -> await(sip.apply(plan)));
        assertEquals(Map.of(A, 5061, C, 5063), E2e.storedTrunks(emulator));

        SipConfiguration applied = await(sip.apply(await(sip.plan(desired))));
        assertEquals(List.of(B), fqdns(applied.getTrunks()));
        assertEquals(Map.of(B, 5062), E2e.storedTrunks(emulator));
        assertEquals(List.of("r"), E2e.storedRouteNames(emulator));
        // a plan is about trunks and routes: the domains are left alone
        assertEquals(Set.of("contoso.example"), emulator.sipAndIdentity().sip().configuration().domains().keySet());
    }

    @Test
    void anInvalidDesiredConfigurationIsRefusedBeforeAnyWrite() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2023_03_01);
        sip.setTrunk(new SipTrunk(A, 5061));
        assertThrows(IllegalArgumentException.class, () -> sip.plan(new SipConfiguration(List.of(new SipTrunk(A, 5061)),
            List.of(new SipTrunkRoute("r", "^\\+1", List.of(B))))));
        assertEquals(Map.of(A, 5061), E2e.storedTrunks(emulator));
    }

    /** The local answer agrees with the service's, and both agree with what the routing table says. */
    @Test
    void dryRunAgreesWithTestRoutesWithNumberOnTheSameConfiguration() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        SipConfiguration table = routingTable();
        sip.apply(sip.plan(table));
        assertEquals(E2e.routeNames(ROUTES), E2e.storedRouteNames(emulator));

        Map<String, String> expectedFirst = Map.of(
            "+14255550100", "redmond",
            "+14255559990", "has-999",
            "+442012345678", "uk-not5",
            "+445012345678", "catch-all",
            "14255550100", "plus-quirk",
            "+12065550100", "us",
            "+33123456789", "catch-all");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : expectedFirst.entrySet()) {
            String number = e.getKey();
            List<String> service = E2e.routeNames(sip.testRoutesWithNumber(number));
            List<String> servicePosted = E2e.routeNames(sip.testRoutesWithNumber(number, table));
            assertEquals(service, servicePosted, "stored vs posted configuration for " + number);
            RouteDryRunResult local = sip.dryRun(number);
            RouteDryRunResult offline = sip.dryRun(number, table);
            assertEquals(local.getOutcome(), offline.getOutcome());
            assertEquals(RouteDryRunResult.Outcome.ROUTED, local.getOutcome(), number + ": " + local);
            assertEquals(e.getValue(), service.get(0), "service's first route for " + number);
            if (!e.getValue().equals(local.getRoute().orElseThrow().getName())
                || (local.isMatchingRoutesComplete() && !E2e.routeNames(local.getMatchingRoutes()).equals(service))) {
                mismatches.add(number + ": local " + E2e.routeNames(local.getMatchingRoutes()) + " vs service " + service);
            }
        }
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
        // the ordered trunk list of the chosen route
        assertEquals(List.of(A, B), fqdns(sip.dryRun("+14255550100").getTrunks()));
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void lintFindsShadowedRoutesRoutesWithoutTrunksUnusedTrunksAndDotNetOnlySyntax(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.apply(sip.plan(routingTable()));
        List<SipLintFinding> findings = sip.lint();
        assertEquals(sip.lint(sip.getConfiguration()), findings, "remote lint = local lint of what was read");
        assertTrue(has(findings, SipLintFinding.Kind.SHADOWED_ROUTE, "never"), findings::toString);
        assertTrue(has(findings, SipLintFinding.Kind.ROUTE_WITHOUT_TRUNKS, "no-trunks"), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.getKind() == SipLintFinding.Kind.UNUSED_TRUNK
            && D.equals(f.getTrunkFqdn())), findings::toString);
        assertTrue(has(findings, SipLintFinding.Kind.JAVA_DIFFERENCE, "uk-not5"), findings::toString);
        // '^+' is legal .NET but certainly not meant: it is flagged
        assertTrue(has(findings, SipLintFinding.Kind.SUSPICIOUS_PATTERN, "plus-quirk"), findings::toString);
        assertFalse(has(findings, SipLintFinding.Kind.SHADOWED_ROUTE, "redmond"), findings::toString);
        for (SipLintFinding f : findings) {
            assertNotNull(f.getMessage());
        }
        // the dry-run on the stored configuration works with either version (only a read)
        assertEquals("uk-not5", sip.dryRun("+442012345678").getRoute().orElseThrow().getName());
        assertEquals(RouteDryRunResult.Outcome.ROUTED, sip.dryRun("+12065550100").getOutcome());
    }

    @Test
    void noRouteWhenNothingMatches() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        SipConfiguration table = new SipConfiguration(List.of(new SipTrunk(A, 5061)),
            List.of(new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of(A))));
        sip.apply(sip.plan(table));
        assertTrue(sip.testRoutesWithNumber("+442012345678").isEmpty());
        RouteDryRunResult local = sip.dryRun("+442012345678");
        assertEquals(RouteDryRunResult.Outcome.NO_ROUTE, local.getOutcome());
        assertTrue(local.getRoute().isEmpty());
        assertTrue(local.getTrunks().isEmpty());
    }

    private static boolean has(List<SipLintFinding> findings, SipLintFinding.Kind kind, String route) {
        return findings.stream().anyMatch(f -> f.getKind() == kind && route.equals(f.getRouteName()));
    }

    /** Patterns for the differential check: plain syntax and .NET-only constructs the translators handle. */
    private static final List<String> PATTERNS = List.of("^\\+1425\\d{7}$", "^+[1-9][0-9]{3,23}$",
        "^\\+44[\\d-[5]]\\d+$", "999", "^.*$", "^\\+1(206|425)\\d{7}$", "\\d{11}",
        "^\\+1[2-9]\\d{2}[2-9]\\d{6}$", "^\\+?1?\\d{10}$", "^\\+1\\d{3}\\s?\\d{7}$", "^\\+[1-9]\\d{0,2}$",
        "^\\+1[^5]", "^(\\+1|001)425", "^[+]44", "^\\+4{2}", "\\A\\+1\\d{10}\\z", "^\\+1\\d{10}$|^\\+44\\d{10}$",
        "^\\+\\p{Nd}+$", "^\\+1{", "^\\+[\\d-[0-4]]", "^\\+1\\d{10}$\\n?", "^(?<cc>\\+1)\\d{10}$");
    /** Group constructs every .NET number pattern may use: non-capturing, lookaround, atomic, inline options. */
    private static final List<String> GROUP_PATTERNS = List.of("^\\+(?:33|49)\\d+$", "^\\+1\\d{3}(?!555)\\d{7}$",
        "^\\+1(?=425)", "(?<=\\+)1425", "(?<!0)1425", "^(?>\\+1)\\d{10}$", "(?i)^\\+1", "^(?i:\\+44)");
    private static final List<String> NUMBERS = List.of("+14255550100", "+12065550100", "+14255551234",
        "+442012345678", "+445012345678", "+33123456789", "14255550100", "0014255550100", "+1", "+4412", "+1{");

    /**
     * A differential check: for each pattern alone in a route, the local dry-run and the emulator's
     * testRoutesWithNumber (both meant to give .NET's answer) agree on every number, or the dry-run says plainly
     * that it cannot tell. Both sides are this project's translators (no recorded answers of the real service are
     * replayed), so this proves they agree with each other, not with the service.
     */
    @Test
    void differentialPatternCheckAgainstTheEmulator() {
        List<String> mismatches = differential(PATTERNS);
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
    }

    @Test
    void differentialPatternCheckWithDotNetGroupConstructs() {
        List<String> mismatches = differential(GROUP_PATTERNS);
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
    }

    private List<String> differential(List<String> patterns) {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String pattern : patterns) {
            SipConfiguration cfg = new SipConfiguration(List.of(new SipTrunk(A, 5061)),
                List.of(new SipTrunkRoute("p", pattern, List.of(A))));
            for (String number : NUMBERS) {
                boolean service;
                try {
                    service = !sip.testRoutesWithNumber(number, cfg).isEmpty();
                } catch (CommunicationException e) {
                    mismatches.add("service refused pattern " + pattern + ": " + e.getInnerErrorCode());
                    break;
                }
                RouteDryRunResult local = sip.dryRun(number, cfg);
                if (local.getOutcome() == RouteDryRunResult.Outcome.UNDETERMINED) {
                    assertNotNull(local.getReason());
                    continue;
                }
                compared++;
                boolean routed = local.getOutcome() == RouteDryRunResult.Outcome.ROUTED;
                if (routed != service) {
                    mismatches.add("pattern " + pattern + ", number " + number + ": local " + routed
                        + ", service " + service);
                }
            }
        }
        if (mismatches.isEmpty()) {
            assertTrue(compared >= patterns.size() * NUMBERS.size() / 2, "compared only " + compared);
        }
        return mismatches;
    }
}
