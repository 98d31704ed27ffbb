package io.github.acsnumbers.siprouting;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.github.acsnumbers.siprouting.SipMockServer.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipRoutingAsyncClientTest {
    private SipMockServer mock;
    private SipRoutingAsyncClient stable;
    private SipRoutingAsyncClient preview;

    @BeforeEach
    void start() throws Exception {
        mock = new SipMockServer();
        stable = mock.asyncClient(SipRoutingServiceVersion.V2023_03_01);
        preview = mock.asyncClient(SipRoutingServiceVersion.V2024_11_15_PREVIEW);
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        Throwable cause = e.getCause();
        // a failure inside a later step of a chain arrives wrapped once more
        return cause instanceof java.util.concurrent.CompletionException ? cause.getCause() : cause;
    }

    @Test
    void readsAndWritesLikeTheSyncClient() throws Exception {
        mock.ok("stable-config.json");
        SipConfiguration c = await(stable.getConfiguration());
        assertEquals(2, c.getTrunks().size());
        assertEquals("/sip?api-version=2023-03-01", mock.take().getTarget());

        mock.ok("stable-config-after-patch.json");
        await(stable.setTrunk(new SipTrunk("sbc3.contoso.com", 5063)));
        RecordedRequest patch = mock.take();
        assertEquals("PATCH", patch.getMethod());
        assertEquals("{\"trunks\":{\"sbc3.contoso.com\":{\"sipSignalingPort\":5063}}}", body(patch));
    }

    @Test
    void setTrunksChainsTheReadAndThePatch() throws Exception {
        mock.ok("stable-config-one-route.json").ok("stable-config-after-patch.json");
        SipConfiguration answered = await(stable.setTrunks(List.of(new SipTrunk("sbc1.contoso.com", 5061))));
        assertEquals(3, answered.getTrunks().size());
        assertEquals("GET", mock.take().getMethod());
        assertEquals("{\"trunks\":{\"sbc1.contoso.com\":{\"sipSignalingPort\":5061},\"sbc2.contoso.com\":null}}",
            body(mock.take()));
    }

    @Test
    void serviceErrorsFailTheFuture() {
        mock.error(422, "error-missing-trunk.json");
        Throwable t = failure(stable.deleteTrunk("sbc1.contoso.com"));
        CommunicationException e = assertInstanceOf(CommunicationException.class, t);
        assertEquals(422, e.getStatusCode());
        assertEquals("MissingTrunk", e.getInnerErrorCode());
    }

    @Test
    void previewOnlyCallsFailTheFutureWithoutARequest() {
        for (CompletableFuture<?> f : List.of(stable.listDomains(), stable.listTrunks(true),
            stable.setDomain(new SipDomain("contoso.com", true)), stable.testRoutesWithNumber("+14255550100"))) {
            Throwable t = failure(f);
            assertInstanceOf(UnsupportedOperationException.class, t);
            assertTrue(t.getMessage().contains("2024-11-15-preview"), t.getMessage());
        }
        assertInstanceOf(IllegalArgumentException.class, failure(stable.setTrunk(new SipTrunk("-1", 5061))));
        assertEquals(0, mock.requests());
    }

    @Test
    void applyDetectsAConcurrentChange() throws Exception {
        mock.ok("stable-config.json");
        SipConfigurationPlan plan = await(stable.plan(new SipConfiguration(
            List.of(new SipTrunk("sbc1.contoso.com", 5061)), List.of())));
        mock.ok("stable-config-after-patch.json");
        assertInstanceOf(SipConfigurationChangedException.class, failure(stable.apply(plan)));
        assertEquals(2, mock.requests());
    }

    @Test
    void previewOperations() throws Exception {
        mock.ok("preview-config.json").ok("test-routes-response.json");
        List<SipTrunkRoute> routes = await(preview.testRoutesWithNumber("+14251234567"));
        assertEquals("Seattle", routes.get(0).getName());
        mock.take();
        assertTrue(mock.take().getTarget().startsWith("/sip:testRoutesWithNumber?targetPhoneNumber=%2B14251234567"));

        mock.ok("preview-config.json");
        assertEquals(2, await(preview.listDomains()).size());
        mock.ok("preview-config.json");
        RouteDryRunResult r = await(preview.dryRun("+14255550100"));
        assertEquals("US", r.getRoute().orElseThrow().getName());
    }
}
