package io.github.acsnumbers.implementation.lro;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.OfflineService;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** Starting an operation, waiting a bounded time, the deprecated cancel, mapped requests and a start that just works. */
class PollerEntryPointsTest {
    private final OfflineService service = new OfflineService();
    private final HttpPipeline pipeline = service.pipeline(RetryOptions.none());

    private ServiceRequest<OperationState> start() {
        return ServiceRequest.of(() -> pipeline.newCall(new Request.Builder().url(pipeline.resolve("/start"))
            .post(RequestBody.create(new byte[0])).build()), r -> new OperationState(r.bodyString(),
            "/operations/" + r.bodyString(), null, OperationStatus.NOT_STARTED, null, null, null));
    }

    private LroDefinition<String> definition() {
        return new LroDefinition<>("kind2",
            s -> ServiceRequest.of(() -> pipeline.get(s.operationLocation()), r -> s.withStatus(
                OperationStatus.fromString(r.bodyString()))),
            s -> ServiceRequest.of(() -> pipeline.get("/result"), r -> r.bodyString()).map(String::toUpperCase),
            s -> ServiceRequest.<Void>of(() -> pipeline.newCall(new Request.Builder()
                .url(pipeline.resolve(s.operationLocation())).delete().build()), r -> null));
    }

    @Test
    @SuppressWarnings("deprecation") // cancel(), the former name of cancelOperation(), must keep working
    void aSyncPollerBeginsWithTheStartAndWaitsABoundedTime() {
        service.then(status(202, "op1"), status(200, "running"), status(200, "running"), status(200, "running"));
        SyncPoller<String> p = SyncPollerImpl.begin(pipeline, start(), definition(), Duration.ofSeconds(4));
        assertEquals("op1", p.getOperationId());
        assertEquals(OperationStatus.RUNNING, p.waitForCompletion(Duration.ofSeconds(10)));
        assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), service.time.waits);
        service.then(status(200, "succeeded"), status(200, "done"));
        assertEquals(OperationStatus.SUCCEEDED, p.waitForCompletion(Duration.ofSeconds(10)));
        assertEquals("DONE", p.getFinalResult(), "the result request's mapping applies");
        service.then(status(202, null));
        p.cancel();
        assertEquals("DELETE /operations/op1", service.log().get(service.log().size() - 1));
        assertEquals(OperationStatus.CANCELLED, p.getStatus());
    }

    @Test
    void anAsyncPollerBeginsWithTheStartAndWaitsABoundedTime() throws Exception {
        service.then(status(202, "op2"), status(200, "running"), status(200, "running"), status(200, "running"));
        AsyncPoller<String> p = AsyncPollerImpl.begin(pipeline, start(), definition(), Duration.ofSeconds(4))
            .get(30, TimeUnit.SECONDS);
        assertEquals("op2", p.getOperationId());
        assertEquals(OperationStatus.RUNNING, p.waitForCompletion(Duration.ofSeconds(10)).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), service.time.waits);
        service.then(status(200, "succeeded"), status(200, "done"));
        assertEquals("DONE", p.getFinalResult().get(30, TimeUnit.SECONDS));
    }

    @Test
    void aStartThatIsAnsweredNeedsNoRecoveryOnEitherSide() throws Exception {
        ServiceRequest<OperationState> lookup = ServiceRequest.of(() -> pipeline.get("/operations/never"),
            r -> null);
        service.then(status(202, "op3"), status(202, "op4"));
        assertEquals("op3", StartRecovery.start(pipeline, start(), lookup).operationId());
        assertEquals("op4", StartRecovery.startAsync(pipeline, start(), lookup).get(30, TimeUnit.SECONDS)
            .operationId());
        assertEquals(List.of("POST /start", "POST /start"), service.log());
    }
}
