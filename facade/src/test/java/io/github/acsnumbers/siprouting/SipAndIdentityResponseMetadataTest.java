package io.github.acsnumbers.siprouting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.http.RequestOptions;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ...WithResponse} of the SIP routing and identity clients: a change that reads the configuration before it
 * patches reports the PATCH, and the caller's headers go on both requests; sync and async agree.
 */
class SipAndIdentityResponseMetadataTest {
    private static final String USER_ID = "8:acs:2dee53b4-368b-45b4-ab52-8493fb117652_00000005-14a2-493b-8a72-5a3a0d000081";
    private SipMockServer mock;

    @BeforeEach
    void start() throws Exception {
        mock = new SipMockServer();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private void answer(int status, String fixture, String cv) {
        mock.server.enqueue(new MockResponse.Builder().code(status)
            .addHeader("Content-Type", "application/json; charset=utf-8").addHeader("MS-CV", cv)
            .body(SipMockServer.fixture(fixture)).build());
    }

    private static List<SipTrunk> trunks() {
        return List.of(new SipTrunk("sbc1.contoso.com", 5061), new SipTrunk("sbc2.contoso.com", 5062),
            new SipTrunk("sbc3.contoso.com", 5063));
    }

    @Test
    void aReadThenPatchReportsThePatchAndCarriesTheHeadersOnBoth() throws Exception {
        RequestOptions options = new RequestOptions().withHeader("x-correlation-id", "sip-change-7");
        SipRoutingClient sync = mock.client(SipRoutingServiceVersion.V2023_03_01);
        SipRoutingAsyncClient async = mock.asyncClient(SipRoutingServiceVersion.V2023_03_01);

        answer(200, "stable-config.json", "cv-read");
        answer(200, "stable-config-after-patch.json", "cv-patch");
        Response<SipConfiguration> s = sync.setTrunksWithResponse(trunks(), options);
        answer(200, "stable-config.json", "cv-read");
        answer(200, "stable-config-after-patch.json", "cv-patch");
        Response<SipConfiguration> a = async.setTrunksWithResponse(trunks(), options).get(10, TimeUnit.SECONDS);

        for (Response<SipConfiguration> r : List.of(s, a)) {
            assertEquals(200, r.getStatusCode());
            assertEquals("cv-patch", r.getCorrelationVector(), "the last response: the PATCH");
            assertEquals(3, r.getValue().getTrunks().size());
        }
        for (int i = 0; i < 2; i++) {
            RecordedRequest read = mock.take();
            RecordedRequest patch = mock.take();
            assertEquals("GET", read.getMethod());
            assertEquals("PATCH", patch.getMethod());
            assertEquals("sip-change-7", read.getHeaders().get("x-correlation-id"));
            assertEquals("sip-change-7", patch.getHeaders().get("x-correlation-id"));
            assertEquals(patch.getHeaders().get("x-ms-client-request-id"), (i == 0 ? s : a).getRequestId());
        }
    }

    @Test
    void aReadReportsItsResponse() throws Exception {
        answer(200, "stable-config.json", "cv-get");
        Response<SipConfiguration> r = mock.client(SipRoutingServiceVersion.V2023_03_01)
            .getConfigurationWithResponse(null);
        assertEquals("cv-get", r.getCorrelationVector());
        assertEquals(2, r.getValue().getTrunks().size());
        assertNull(mock.take().getHeaders().get("x-correlation-id"));
    }

    @Test
    void identityCallsReportTheirResponse() throws Exception {
        CommunicationIdentityClientBuilder builder = new CommunicationIdentityClientBuilder()
            .endpoint("http://127.0.0.1:" + mock.server.getPort()).credential(new KeyCredential("dGVzdC1rZXk="));
        CommunicationIdentityClient sync = builder.buildClient();
        CommunicationIdentityAsyncClient async = builder.buildAsyncClient();
        String created = "{\"identity\":{\"id\":\"" + USER_ID + "\"}}";
        RequestOptions options = new RequestOptions().withHeader("x-correlation-id", "user-1");
        for (int i = 0; i < 2; i++) {
            mock.server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                .addHeader("MS-CV", "cv-user").body(created).build());
        }
        Response<CommunicationUserIdentifier> s = sync.createUserWithResponse(options);
        Response<CommunicationUserIdentifier> a = async.createUserWithResponse(options).get(10, TimeUnit.SECONDS);
        for (Response<CommunicationUserIdentifier> r : List.of(s, a)) {
            assertEquals(201, r.getStatusCode());
            assertEquals(USER_ID, r.getValue().getId());
            assertEquals("cv-user", r.getCorrelationVector());
            RecordedRequest sent = mock.take();
            assertEquals("user-1", sent.getHeaders().get("x-correlation-id"));
            assertEquals(sent.getHeaders().get("x-ms-client-request-id"), r.getRequestId());
        }
        mock.server.enqueue(new MockResponse.Builder().code(204).build());
        assertEquals(204, sync.deleteUserWithResponse(new CommunicationUserIdentifier(USER_ID), null)
            .getStatusCode());
    }
}
