package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.retry.Durations;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import io.github.acsnumbers.implementation.retry.RetryPolicy;
import io.github.acsnumbers.implementation.tracing.Telemetry;
import io.github.acsnumbers.implementation.util.RequestIds;
import io.github.acsnumbers.implementation.util.Validation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of a {@link ServiceRequest}, the single retry loop of the SDK: attempt, judge the outcome, wait, attempt
 * again, all within the call's deadline. Each attempt is a new OkHttp call, so the signing interceptor signs every
 * attempt afresh; all attempts carry the same {@code x-ms-client-request-id}. Waits are {@link Exchange#delay}: on
 * the asynchronous side no thread (and no OkHttp dispatcher slot) is held while a call waits to retry.
 *
 * <p>A wait that would end after the deadline is not started: the call fails at once with the last service error
 * (for example the 429 that asked for it).
 */
final class CallExchange {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.retry");

    private CallExchange() {
    }

    static <T> Exchange<T> of(ServiceRequest<T> request) {
        return Exchange.context(run -> {
            Attempts attempts = new Attempts(run, prepare(request), request.explicitReplaySafety());
            return Exchange.loop(attempts, Attempts::finished,
                a -> Exchange.attempt(a::nextCall).then(a::judge)).map(a -> a.result(request));
        }).withinCallTimeout();
    }

    private static Call prepare(ServiceRequest<?> request) {
        try {
            return request.call().get();
        } catch (IllegalArgumentException | CommunicationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CommunicationException("Could not build the request", 0, null, null, ErrorKind.CLIENT_ERROR,
                null, e);
        }
    }

    /** The state of one call's attempts. Used by one run at a time. */
    private static final class Attempts {
        private final Run run;
        private Request request;
        private Call first;
        private final ReplaySafety safety;
        private final RetryPolicy policy;
        private int retries;
        private boolean finished;
        private ServiceResponse response;
        private RuntimeException failure;
        private final Telemetry.Operation operation;
        private Telemetry.Attempt traced;

        Attempts(Run run, Call first, ReplaySafety explicit) {
            this.run = run;
            this.first = first;
            this.request = first.request();
            this.safety = explicit != null ? explicit : ReplaySafety.forMethod(request.method());
            this.policy = run.pipeline().retryPolicy();
            this.operation = run.operation();
            Map<String, String> extra = run.extraHeaders();
            if (!extra.isEmpty()) {
                // the caller's headers (RequestOptions) go on every attempt: the first one is built again
                Request.Builder b = request.newBuilder();
                extra.forEach(b::header);
                this.request = b.build();
                this.first = null;
            }
        }

        boolean finished() {
            return finished;
        }

        Exchange.TimedCall nextCall() {
            Duration left = run.remaining();
            if (left.isNegative() || left.isZero()) {
                throw deadlinePassed();
            }
            // the first attempt is the call as built; a retry is a new call of the same request, carrying the
            // request id the first attempt was sent with, so the service's logs tie the attempts together
            traced = operation.startAttempt(request.method(), retries);
            Request[] sent = {request};
            // the attempt's own trace context (traceparent), never kept in the request a retry is built from
            traced.inject((name, value) -> sent[0] = sent[0].newBuilder().header(name, value).build());
            Call call = first != null && sent[0] == request ? first
                : run.pipeline().okHttpClient().newCall(sent[0]);
            first = null;
            long own = call.timeout().timeoutNanos();
            long nanos = Durations.nanos(left);
            long cap = run.pipeline().attemptTimeoutNanos();
            if (cap > 0 && cap < nanos) {
                nanos = cap; // the SDK's own client bounds each attempt with this one timer
            }
            // the attempt is bounded by the call's deadline or the attempt cap, unless the user's own client's call
            // timeout is shorter still
            return new Exchange.TimedCall(call, own == 0 || nanos < own ? nanos : 0);
        }

        Exchange<Attempts> judge(Exchange.Attempt attempt) {
            if (attempt.failure() != null) {
                IOException e = attempt.failure();
                traced.end(0, attempt.request().header("x-ms-client-request-id"), null, e);
                CommunicationException error = transportFailure(attempt.request(), e);
                if (retries >= policy.options().getMaxRetries() || !policy.retriable(e, safety)) {
                    return finish(null, error);
                }
                return retryAfterWait(policy.backoff(retries + 1), null,
                    "connection failure (" + e.getClass().getSimpleName() + ")",
                    e instanceof InterruptedIOException ? "timeout" : "connection_failure", error);
            }
            ServiceResponse r = attempt.response();
            traced.end(r.status(), r.sentRequestId(), r.header("MS-CV"), null);
            boolean throttled = r.status() == 429;
            if (!policy.retriable(r.status(), safety) || retries >= policy.options().getMaxRetries()) {
                if (throttled) {
                    operation.throttled(policy.retriable(r.status(), safety) ? "retries_exhausted" : "not_retried");
                }
                return finish(r, null);
            }
            Duration requested = policy.retryAfter(r.headers());
            if (requested != null && requested.compareTo(policy.options().getMaxRetryAfter()) > 0) {
                LOG.info("Not retrying {} {}: the service asks to wait {}, longer than the configured maximum {}",
                    request.method(), where(), Durations.describe(requested),
                    Durations.describe(policy.options().getMaxRetryAfter()));
                if (throttled) {
                    operation.throttled("retry_after_too_long");
                }
                return finish(r, null);
            }
            Duration wait = requested != null ? requested : policy.backoff(retries + 1);
            String reason = (throttled ? "throttled (429)" : "status " + r.status())
                + (requested != null ? ", Retry-After " + Durations.describe(requested) : "");
            return retryAfterWait(wait, r, reason, "http_" + r.status(), null);
        }

        private Exchange<Attempts> retryAfterWait(Duration wait, ServiceResponse r, String reason, String reasonCode,
                                                  CommunicationException error) {
            Duration left = run.remaining();
            boolean throttled = r != null && r.status() == 429;
            if (wait.compareTo(left) >= 0) {
                LOG.info("Not retrying {} {} ({}): waiting {} would pass the call's deadline ({} left)",
                    request.method(), where(), reason, Durations.describe(wait),
                    Durations.describe(left));
                if (throttled) {
                    operation.throttled("deadline");
                }
                return finish(r, error);
            }
            if (throttled) {
                operation.throttled("retried");
            }
            operation.retry(reasonCode);
            retries++;
            if (request.header("x-ms-client-request-id") == null) {
                String sent = r != null ? r.sentRequestId() : null;
                request = request.newBuilder().header("x-ms-client-request-id",
                    sent != null ? sent : RequestIds.next()).build();
            }
            LOG.info("Retrying {} {} in {} (retry {} of {}): {}", request.method(), where(),
                Durations.describe(wait), retries, policy.options().getMaxRetries(), reason);
            return Exchange.delay(wait).map(v -> this);
        }

        /** @return the request's path as log lines show it (identifiers masked when the pipeline says so) */
        private String where() {
            return LogRedaction.describe(request.url(), run.pipeline().redactIdentifiers(), false);
        }

        private Exchange<Attempts> finish(ServiceResponse r, CommunicationException error) {
            this.response = r;
            this.failure = error;
            this.finished = true;
            return Exchange.value(this);
        }

        <T> T result(ServiceRequest<T> serviceRequest) {
            if (response != null) {
                run.lastResponse(response);
                operation.response(response.method(), response.status(), response.sentRequestId(),
                    response.header("MS-CV"));
            }
            if (failure != null) {
                throw failure;
            }
            return handle(serviceRequest, response, run.pipeline());
        }

        private CommunicationException deadlinePassed() {
            return new CommunicationException(request.method() + " " + request.url().encodedPath()
                + " did not complete within the call timeout of " + Durations.describe(run.callTimeout())
                + " (retries and their waits included)", 0, null, request.header("x-ms-client-request-id"),
                ErrorKind.CLIENT_ERROR, null, null);
        }
    }

    static <T> T handle(ServiceRequest<T> request, ServiceResponse response, HttpPipeline pipeline) {
        int status = response.status();
        if (status >= 300 && status <= 399) {
            throw redirect(response);
        }
        if (status < 200 || status > 299) {
            throw ErrorMapper.toException(response, pipeline.clock(), !request.isConfidential());
        }
        try {
            return request.handler().handle(response);
        } catch (CommunicationException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(response, e, request.isConfidential());
        } finally {
            response.release(); // a body the handler did not read gives its buffer back
        }
    }

    private static CommunicationException redirect(ServiceResponse response) {
        String location = response.header("Location");
        HttpUrl target = location == null ? null : HttpUrl.parse(location);
        String where = location == null ? "without a Location"
            : "to host " + (target != null ? target.host() : "'" + Validation.abbreviate(location) + "'");
        return new CommunicationException(response.method() + " " + response.path() + " failed: HTTP "
            + response.status() + " redirects " + where + "; the SDK does not follow redirects (the service never "
            + "redirects its API, and following one would send signed requests elsewhere)", response.status(), null,
            response.requestId(), ErrorKind.CLIENT_ERROR, null, null);
    }

    private static CommunicationException unreadable(ServiceResponse response, Exception e, boolean confidential) {
        if (confidential) {
            // a parser's message (and so the cause) can quote the body, which holds a credential here
            return new CommunicationException(response.method() + " " + response.path()
                + " returned a response the SDK could not read (" + e.getClass().getSimpleName()
                + "; details not shown: the exchange carries credentials)", response.status(), null,
                response.requestId(), ErrorKind.CLIENT_ERROR, null, null);
        }
        return new CommunicationException(response.method() + " " + response.path()
            + " returned a response the SDK could not read (" + e.getClass().getSimpleName() + ": "
            + Validation.abbreviate(String.valueOf(e.getMessage())) + ")", response.status(), null,
            response.requestId(), ErrorKind.CLIENT_ERROR, null, e);
    }

    static CommunicationException transportFailure(Request request, IOException e) {
        String what = e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
            ? "timed out" : "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
            : " - " + Validation.abbreviate(e.getMessage()));
        return new CommunicationException(request.method() + " " + request.url().encodedPath() + " " + what, 0,
            null, request.header("x-ms-client-request-id"), ErrorKind.CLIENT_ERROR, null, e);
    }
}
