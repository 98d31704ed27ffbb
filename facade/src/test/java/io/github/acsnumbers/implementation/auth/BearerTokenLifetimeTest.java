package io.github.acsnumbers.implementation.auth;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.OfflineService;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a bearer token is fetched again: exactly at the refresh margin, never for a token without expiry. */
class BearerTokenLifetimeTest {
    private final OfflineService service = new OfflineService();
    private final List<String> fetched = new ArrayList<>();

    private HttpPipeline pipeline(AccessTokenSource source, Duration margin) {
        return service.builder(RetryOptions.none())
            .addInterceptor(new BearerTokenInterceptor(source, service.time, margin)).build();
    }

    private static String call(HttpPipeline p) {
        return p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
    }

    @Test
    void aTokenServesUntilTheRefreshMarginBeforeItsExpiry() {
        OffsetDateTime expiry = service.time.instant().atOffset(ZoneOffset.UTC).plusMinutes(10);
        HttpPipeline p = pipeline(scope -> {
            fetched.add(scope);
            return new AccessTokenSource.Token("t" + fetched.size(), expiry);
        }, Duration.ofMinutes(5));
        service.always(status(200, "ok"));
        call(p);
        service.time.advance(Duration.ofMinutes(5).minusSeconds(1));
        call(p);
        assertEquals(1, fetched.size(), "one second before the margin the token still serves");
        service.time.advance(Duration.ofSeconds(1));
        call(p);
        assertEquals(2, fetched.size(), "at the margin a new token is fetched");
        assertEquals(List.of("Bearer t1", "Bearer t1", "Bearer t2"),
            service.sent.stream().map(r -> r.header("Authorization")).toList());
    }

    @Test
    void aTokenWithoutExpiryIsFetchedOnce() {
        HttpPipeline p = pipeline(scope -> {
            fetched.add(scope);
            return new AccessTokenSource.Token("forever", null);
        }, Duration.ofMinutes(5));
        service.always(status(200, "ok"));
        for (int i = 0; i < 3; i++) {
            call(p);
            service.time.advance(Duration.ofDays(400));
        }
        assertEquals(List.of(BearerTokenInterceptor.SCOPE), fetched);
    }

    @Test
    void aSourceThatFailsEndsTheCallWithoutSendingIt() {
        HttpPipeline p = pipeline(scope -> {
            throw new IllegalStateException("no credential configured");
        }, Duration.ofMinutes(5));
        CommunicationException e = assertThrows(CommunicationException.class, () -> call(p));
        assertTrue(e.getMessage().startsWith("GET /x failed: IOException - Could not get an Entra ID token"),
            e.getMessage());
        IOException io = assertInstanceOf(IOException.class, e.getCause());
        assertEquals("Could not get an Entra ID token for " + BearerTokenInterceptor.SCOPE + ": IllegalStateException",
            io.getMessage());
        assertInstanceOf(IllegalStateException.class, io.getCause());
        assertTrue(service.sent.isEmpty());
    }

    @Test
    void anInterceptorNeedsItsParts() {
        AccessTokenSource source = scope -> new AccessTokenSource.Token("x", null);
        assertThrows(IllegalArgumentException.class,
            () -> new BearerTokenInterceptor(null, service.time, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new BearerTokenInterceptor(source, null, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new BearerTokenInterceptor(source, service.time, null));
        assertFalse(new AccessTokenSource.Token("abc-secret", null).toString().contains("abc-secret"));
    }
}
