package io.github.acsnumbers.siprouting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values from the service that break the facade's own rules are reported as the service sent them: kept when
 * they fit the model (a port of 70000), an error quoting them when they do not (never a silently truncated int).
 */
class ServiceValuesAsSentTest {
    private SipMockServer mock;

    @BeforeEach
    void start() throws Exception {
        mock = new SipMockServer();
    }

    @AfterEach
    void stop() throws Exception {
        mock.close();
    }

    private void answer(String port) {
        mock.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"trunks\":{\"a.example.com\":{\"sipSignalingPort\":" + port + "}},\"routes\":[]}").build());
    }

    @Test
    void aPortBeyondAnIntIsAnErrorQuotingItOnBothSides() throws Exception {
        for (String port : new String[] {"99999999999", "5061.5", "-99999999999"}) {
            answer(port);
            CommunicationException sync = assertThrows(CommunicationException.class,
                () -> mock.client(SipRoutingServiceVersion.V2023_03_01).getConfiguration());
            assertTrue(sync.getMessage().contains("sipSignalingPort " + port), sync.getMessage());
            assertFalse(sync.getMessage().contains("1215752191"), sync.getMessage());
            answer(port);
            ExecutionException async = assertThrows(ExecutionException.class,
                () -> mock.asyncClient(SipRoutingServiceVersion.V2023_03_01).getConfiguration()
                    .get(30, TimeUnit.SECONDS));
            assertInstanceOf(CommunicationException.class, async.getCause());
            assertEquals(sync.getMessage().replaceAll("request-id: \\S+", ""),
                async.getCause().getMessage().replaceAll("request-id: \\S+", ""));
        }
    }

    @Test
    void aPortOutsideTheRangeThatFitsIsKeptAsSent() throws Exception {
        answer("70000");
        SipConfiguration sync = mock.client(SipRoutingServiceVersion.V2023_03_01).getConfiguration();
        assertEquals(70000, sync.getTrunks().get(0).getSipSignalingPort());
        answer("70000");
        SipConfiguration async = mock.asyncClient(SipRoutingServiceVersion.V2023_03_01).getConfiguration()
            .get(30, TimeUnit.SECONDS);
        assertEquals(70000, async.getTrunks().get(0).getSipSignalingPort());
    }
}
