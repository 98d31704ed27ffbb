package io.github.acsnumbers.implementation.http;

import static io.github.acsnumbers.implementation.http.OfflineService.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.core.retry.RetryOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Each attempt is bounded by the time left before the call's deadline, unless the user's own client sets a shorter
 * call timeout. The pipelines here hand every bound to OkHttp's own timer (the shared sweeper takes bounds of 2 s and
 * more, see {@link AttemptTimerTest}), so that the bound is visible on the call.
 */
class CallTimeoutShareTest {
    private final OfflineService service = new OfflineService();
    private final List<Long> seen = new CopyOnWriteArrayList<>();

    private HttpPipeline pipeline(OkHttpClient client, Duration callTimeout) {
        return service.builder(RetryOptions.defaults().withJitter(0)).httpClient(client).callTimeout(callTimeout)
            .attemptTimer(new AttemptTimer(Long.MAX_VALUE, TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(1)))
            .addInterceptor(chain -> {
                seen.add(chain.call().timeout().timeoutNanos());
                return chain.proceed(chain.request());
            }).build();
    }

    private static void call(HttpPipeline p) {
        p.send(ServiceRequest.of(() -> p.get("/x"), ServiceResponse::bodyString));
    }

    @Test
    void withoutATimeoutOfItsOwnAnAttemptGetsWhatIsLeftOfTheCall() {
        HttpPipeline p = pipeline(null, Duration.ofSeconds(30));
        service.then(status(503, null, "Retry-After", "10"), status(200, "ok"));
        call(p);
        assertEquals(List.of(TimeUnit.SECONDS.toNanos(30), TimeUnit.SECONDS.toNanos(20)), seen);
    }

    @Test
    void theUsersShorterCallTimeoutIsKept() {
        OkHttpClient own = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();
        HttpPipeline p = pipeline(own, Duration.ofSeconds(30));
        service.then(status(200, "ok"));
        call(p);
        assertEquals(List.of(TimeUnit.SECONDS.toNanos(5)), seen);
    }

    @Test
    void theUsersLongerCallTimeoutIsCutToTheDeadline() {
        OkHttpClient own = new OkHttpClient.Builder().callTimeout(50, TimeUnit.SECONDS).build();
        HttpPipeline p = pipeline(own, Duration.ofSeconds(30));
        service.then(status(200, "ok"));
        call(p);
        assertEquals(List.of(TimeUnit.SECONDS.toNanos(30)), seen);
    }
}
