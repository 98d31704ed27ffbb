package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.sip.TrunkHealth;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkHealthStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkInactiveReason;
import io.github.acsnumbers.siprouting.models.SipTrunkIpAddressVersion;
import io.github.acsnumbers.siprouting.models.SipTrunkPingStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.models.SipTrunkTlsStatus;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Trunks, routes and domains against the emulator, with both api-versions, sync and async. */
class SipRoutingE2eTest {
    private static final String A = "sbc-a.contoso.example";
    private static final String B = "sbc-b.contoso.example";
    private static final String C = "sbc-c.contoso.example";
    private static final String D = "sbc-d.contoso.example";

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



    private static Set<String> fqdns(List<SipTrunk> trunks) {
        return trunks.stream().map(SipTrunk::getFqdn).collect(Collectors.toSet());
    }


    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void trunksListGetSetDelete(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        assertEquals(version, sip.getServiceVersion());
        assertTrue(sip.listTrunks().isEmpty());
        assertTrue(sip.getConfiguration().getRoutes().isEmpty());

        SipConfiguration afterA = sip.setTrunk(new SipTrunk(A, 5061));
        assertEquals(Set.of(A), fqdns(afterA.getTrunks()));
        SipConfiguration afterB = sip.setTrunk(new SipTrunk(B, 5062));
        assertEquals(Set.of(A, B), fqdns(afterB.getTrunks()));
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));

        assertEquals(5061, sip.getTrunk(A).orElseThrow().getSipSignalingPort());
        assertEquals(Optional.empty(), sip.getTrunk(C));

        // setTrunk replaces one trunk and leaves the others alone
        sip.setTrunk(new SipTrunk(A, 5070));
        assertEquals(Map.of(A, 5070, B, 5062), E2e.storedTrunks(emulator));
        assertEquals(Set.of(A, B), fqdns(sip.listTrunks()));

        SipConfiguration afterDelete = sip.deleteTrunk(B);
        assertEquals(Set.of(A), fqdns(afterDelete.getTrunks()));
        assertEquals(Map.of(A, 5070), E2e.storedTrunks(emulator));
        // deleting an absent trunk succeeds and changes nothing
        assertEquals(Set.of(A), fqdns(sip.deleteTrunk(D).getTrunks()));
        assertEquals(Map.of(A, 5070), E2e.storedTrunks(emulator));
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void setTrunksReplacesTheWholeSet(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunk(new SipTrunk(A, 5061));
        sip.setTrunk(new SipTrunk(B, 5062));
        sip.setTrunk(new SipTrunk(C, 5063));

        SipConfiguration replaced = sip.setTrunks(List.of(new SipTrunk(B, 6000), new SipTrunk(D, 5064)));
        assertEquals(Set.of(B, D), fqdns(replaced.getTrunks()));
        assertEquals(Map.of(B, 6000, D, 5064), E2e.storedTrunks(emulator));
        // the same set again: one PATCH that only upserts, nothing deleted
        long patchBefore = emulator.requestCount();
        assertEquals(Set.of(B, D), fqdns(sip.setTrunks(List.of(new SipTrunk(B, 6000), new SipTrunk(D, 5064)))
            .getTrunks()));
        assertTrue(emulator.requestCount() - patchBefore <= 2, "a read and at most one PATCH");

        // a trunk a route still uses cannot be dropped: refused before sending
        sip.setRoutes(List.of(new SipTrunkRoute("all", "^\\+1\\d{10}$", List.of(B))));
        long before = emulator.requestCount();
        assertThrows(IllegalArgumentException.class, () -> sip.setTrunks(List.of(new SipTrunk(D, 5064))));
        assertEquals(Map.of(B, 6000, D, 5064), E2e.storedTrunks(emulator));
        assertTrue(emulator.requestCount() - before <= 1, "at most the read was sent");

        // the empty list removes every trunk once no route needs them
        sip.setRoutes(List.of());
        assertTrue(sip.setTrunks(List.of()).getTrunks().isEmpty());
        assertTrue(E2e.storedTrunks(emulator).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void routesAreAnOrderedListThatIsReplacedWhole(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunks(List.of(new SipTrunk(A, 5061), new SipTrunk(B, 5062)));
        SipTrunkRoute west = SipTrunkRoute.builder("us-west", "^\\+1425\\d{7}$").description("Redmond – Zürich 東京")
            .trunks(A, B).build();
        SipTrunkRoute us = new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of(B));
        SipConfiguration afterSet = sip.setRoutes(List.of(west, us));
        assertEquals(List.of("us-west", "us"), E2e.routeNames(afterSet.getRoutes()));
        List<SipTrunkRoute> listed = sip.listRoutes();
        assertEquals(List.of("us-west", "us"), E2e.routeNames(listed));
        assertEquals(List.of(A, B), listed.get(0).getTrunks());
        assertEquals("Redmond – Zürich 東京", listed.get(0).getDescription());
        assertEquals("^\\+1425\\d{7}$", listed.get(0).getNumberPattern());
        // routes only: trunks untouched
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));

        sip.setRoutes(List.of(us, west));
        assertEquals(List.of("us", "us-west"), E2e.storedRouteNames(emulator));
        assertTrue(sip.setRoutes(List.of()).getRoutes().isEmpty());
        assertTrue(E2e.storedRouteNames(emulator).isEmpty());
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void serviceValidationErrorsCarryTheInnerCodeAndChangeNothing(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunks(List.of(new SipTrunk(A, 5061), new SipTrunk(B, 5062)));
        sip.setRoutes(List.of(new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of(A))));

        // a route naming a trunk that does not exist: setRoutes does not read the configuration first, so the
        // service refuses it (422 MissingTrunk), as the README says. Nothing may change.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> sip.setRoutes(List.of(
            new SipTrunkRoute("first", "^\\+44\\d+$", List.of(B)),
            new SipTrunkRoute("ghost", "^\\+1\\d{10}$", List.of("ghost.contoso.example")))));
        CommunicationException missing = assertInstanceOf(CommunicationException.class, refused, refused::toString);
        assertEquals(422, missing.getStatusCode());
        assertEquals("UnprocessableConfiguration", missing.getErrorCode());
        assertEquals("MissingTrunk", missing.getInnerErrorCode());
        assertEquals(ErrorKind.MISSING_TRUNK, missing.getKind());
        // nothing half-applied: the old route list is still there, and "first" was not stored
        assertEquals(List.of("us"), E2e.storedRouteNames(emulator));

        // deleting a trunk that a route uses
        CommunicationException orphan = assertServiceError(422, () -> sip.deleteTrunk(A));
        assertEquals("UnprocessableConfiguration", orphan.getErrorCode());
        assertEquals("MissingTrunk", orphan.getInnerErrorCode());
        assertEquals(ErrorKind.MISSING_TRUNK, orphan.getKind());
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));

        // an FQDN the client lets through but the service's stricter syntax refuses
        CommunicationException fqdn = assertServiceError(422, () -> sip.setTrunk(new SipTrunk("sbc_1.contoso.example",
            5061)));
        assertEquals("InvalidTrunkFqdn", fqdn.getInnerErrorCode());
        assertEquals(ErrorKind.INVALID_TRUNK_FQDN, fqdn.getKind());
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));

        // setTrunks sends one PATCH: when the service refuses it, the valid upsert in it is not applied either
        assertServiceError(422, () -> sip.setTrunks(List.of(new SipTrunk(A, 5061), new SipTrunk(B, 7000),
            new SipTrunk("sbc_2.contoso.example", 5061))));
        assertEquals(Map.of(A, 5061, B, 5062), E2e.storedTrunks(emulator));
        assertEquals(List.of("us"), E2e.storedRouteNames(emulator));
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void clientSideValidationSendsNothing(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunk(new SipTrunk(A, 5061));
        long before = emulator.requestCount();
        assertThrows(IllegalArgumentException.class, () -> sip.setTrunk(new SipTrunk("-1", 5061)));
        assertThrows(IllegalArgumentException.class, () -> sip.setTrunk(new SipTrunk(B, 0)));
        assertThrows(IllegalArgumentException.class, () -> sip.setRoutes(List.of(
            new SipTrunkRoute("same", "^\\+1", List.of(A)), new SipTrunkRoute("same", "^\\+44", List.of(A)))));
        assertThrows(IllegalArgumentException.class, () -> sip.setRoutes(List.of(
            new SipTrunkRoute("twice", "^\\+1", List.of(A, A)))));
        assertThrows(IllegalArgumentException.class, () -> sip.setRoutes(List.of(
            new SipTrunkRoute("bad", "^\\+1(", List.of(A)))));
        assertEquals(before, emulator.requestCount());
        assertEquals(Map.of(A, 5061), E2e.storedTrunks(emulator));
    }

    @Test
    void previewTrunkFieldsAndHealth() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        SipTrunk full = SipTrunk.builder(A, 5061).enabled(true).directTransfer(true)
            .privacyHeader(SipTrunkPrivacyHeader.ID).ipAddressVersion(SipTrunkIpAddressVersion.IPV6).build();
        sip.setTrunk(full);
        sip.setTrunk(SipTrunk.builder(B, 5062).enabled(false).build());
        SipTrunk read = sip.getTrunk(A).orElseThrow();
        assertEquals(Boolean.TRUE, read.getEnabled());
        assertEquals(Boolean.TRUE, read.getDirectTransfer());
        assertEquals(SipTrunkPrivacyHeader.ID, read.getPrivacyHeader());
        assertEquals(SipTrunkIpAddressVersion.IPV6, read.getIpAddressVersion());
        assertEquals(Boolean.FALSE, sip.getTrunk(B).orElseThrow().getEnabled());
        // the stable version reads the same trunks, without the preview fields
        SipTrunk stable = client(SipRoutingServiceVersion.V2023_03_01).getTrunk(A).orElseThrow();
        assertEquals(5061, stable.getSipSignalingPort());
        assertNull(stable.getEnabled());

        // health only with expand
        emulator.sipAndIdentity().sip().setTrunkHealth(A, new TrunkHealth("certExpiring", "ok", "inactive",
            "noRecentCalls"));
        assertTrue(sip.listTrunks().stream().allMatch(t -> t.getHealth() == null));
        Map<String, SipTrunk> withHealth = sip.listTrunks(true).stream()
            .collect(Collectors.toMap(SipTrunk::getFqdn, t -> t));
        assertEquals(SipTrunkTlsStatus.CERT_EXPIRING, withHealth.get(A).getHealth().getTlsStatus());
        assertEquals(SipTrunkPingStatus.OK, withHealth.get(A).getHealth().getPingStatus());
        assertEquals(SipTrunkHealthStatus.INACTIVE, withHealth.get(A).getHealth().getOverallStatus());
        assertEquals(SipTrunkInactiveReason.NO_RECENT_CALLS, withHealth.get(A).getHealth().getInactiveReason());
        assertEquals(SipTrunkHealthStatus.UNKNOWN, withHealth.get(B).getHealth().getOverallStatus());
    }

    @Test
    void previewRouteCallerIdOverride() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        sip.setTrunk(new SipTrunk(A, 5061));
        SipTrunkRoute route = SipTrunkRoute.builder("us", "^\\+1\\d{10}$").trunks(A)
            .callerIdOverride("+14255550100").build();
        sip.setRoutes(List.of(route));
        assertEquals("+14255550100", sip.listRoutes().get(0).getCallerIdOverride());
        // the stable client refuses to send it, and reads the route without it
        SipRoutingClient stable = client(SipRoutingServiceVersion.V2023_03_01);
        assertThrows(IllegalArgumentException.class, () -> stable.setRoutes(List.of(route)));
        assertNull(stable.listRoutes().get(0).getCallerIdOverride());
        assertEquals(List.of(A), stable.listRoutes().get(0).getTrunks());
    }

    @ParameterizedTest
    @EnumSource(SipRoutingServiceVersion.class)
    void routesWithDotNetGroupConstructsAreStored(SipRoutingServiceVersion version) {
        SipRoutingClient sip = client(version);
        sip.setTrunk(new SipTrunk(A, 5061));
        List<SipTrunkRoute> routes = List.of(new SipTrunkRoute("fr-de", "^\\+(?:33|49)\\d+$", List.of(A)),
            new SipTrunkRoute("not-555", "^\\+1\\d{3}(?!555)\\d{7}$", List.of(A)),
            new SipTrunkRoute("any-case", "(?i)^\\+1", List.of(A)));
        sip.setRoutes(routes);
        assertEquals(List.of("fr-de", "not-555", "any-case"), E2e.storedRouteNames(emulator));
    }

    @Test
    void previewDomains() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
        assertTrue(sip.listDomains().isEmpty());
        SipConfiguration added = sip.setDomain(new SipDomain("contoso.example", true));
        // a new domain stays disabled until the service verified it
        assertFalse(added.getDomain("contoso.example").orElseThrow().isEnabled());
        emulator.sipAndIdentity().sip().setDomainEnabled("contoso.example", true);
        assertTrue(sip.getDomain("contoso.example").orElseThrow().isEnabled());
        assertEquals(Optional.empty(), sip.getDomain("fabrikam.example"));

        SipConfiguration replaced = sip.setDomains(List.of(new SipDomain("fabrikam.example", false),
            new SipDomain("northwind.example", false)));
        assertEquals(Set.of("fabrikam.example", "northwind.example"), replaced.getDomains().stream()
            .map(SipDomain::getDomainName).collect(Collectors.toSet()));
        assertEquals(Set.of("fabrikam.example", "northwind.example"),
            emulator.sipAndIdentity().sip().configuration().domains().keySet());

        SipConfiguration deleted = sip.deleteDomain("fabrikam.example");
        assertEquals(List.of("northwind.example"), deleted.getDomains().stream().map(SipDomain::getDomainName)
            .toList());
        assertEquals(List.of("northwind.example"), sip.listDomains().stream().map(SipDomain::getDomainName).toList());
    }

    @Test
    void previewOnlyCallsFailFastOnTheStableVersion() {
        SipRoutingClient sip = client(SipRoutingServiceVersion.V2023_03_01);
        SipRoutingAsyncClient async = E2e.sip(emulator, SipRoutingServiceVersion.V2023_03_01).buildAsyncClient();
        SipConfiguration any = new SipConfiguration(List.of(new SipTrunk(A, 5061)), List.of());
        List<Executable> calls = List.of(
            sip::listDomains,
            () -> sip.getDomain("contoso.example"),
            () -> sip.setDomain(new SipDomain("contoso.example", true)),
            () -> sip.setDomains(List.of()),
            () -> sip.deleteDomain("contoso.example"),
            () -> sip.listTrunks(true),
            () -> sip.testRoutesWithNumber("+14255550100"),
            () -> sip.testRoutesWithNumber("+14255550100", any),
            () -> await(async.listDomains()),
            () -> await(async.listTrunks(true)),
            () -> await(async.testRoutesWithNumber("+14255550100")));
        long before = emulator.requestCount();
        for (Executable call : calls) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
            assertTrue(e.getMessage().contains("2024-11-15-preview"), e.getMessage());
        }
        // preview trunk fields are refused too
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class,
            () -> sip.setTrunk(SipTrunk.builder(A, 5061).enabled(true).build()));
        assertTrue(fields.getMessage().contains("2024-11-15-preview"), fields.getMessage());
        assertEquals(before, emulator.requestCount(), "nothing may reach the service");
    }

    @Test
    void everyOperationAsync() {
        SipRoutingAsyncClient sip = E2e.sip(emulator, SipRoutingServiceVersion.V2024_11_15_PREVIEW)
            .buildAsyncClient();
        assertEquals(SipRoutingServiceVersion.V2024_11_15_PREVIEW, sip.getServiceVersion());
        assertTrue(await(sip.getConfiguration()).getTrunks().isEmpty());
        await(sip.setTrunk(new SipTrunk(A, 5061)));
        await(sip.setTrunk(new SipTrunk(B, 5062)));
        assertEquals(Set.of(A, B), fqdns(await(sip.listTrunks())));
        assertEquals(5062, await(sip.getTrunk(B)).orElseThrow().getSipSignalingPort());
        assertEquals(Set.of(B, C), fqdns(await(sip.setTrunks(List.of(new SipTrunk(B, 5062), new SipTrunk(C, 5063))))
            .getTrunks()));
        assertEquals(Set.of(C), fqdns(await(sip.deleteTrunk(B)).getTrunks()));

        await(sip.setRoutes(List.of(new SipTrunkRoute("r1", "^\\+1", List.of(C)),
            new SipTrunkRoute("r2", "^\\+44", List.of(C)))));
        assertEquals(List.of("r1", "r2"), E2e.routeNames(await(sip.listRoutes())));
        assertEquals(List.of("r1"), E2e.routeNames(await(sip.testRoutesWithNumber("+14255550100"))));
        assertEquals(List.of("r2"), E2e.routeNames(await(sip.testRoutesWithNumber("+442012345678",
            await(sip.getConfiguration())))));
        assertEquals("r1", await(sip.dryRun("+14255550100")).getRoute().orElseThrow().getName());
        assertEquals("r2", sip.dryRun("+442012345678", await(sip.getConfiguration())).getRoute().orElseThrow()
            .getName());
        // the remote lint is the local lint of the configuration read; this one has no error
        assertEquals(sip.lint(await(sip.getConfiguration())), await(sip.lint()));
        assertTrue(await(sip.lint()).stream().noneMatch(f -> f.getSeverity() == SipLintFinding.Severity.ERROR));
        assertEquals(1, await(sip.listTrunks(true)).size());

        await(sip.setDomain(new SipDomain("contoso.example", false)));
        assertEquals(1, await(sip.listDomains()).size());
        assertTrue(await(sip.getDomain("contoso.example")).isPresent());
        assertEquals(2, await(sip.setDomains(List.of(new SipDomain("a.example", false),
            new SipDomain("b.example", false)))).getDomains().size());
        assertEquals(1, await(sip.deleteDomain("a.example")).getDomains().size());

        CommunicationException e = assertServiceError(422, () -> await(sip.deleteTrunk(C)));
        assertEquals("MissingTrunk", e.getInnerErrorCode());
        assertEquals(Map.of(C, 5063), E2e.storedTrunks(emulator));
    }
}
