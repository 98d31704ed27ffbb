package io.github.acsnumbers.implementation.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BearerTokenInterceptorTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tokensAreCachedAndRefreshedBeforeExpiry() throws Exception {
        ManualClock clock = new ManualClock();
        List<String> scopes = new ArrayList<>();
        AccessTokenSource source = scope -> {
            scopes.add(scope);
            return new AccessTokenSource.Token("token-" + scopes.size(),
                OffsetDateTime.ofInstant(clock.now.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        };
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            HttpPipeline pipeline = HttpPipeline.builder()
                .endpoint(Endpoints.parse("http://127.0.0.1:" + server.getPort()))
                .authentication(new BearerTokenInterceptor(source, clock, Duration.ofMinutes(5)))
                .clock(clock)
                .build();
            for (int i = 0; i < 4; i++) {
                server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
            }
            ServiceRequest<String> get = ServiceRequest.of(() -> pipeline.get("/sip?api-version=2023-03-01"),
                ServiceResponse::bodyString);
            pipeline.send(get);
            pipeline.send(get);
            clock.now = clock.now.plus(Duration.ofMinutes(54)); // still 6 minutes left: cached
            pipeline.send(get);
            clock.now = clock.now.plus(Duration.ofMinutes(2)); // 4 minutes left: refreshed
            pipeline.send(get);
            assertEquals(List.of(BearerTokenInterceptor.SCOPE, BearerTokenInterceptor.SCOPE), scopes);
            assertEquals("https://communication.azure.com//.default", scopes.get(0));
            String[] seen = new String[4];
            for (int i = 0; i < 4; i++) {
                RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
                seen[i] = r.getHeaders().get("Authorization");
                assertNull(r.getHeaders().get("x-ms-date"), "no HMAC headers with Entra ID");
            }
            assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"), List.of(seen));
        }
        assertFalse(new AccessTokenSource.Token("secret-token", null).toString().contains("secret-token"));
    }
}
