package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkHealthStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkInactiveReason;
import io.github.acsnumbers.siprouting.models.SipTrunkIpAddressVersion;
import io.github.acsnumbers.siprouting.models.SipTrunkPrivacyHeader;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.models.SipTrunkTlsStatus;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.github.acsnumbers.siprouting.SipMockServer.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipRoutingClientTest {
    private static final String STABLE_SIP = "/sip?api-version=2023-03-01";
    private static final String PREVIEW_SIP = "/sip?api-version=2024-11-15-preview";

    private SipMockServer mock;
    private SipRoutingClient stable;
    private SipRoutingClient preview;

    @BeforeEach
    void start() throws Exception {
        mock = new SipMockServer();
        stable = mock.client(SipRoutingServiceVersion.V2023_03_01);
        preview = mock.client(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private static List<String> fqdns(List<SipTrunk> trunks) {
        return trunks.stream().map(SipTrunk::getFqdn).collect(Collectors.toList());
    }

    private void assertPatch(RecordedRequest r, String target, String exactBody) {
        assertEquals("PATCH", r.getMethod());
        assertEquals(target, r.getTarget());
        assertEquals("application/merge-patch+json", r.getHeaders().get("Content-Type"));
        assertEquals(exactBody, body(r));
    }

    private void assertGet(RecordedRequest r, String target) {
        assertEquals("GET", r.getMethod());
        assertEquals(target, r.getTarget());
    }

    @Test
    void builderDefaultsToTheStableVersion() {
        assertEquals(SipRoutingServiceVersion.V2023_03_01, new SipRoutingClientBuilder()
            .endpoint("http://127.0.0.1:" + mock.server.getPort())
            .credential(new io.github.acsnumbers.core.auth.KeyCredential("dGVzdC1rZXk=")).buildClient()
            .getServiceVersion());
        assertThrows(IllegalArgumentException.class, () -> new SipRoutingClientBuilder().serviceVersion(null));
        assertEquals(SipRoutingServiceVersion.V2024_11_15_PREVIEW, preview.getServiceVersion());
    }

    @Test
    void getConfigurationReadsTrunksAndRoutes() throws Exception {
        mock.ok("stable-config.json");
        SipConfiguration c = stable.getConfiguration();
        assertEquals(List.of("sbc1.contoso.com", "sbc2.contoso.com"), fqdns(c.getTrunks()));
        assertEquals(5062, c.getTrunk("sbc2.contoso.com").orElseThrow().getSipSignalingPort());
        assertEquals(List.of("US", "Default"), c.getRoutes().stream().map(SipTrunkRoute::getName)
            .collect(Collectors.toList()));
        SipTrunkRoute us = c.getRoutes().get(0);
        assertEquals("^\\+1\\d{10}$", us.getNumberPattern());
        assertEquals("US numbers", us.getDescription());
        assertNull(c.getRoutes().get(1).getDescription());
        assertTrue(c.getDomains().isEmpty());
        RecordedRequest r = mock.take();
        assertGet(r, STABLE_SIP);
        assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 SignedHeaders="));
    }

    @Test
    void previewFieldsDomainsAndNullCallerIdAreRead() throws Exception {
        mock.ok("preview-config.json");
        SipConfiguration c = preview.getConfiguration();
        SipTrunk two = c.getTrunk("sbc2.contoso.com").orElseThrow();
        assertEquals(Boolean.FALSE, two.getEnabled());
        assertEquals(Boolean.TRUE, two.getDirectTransfer());
        assertEquals(SipTrunkPrivacyHeader.NONE, two.getPrivacyHeader());
        assertEquals(SipTrunkIpAddressVersion.IPV6, two.getIpAddressVersion());
        assertNull(two.getHealth());
        assertNull(c.getRoutes().get(0).getCallerIdOverride());
        assertEquals(List.of(new SipDomain("contoso.com", true), new SipDomain("fabrikam.com", false)),
            c.getDomains());
        assertGet(mock.take(), PREVIEW_SIP);
    }

    @Test
    void listTrunksWithHealthExpands() throws Exception {
        mock.ok("preview-config-health.json");
        List<SipTrunk> trunks = preview.listTrunks(true);
        assertEquals(SipTrunkTlsStatus.UNKNOWN, trunks.get(0).getHealth().getTlsStatus());
        assertEquals(SipTrunkTlsStatus.CERT_EXPIRING, trunks.get(1).getHealth().getTlsStatus());
        assertEquals(SipTrunkHealthStatus.INACTIVE, trunks.get(1).getHealth().getOverallStatus());
        assertEquals(SipTrunkInactiveReason.NO_RECENT_CALLS, trunks.get(1).getHealth().getInactiveReason());
        // the generated call puts api-version last (spec-tools normalizes the parameter order)
        assertGet(mock.take(), "/sip?expand=trunks%2Fhealth&api-version=2024-11-15-preview");
    }

    @Test
    void listTrunksAndRoutesWithoutHealth() throws Exception {
        mock.ok("stable-config.json").ok("stable-config.json");
        assertEquals(List.of("sbc1.contoso.com", "sbc2.contoso.com"), fqdns(stable.listTrunks()));
        assertEquals(2, stable.listRoutes().size());
        assertGet(mock.take(), STABLE_SIP);
        assertGet(mock.take(), STABLE_SIP);
    }

    @Test
    void previewOnlyCallsFailFastUnderTheStableVersion() {
        List<Runnable> calls = List.of(
            () -> stable.listTrunks(true),
            () -> stable.listDomains(),
            () -> stable.getDomain("contoso.com"),
            () -> stable.setDomain(new SipDomain("contoso.com", true)),
            () -> stable.setDomains(List.of()),
            () -> stable.deleteDomain("contoso.com"),
            () -> stable.testRoutesWithNumber("+14255550100"),
            () -> stable.testRoutesWithNumber("+14255550100", SipConfiguration.empty()));
        for (Runnable call : calls) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call::run);
            assertTrue(e.getMessage().contains("needs api-version 2024-11-15-preview"), e.getMessage());
            assertTrue(e.getMessage().contains("this client uses 2023-03-01"), e.getMessage());
        }
        IllegalArgumentException fields = assertThrows(IllegalArgumentException.class, () -> stable.setTrunk(
            SipTrunk.builder("sbc1.contoso.com", 5061).enabled(true).build()));
        assertTrue(fields.getMessage().contains("need api-version 2024-11-15-preview"), fields.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stable.setRoutes(List.of(
            SipTrunkRoute.builder("US", "^1$").callerIdOverride("+1").build())));
        assertEquals(0, mock.requests());
    }

    @Test
    void getTrunkFiltersTheConfiguration() throws Exception {
        mock.ok("stable-config.json").ok("stable-config.json");
        assertEquals(5061, stable.getTrunk("sbc1.contoso.com").orElseThrow().getSipSignalingPort());
        assertTrue(stable.getTrunk("absent.contoso.com").isEmpty());
        assertGet(mock.take(), STABLE_SIP);
        assertGet(mock.take(), STABLE_SIP);
        assertThrows(IllegalArgumentException.class, () -> stable.getTrunk(" "));
    }

    @Test
    void setTrunkSendsOneUpsert() throws Exception {
        mock.ok("stable-config-after-patch.json");
        SipConfiguration answered = stable.setTrunk(new SipTrunk("sbc3.contoso.com", 5063));
        assertEquals(5063, answered.getTrunk("sbc3.contoso.com").orElseThrow().getSipSignalingPort());
        assertPatch(mock.take(), STABLE_SIP, "{\"trunks\":{\"sbc3.contoso.com\":{\"sipSignalingPort\":5063}}}");
        assertEquals(1, mock.requests());
    }

    @Test
    void setTrunkWithPreviewFields() throws Exception {
        mock.ok("preview-config.json");
        preview.setTrunk(SipTrunk.builder("sbc1.contoso.com", 1122).enabled(true).directTransfer(true)
            .privacyHeader(SipTrunkPrivacyHeader.NONE).ipAddressVersion(SipTrunkIpAddressVersion.IPV4).build());
        assertPatch(mock.take(), PREVIEW_SIP, "{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":1122,"
            + "\"enabled\":true,\"directTransfer\":true,\"privacyHeader\":\"none\",\"ipAddressVersion\":\"ipv4\"}}}");
    }

    @Test
    void invalidTrunksAreRefusedLocally() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> stable.setTrunk(new SipTrunk("-1", 5061)));
        assertTrue(e.getMessage().contains("InvalidTrunkFqdn"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> stable.setTrunk(new SipTrunk("sbc.contoso.com", 0)));
        assertTrue(e.getMessage().contains("InvalidTrunkSipSignalingPort"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stable.setTrunks(List.of(
            new SipTrunk("a.contoso.com", 1), new SipTrunk("a.contoso.com", 2))));
        assertThrows(IllegalArgumentException.class, () -> stable.setTrunk(null));
        assertEquals(0, mock.requests());
    }

    @Test
    void setTrunksReplacesTheWholeSetInOnePatch() throws Exception {
        mock.ok("stable-config-one-route.json").ok("stable-config-after-patch.json");
        SipConfiguration answered = stable.setTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5061),
            new SipTrunk("sbc3.contoso.com", 5063)));
        assertEquals(3, answered.getTrunks().size());
        assertGet(mock.take(), STABLE_SIP);
        assertPatch(mock.take(), STABLE_SIP, "{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061},"
            + "\"sbc3.contoso.com\":{\"sipSignalingPort\":5063},\"sbc2.contoso.com\":null}}");
    }

    @Test
    void setTrunksThatWouldOrphanARouteAreRefused() throws Exception {
        mock.ok("stable-config.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> stable.setTrunks(List.of(new SipTrunk("sbc2.contoso.com", 5062))));
        assertTrue(e.getMessage().contains("MissingTrunk (route 'US'): trunk 'sbc1.contoso.com'"), e.getMessage());
        assertGet(mock.take(), STABLE_SIP);
        assertEquals(1, mock.requests());
    }

    @Test
    void setTrunksWithNothingToDoSendsNoPatch() throws Exception {
        mock.ok("stable-empty.json");
        assertEquals(SipConfiguration.empty(), stable.setTrunks(List.of()));
        assertEquals(1, mock.requests());
    }

    @Test
    void deleteTrunkIsOnePatchWithNull() throws Exception {
        mock.ok("stable-config.json");
        stable.deleteTrunk("sbc2.contoso.com");
        assertPatch(mock.take(), STABLE_SIP, "{\"trunks\":{\"sbc2.contoso.com\":null}}");
        assertEquals(1, mock.requests());
    }

    @Test
    void patchBodiesAreByteForByteThoseOfTheRecordedTraffic() throws Exception {
        // content hashes recorded from the real service (Java 2023 and JS recordings): same bytes, same hash
        mock.ok("stable-empty.json").ok("stable-empty.json");
        stable.setTrunk(new SipTrunk("delete-5063f5d873cc4fa39341af5bf03930aa.testdomain.com", 5678));
        RecordedRequest upsert = mock.take();
        assertEquals(95, body(upsert).length());
        assertEquals("FlvQMyDM1zo3c4W85R2ZCdRSJZJXmh9CWwVqXbi6mPc=", upsert.getHeaders().get("x-ms-content-sha256"));
        stable.deleteTrunk("notExisting.fqdn.com");
        assertEquals("wGT5Ky3Gb+E1lNwRgfWhIkOwfQp1iTMH5UfRTNwWlnw=",
            mock.take().getHeaders().get("x-ms-content-sha256"));
    }

    @Test
    void unprocessableConfigurationCarriesTheInnerCode() throws Exception {
        mock.error(422, "error-missing-trunk.json");
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> stable.deleteTrunk("sbc1.contoso.com"));
        assertEquals(422, e.getStatusCode());
        assertEquals("UnprocessableConfiguration", e.getErrorCode());
        assertEquals("MissingTrunk", e.getInnerErrorCode());
        assertEquals("Route targeting a missing trunk.", e.getInnerErrorMessage());
        assertTrue(e.getMessage().contains("MissingTrunk"), e.getMessage());

        mock.error(422, "error-invalid-fqdn.json");
        e = assertThrows(CommunicationException.class, () -> stable.setTrunk(new SipTrunk("sbc.invalid", 5061)));
        assertEquals("InvalidTrunkFqdn", e.getInnerErrorCode());
    }

    @Test
    void setRoutesSendsTheWholeListExactly() throws Exception {
        mock.ok("stable-config.json");
        stable.setRoutes(List.of(
            SipTrunkRoute.builder("US", "^\\+1\\d{10}$").description("US numbers").trunks("sbc1.contoso.com").build(),
            new SipTrunkRoute("All", "^+[1-9][0-9]{3,23}$", List.of("sbc1.contoso.com", "sbc2.contoso.com"))));
        assertPatch(mock.take(), STABLE_SIP, "{\"routes\":[{\"description\":\"US numbers\",\"name\":\"US\","
            + "\"numberPattern\":\"^\\\\+1\\\\d{10}$\",\"trunks\":[\"sbc1.contoso.com\"]},{\"name\":\"All\","
            + "\"numberPattern\":\"^+[1-9][0-9]{3,23}$\",\"trunks\":[\"sbc1.contoso.com\",\"sbc2.contoso.com\"]}]}");
    }

    @Test
    void setRoutesEmptyClearsThem() throws Exception {
        mock.ok("stable-empty.json");
        stable.setRoutes(List.of());
        assertPatch(mock.take(), STABLE_SIP, "{\"routes\":[]}");
    }

    @Test
    void invalidRoutesAreRefusedLocallyAndServiceErrorsAreMapped() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stable.setRoutes(List.of(
            new SipTrunkRoute("US", "^1$", List.of()), new SipTrunkRoute("US", "^2$", List.of()))));
        assertTrue(e.getMessage().contains("DuplicatedRoute"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> stable.setRoutes(List.of(
            new SipTrunkRoute("R", "^1$", List.of("a.contoso.com", "a.contoso.com")))));
        assertTrue(e.getMessage().contains("RouteWithDuplicatedTrunk"), e.getMessage());
        assertEquals(0, mock.requests());

        // names the service considers duplicates in ways we do not know are still reported with its code
        mock.error(400, "error-duplicated-route.json");
        CommunicationException ce = assertThrows(CommunicationException.class, () -> stable.setRoutes(List.of(
            new SipTrunkRoute("US", "^1$", List.of()), new SipTrunkRoute("us", "^2$", List.of()))));
        assertEquals(400, ce.getStatusCode());
        assertEquals("DuplicatedRoute", ce.getInnerErrorCode());
    }

    @Test
    void domains() throws Exception {
        mock.ok("preview-config.json").ok("preview-config.json");
        assertEquals(2, preview.listDomains().size());
        assertFalse(preview.getDomain("fabrikam.com").orElseThrow().isEnabled());
        assertGet(mock.take(), PREVIEW_SIP);
        assertGet(mock.take(), PREVIEW_SIP);

        mock.ok("preview-config.json");
        preview.setDomain(new SipDomain("x.test", false));
        assertPatch(mock.take(), PREVIEW_SIP, "{\"domains\":{\"x.test\":{\"enabled\":false}}}");

        mock.ok("preview-config.json").ok("preview-config.json");
        preview.setDomains(List.of(new SipDomain("contoso.com", true), new SipDomain("new.test", false)));
        assertGet(mock.take(), PREVIEW_SIP);
        assertPatch(mock.take(), PREVIEW_SIP, "{\"domains\":{\"contoso.com\":{\"enabled\":true},"
            + "\"new.test\":{\"enabled\":false},\"fabrikam.com\":null}}");

        mock.ok("preview-config.json");
        preview.deleteDomain("fabrikam.com");
        assertPatch(mock.take(), PREVIEW_SIP, "{\"domains\":{\"fabrikam.com\":null}}");
    }

    @Test
    void testRoutesWithNumberPostsTheConfiguration() throws Exception {
        mock.ok("test-routes-response.json");
        SipConfiguration config = new SipConfiguration(List.of(SipTrunk.builder("seattle.contoso.com", 5011)
            .enabled(true).build()), List.of(new SipTrunkRoute("Seattle", "^\\+1(425|206)\\d{7}$",
            List.of("seattle.contoso.com"))), List.of(new SipDomain("contoso.com", true)));
        List<SipTrunkRoute> matching = preview.testRoutesWithNumber("+14251234567", config);
        assertEquals(List.of("Seattle", "US", "Global"),
            matching.stream().map(SipTrunkRoute::getName).collect(Collectors.toList()));
        assertEquals("+1234567890", matching.get(2).getCallerIdOverride());
        RecordedRequest r = mock.take();
        assertEquals("POST", r.getMethod());
        assertEquals("/sip:testRoutesWithNumber?targetPhoneNumber=%2B14251234567&api-version=2024-11-15-preview",
            r.getTarget());
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals("{\"domains\":{\"contoso.com\":{\"enabled\":true}},\"trunks\":{\"seattle.contoso.com\":"
            + "{\"sipSignalingPort\":5011,\"enabled\":true}},\"routes\":[{\"name\":\"Seattle\",\"numberPattern\":"
            + "\"^\\\\+1(425|206)\\\\d{7}$\",\"trunks\":[\"seattle.contoso.com\"]}]}", body(r));
    }

    @Test
    void testRoutesWithNumberOnTheCurrentConfigurationReadsItFirst() throws Exception {
        mock.ok("preview-config.json").ok("test-routes-response.json");
        assertEquals(3, preview.testRoutesWithNumber("+14251234567").size());
        assertGet(mock.take(), PREVIEW_SIP);
        RecordedRequest post = mock.take();
        assertEquals("POST", post.getMethod());
        assertTrue(body(post).startsWith("{\"domains\":{\"contoso.com\":{\"enabled\":true},\"fabrikam.com\":"),
            body(post));
    }

    @Test
    void planThenApplySendsOneMergePatch() throws Exception {
        mock.ok("stable-config.json");
        SipConfiguration desired = new SipConfiguration(
            List.of(new SipTrunk("sbc1.contoso.com", 5061), new SipTrunk("sbc3.contoso.com", 5063)),
            List.of(new SipTrunkRoute("Default", "^\\+\\d+$", List.of("sbc3.contoso.com", "sbc1.contoso.com"))));
        SipConfigurationPlan plan = stable.plan(desired);
        assertEquals("sbc2.contoso.com", plan.getTrunksRemoved().get(0).getFqdn());
        assertEquals("US", plan.getRoutesRemoved().get(0).getName());
        assertGet(mock.take(), STABLE_SIP);

        mock.ok("stable-config.json").ok("stable-config-after-patch.json");
        SipConfiguration answered = stable.apply(plan);
        assertEquals(3, answered.getTrunks().size());
        assertGet(mock.take(), STABLE_SIP);
        assertPatch(mock.take(), STABLE_SIP, "{\"trunks\":{\"sbc3.contoso.com\":{\"sipSignalingPort\":5063},"
            + "\"sbc2.contoso.com\":null},\"routes\":[{\"name\":\"Default\",\"numberPattern\":\"^\\\\+\\\\d+$\","
            + "\"trunks\":[\"sbc3.contoso.com\",\"sbc1.contoso.com\"]}]}");
        assertEquals(3, mock.requests());
    }

    @Test
    void applyRefusesWhenTheConfigurationChangedSinceThePlan() throws Exception {
        mock.ok("stable-config.json");
        SipConfigurationPlan plan = stable.plan(new SipConfiguration(
            List.of(new SipTrunk("sbc1.contoso.com", 5061)), List.of()));
        mock.ok("stable-config-after-patch.json");
        SipConfigurationChangedException e = assertThrows(SipConfigurationChangedException.class,
            () -> stable.apply(plan));
        assertEquals("The SIP configuration changed since the plan was made (trunk 'sbc3.contoso.com' was added);"
            + " nothing was sent. Make a new plan and review it.", e.getMessage());
        assertEquals(2, mock.requests());
    }

    @Test
    void applyOfAnEmptyPlanSendsNothing() throws Exception {
        mock.ok("stable-config.json").ok("stable-config.json");
        SipConfiguration same = stable.getConfiguration();
        mock.ok("stable-config.json");
        SipConfigurationPlan plan = stable.plan(same);
        assertTrue(plan.isEmpty());
        assertEquals(same, stable.apply(plan));
        assertEquals(3, mock.requests());
    }

    @Test
    void planRefusesAnInvalidResult() throws Exception {
        mock.ok("stable-config.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stable.plan(
            new SipConfiguration(List.of(), List.of(new SipTrunkRoute("R", "^1$", List.of("gone.contoso.com"))))));
        assertTrue(e.getMessage().contains("MissingTrunk"), e.getMessage());
    }

    @Test
    void dryRunAndLintOnTheCurrentConfiguration() throws Exception {
        mock.ok("stable-config.json").ok("stable-config.json");
        RouteDryRunResult r = stable.dryRun("+14255550100");
        assertEquals("US", r.getRoute().orElseThrow().getName());
        assertEquals(List.of("sbc1.contoso.com"), fqdns(r.getTrunks()));
        List<SipLintFinding> findings = stable.lint();
        assertTrue(findings.stream().noneMatch(f -> f.getSeverity() != SipLintFinding.Severity.INFO),
            findings.toString());
        assertEquals(2, mock.requests());
        // the local variants send nothing
        assertEquals(RouteDryRunResult.Outcome.NO_ROUTE, stable.dryRun("+1", SipConfiguration.empty()).getOutcome());
        assertTrue(stable.lint(SipConfiguration.empty()).isEmpty());
        assertEquals(2, mock.requests());
    }

    @Test
    void localDryRunAgreesWithTheServiceExample() throws Exception {
        // the service's example answer for +14251234567 lists Seattle, US, Global; the local run picks Seattle
        mock.ok("test-routes-response.json");
        SipConfiguration example = io.github.acsnumbers.siprouting.routing.RouteDryRunTestAccess.example();
        List<String> remote = preview.testRoutesWithNumber("+14251234567", example).stream()
            .map(SipTrunkRoute::getName).collect(Collectors.toList());
        RouteDryRunResult local = preview.dryRun("+14251234567", example);
        assertEquals(remote, local.getMatchingRoutes().stream().map(SipTrunkRoute::getName)
            .collect(Collectors.toList()));
        assertEquals(remote.get(0), local.getRoute().orElseThrow().getName());
    }

    @Test
    void nullArgumentsAreRejectedWithoutARequest() {
        List<Consumer<SipRoutingClient>> calls = List.of(c -> c.setTrunks(null), c -> c.setRoutes(null),
            c -> c.deleteTrunk(null), c -> c.plan(null), c -> c.apply(null), c -> c.dryRun(null),
            c -> c.testRoutesWithNumber(null), c -> c.setRoutes(java.util.Arrays.asList((SipTrunkRoute) null)));
        for (Consumer<SipRoutingClient> call : calls) {
            assertThrows(IllegalArgumentException.class, () -> call.accept(preview));
        }
        assertEquals(0, mock.requests());
    }
}
