package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.retry.RetryOptions;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The headers every request gets, the ones a caller set are kept, and the known operation statuses. */
class RequestHeadersTest {

    @Test
    void acceptLanguageIsAddedWhenConfiguredAndACallersOwnHeadersAreKept() {
        OfflineService service = new OfflineService();
        HttpPipeline p = service.builder(RetryOptions.none()).acceptLanguage("fr-FR").build();
        service.then(status(200, "a"), status(200, "b"));
        p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
        p.send(ServiceRequest.of(() -> p.newCall(new Request.Builder().url(p.resolve("/y"))
            .header("Accept-Language", "de-DE").header("Accept", "text/plain")
            .header("x-ms-client-request-id", "mine-1").build()), ServiceResponse::bodyString));
        Request first = service.sent.get(0);
        assertEquals("fr-FR", first.header("Accept-Language"));
        assertEquals("application/json", first.header("Accept"));
        Request second = service.sent.get(1);
        assertEquals("de-DE", second.header("Accept-Language"));
        assertEquals("text/plain", second.header("Accept"));
        assertEquals("mine-1", second.header("x-ms-client-request-id"));

        OfflineService plain = new OfflineService();
        HttpPipeline q = plain.pipeline();
        plain.then(status(200, "c"));
        q.send(ServiceRequest.of(() -> q.get("/z"), ServiceResponse::bodyString));
        assertNull(plain.sent.get(0).header("Accept-Language"));
    }

    @Test
    void theKnownOperationStatusesAreListed() {
        assertTrue(OperationStatus.values().containsAll(java.util.List.of(OperationStatus.NOT_STARTED,
            OperationStatus.RUNNING, OperationStatus.SUCCEEDED, OperationStatus.FAILED, OperationStatus.CANCELLED)));
    }
}
