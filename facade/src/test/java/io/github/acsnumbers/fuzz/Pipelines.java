package io.github.acsnumbers.fuzz;

import io.github.acsnumbers.implementation.http.Endpoints;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.core.retry.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Pipelines that never touch the network: the authentication slot (the last SDK interceptor before the wire) is
 * replaced by a function that answers each request, so whole send/handle/error-mapping paths run in microseconds.
 */
public final class Pipelines {
    /** The endpoint of every offline pipeline. */
    public static final String ENDPOINT = "https://contoso.communication.azure.com/";
    /** A fixed clock. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private Pipelines() {
    }

    /**
     * @param endpoint  the endpoint
     * @param responder answers each request
     * @return a pipeline that does not retry and sends nothing
     */
    public static HttpPipeline offline(String endpoint, Function<Request, Response> responder) {
        return offline(endpoint, RetryOptions.none(), d -> { }, responder);
    }

    /**
     * @param endpoint  the endpoint
     * @param retry     retry settings
     * @param sleeper   records (or performs) the waits between retries
     * @param responder answers each request
     * @return a pipeline that sends nothing
     */
    public static HttpPipeline offline(String endpoint, RetryOptions retry, Sleeper sleeper,
                                       Function<Request, Response> responder) {
        return HttpPipeline.builder()
            .endpoint(Endpoints.parse(endpoint))
            .authentication(chain -> responder.apply(chain.request()))
            .retryOptions(retry)
            .sleeper(sleeper)
            .clock(CLOCK)
            .component("fuzz")
            .build();
    }

    /**
     * @param request     the request answered
     * @param status      the status
     * @param contentType the content type, or null
     * @param body        the body bytes
     * @return a response
     */
    public static Response response(Request request, int status, String contentType, byte[] body) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(status).message("fuzz")
            .body(ResponseBody.create(body, contentType == null ? null : MediaType.get(contentType)))
            .build();
    }
}
