package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.retry.RetryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A scripted service behind a real {@link HttpPipeline}, without a socket: the pipeline's authentication slot answers
 * each request from a queue of scripted answers (a status, headers and body, or an I/O failure), and records what was
 * sent. Time is a {@link FakeTime}, so waits and deadlines are counted, never slept.
 */
public final class OfflineService {
    /** One scripted answer. */
    public interface Answer {
        /**
         * @param request the request being answered
         * @return the response
         * @throws IOException to simulate a transport failure
         */
        Response answer(Request request) throws IOException;
    }

    /** The fake time of the pipeline (its clock and its sleeper). */
    public final FakeTime time = new FakeTime();
    /** Every request that reached the wire, in order. */
    public final List<Request> sent = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private Answer otherwise = r -> {
        throw new AssertionError("unexpected request " + r.method() + " " + r.url().encodedPath());
    };

    /** @return a pipeline on this service that does not retry */
    public HttpPipeline pipeline() {
        return pipeline(RetryOptions.none());
    }

    /**
     * @param retry the retry settings
     * @return a pipeline on this service
     */
    public HttpPipeline pipeline(RetryOptions retry) {
        return builder(retry).build();
    }

    /**
     * @param retry the retry settings
     * @return a pipeline builder on this service, to adjust before {@code build()}
     */
    public HttpPipeline.Builder builder(RetryOptions retry) {
        return HttpPipeline.builder()
            .endpoint(Endpoints.parse("https://contoso.communication.azure.com/"))
            .authentication(chain -> {
                Request r = chain.request();
                synchronized (this) {
                    sent.add(r);
                }
                Answer a;
                synchronized (this) {
                    a = script.isEmpty() ? otherwise : script.poll();
                }
                return a.answer(r);
            })
            .retryOptions(retry)
            .clock(time)
            .sleeper(time)
            .component("offline");
    }

    /**
     * @param answers answers for the next requests, in order
     * @return this
     */
    public synchronized OfflineService then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /**
     * @param answer the answer to every request once the script is used up
     * @return this
     */
    public synchronized OfflineService always(Answer answer) {
        this.otherwise = answer;
        return this;
    }

    /** @return "METHOD path" of every request sent, in order */
    public synchronized List<String> log() {
        List<String> out = new ArrayList<>();
        for (Request r : sent) {
            out.add(r.method() + " " + r.url().encodedPath());
        }
        return out;
    }

    /**
     * @param status  the status
     * @param body    the body (JSON or text), or null for none
     * @param headers header name/value pairs
     * @return an answer
     */
    public static Answer status(int status, String body, String... headers) {
        return r -> {
            Response.Builder b = new Response.Builder().request(r).protocol(Protocol.HTTP_1_1).code(status)
                .message("scripted")
                .body(ResponseBody.create(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                    body == null ? null : MediaType.get("application/json")));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.addHeader(headers[i], headers[i + 1]);
            }
            return b.build();
        };
    }

    /**
     * @param error the failure to throw
     * @return an answer that fails on the wire
     */
    public static Answer fail(IOException error) {
        return r -> {
            throw error;
        };
    }

    /**
     * @param status  the status
     * @param json    a flat JSON object as name/value pairs
     * @return an answer with that JSON body
     */
    public static Answer json(int status, Map<String, String> json) {
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        json.forEach(o::addProperty);
        return status(status, o.toString());
    }
}
