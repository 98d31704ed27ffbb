package io.github.acsnumbers.implementation.tracing;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Telemetry} through the OpenTelemetry API: the only class of the SDK that refers to OpenTelemetry types,
 * loaded only when the API is on the class path.
 *
 * <p>Span attributes, all from the semantic conventions or Azure's: {@code az.namespace},
 * {@code http.request.method}, {@code server.address}, {@code server.port}, {@code http.response.status_code},
 * {@code http.request.resend_count}, {@code error.type}, {@code az.client_request_id} (the
 * {@code x-ms-client-request-id} sent) and {@code az.service_request_id} (the service's {@code MS-CV}). No URL is
 * recorded: paths hold phone numbers and user ids.
 *
 * <p>Metrics: {@code acs.client.operation.duration} (histogram, seconds, one per public operation, by
 * {@code acs.operation.name} and {@code error.type}), {@code http.client.request.duration} (histogram, seconds,
 * one per HTTP attempt), {@code acs.client.retries} (counter, by {@code acs.retry.reason}) and
 * {@code acs.client.throttles} (counter of HTTP 429 answers, by {@code acs.throttle.outcome}).
 */
final class OpenTelemetrySupport extends Telemetry {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.tracing");
    static final AttributeKey<String> AZ_NAMESPACE = AttributeKey.stringKey("az.namespace");
    static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> CLIENT_REQUEST_ID = AttributeKey.stringKey("az.client_request_id");
    static final AttributeKey<String> SERVICE_REQUEST_ID = AttributeKey.stringKey("az.service_request_id");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("acs.operation.name");
    static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("acs.retry.reason");
    static final AttributeKey<String> THROTTLE_OUTCOME = AttributeKey.stringKey("acs.throttle.outcome");

    /** The semantic conventions' advice for HTTP client durations, in seconds. */
    private static final List<Double> BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0,
        2.5, 5.0, 7.5, 10.0, 30.0, 60.0, 180.0);

    private static final TextMapSetter<BiConsumer<String, String>> SETTER = (carrier, key, value) -> {
        if (carrier != null) {
            carrier.accept(key, value);
        }
    };

    private final OpenTelemetry configured;
    private final String serverAddress;
    private final long serverPort;
    private final String sdkVersion;
    private volatile Instruments instruments;
    private final AtomicBoolean warned = new AtomicBoolean();

    private OpenTelemetrySupport(OpenTelemetry configured, String serverAddress, int serverPort, String sdkVersion) {
        this.configured = configured;
        this.serverAddress = serverAddress;
        this.serverPort = serverPort;
        this.sdkVersion = sdkVersion;
    }

    static Telemetry of(Object openTelemetry, String serverAddress, int serverPort, String sdkVersion) {
        if (openTelemetry != null && !(openTelemetry instanceof OpenTelemetry)) {
            throw new IllegalArgumentException("'openTelemetry' must be an io.opentelemetry.api.OpenTelemetry");
        }
        OpenTelemetrySupport t = new OpenTelemetrySupport((OpenTelemetry) openTelemetry, serverAddress, serverPort,
            sdkVersion);
        t.instruments(); // fails here, not in a user's call, if the API lacks what the SDK uses
        return t;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    /** The tracer and instruments of the OpenTelemetry in use; rebuilt if the global one changes. */
    private Instruments instruments() {
        OpenTelemetry otel = configured != null ? configured : global();
        Instruments current = instruments;
        if (current == null || current.otel != otel) {
            current = new Instruments(otel, sdkVersion);
            instruments = current;
        }
        return current;
    }

    /** The global instance without claiming it: an application may still call GlobalOpenTelemetry.set later. */
    private static OpenTelemetry global() {
        try {
            return GlobalOpenTelemetry.getOrNoop();
        } catch (NoSuchMethodError e) {
            return GlobalOpenTelemetry.get(); // APIs before getOrNoop
        }
    }

    @Override
    public Operation startOperation(String name) {
        try {
            return open(name);
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // tracing must never fail a call: e.g. an OpenTelemetry set up in another class loader
            if (!warned.getAndSet(true)) {
                LOG.warn("OpenTelemetry tracing is off for this client: {}", e.toString());
            }
            return noOperation();
        }
    }

    private Operation open(String name) {
        Instruments in = instruments();
        Context parent = Context.current();
        Span span = in.tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL).setParent(parent)
            .setAttribute(AZ_NAMESPACE, NAMESPACE)
            .setAttribute(SERVER_ADDRESS, serverAddress)
            .setAttribute(SERVER_PORT, serverPort)
            .startSpan();
        return new OtelOperation(in, name, span, parent.with(span));
    }

    private static final class Instruments {
        final OpenTelemetry otel;
        final Tracer tracer;
        final DoubleHistogram operationDuration;
        final DoubleHistogram requestDuration;
        final LongCounter retries;
        final LongCounter throttles;

        Instruments(OpenTelemetry otel, String version) {
            this.otel = otel;
            this.tracer = otel.tracerBuilder(SCOPE).setInstrumentationVersion(version).build();
            Meter meter = otel.meterBuilder(SCOPE).setInstrumentationVersion(version).build();
            this.operationDuration = meter.histogramBuilder("acs.client.operation.duration").setUnit("s")
                .setDescription("Duration of a public SDK operation, its retries and waits included")
                .setExplicitBucketBoundariesAdvice(BUCKETS).build();
            this.requestDuration = meter.histogramBuilder("http.client.request.duration").setUnit("s")
                .setDescription("Duration of one HTTP attempt").setExplicitBucketBoundariesAdvice(BUCKETS).build();
            this.retries = meter.counterBuilder("acs.client.retries").setUnit("{retry}")
                .setDescription("Requests sent again, by reason").build();
            this.throttles = meter.counterBuilder("acs.client.throttles").setUnit("{response}")
                .setDescription("Throttled answers (HTTP 429), by what the SDK did about them").build();
        }
    }

    private final class OtelOperation extends Operation {
        private final Instruments in;
        private final String name;
        private final Span span;
        private final Context context;
        private final long started = System.nanoTime();
        private final AtomicBoolean ended = new AtomicBoolean();

        OtelOperation(Instruments in, String name, Span span, Context context) {
            this.in = in;
            this.name = name;
            this.span = span;
            this.context = context;
        }

        @Override
        public Attempt startAttempt(String method, int resendCount) {
            var b = in.tracer.spanBuilder(method).setSpanKind(SpanKind.CLIENT).setParent(context)
                .setAttribute(AZ_NAMESPACE, NAMESPACE)
                .setAttribute(HTTP_METHOD, method)
                .setAttribute(SERVER_ADDRESS, serverAddress)
                .setAttribute(SERVER_PORT, serverPort);
            if (resendCount > 0) {
                b.setAttribute(RESEND_COUNT, (long) resendCount);
            }
            return new OtelAttempt(in, method, b.startSpan(), context);
        }

        @Override
        public void retry(String reason) {
            Attributes a = Attributes.of(AZ_NAMESPACE, NAMESPACE, OPERATION_NAME, name, RETRY_REASON, reason);
            in.retries.add(1, a);
            span.addEvent("retry", Attributes.of(RETRY_REASON, reason));
        }

        @Override
        public void throttled(String outcome) {
            in.throttles.add(1, Attributes.of(AZ_NAMESPACE, NAMESPACE, OPERATION_NAME, name, THROTTLE_OUTCOME,
                outcome));
        }

        @Override
        public void response(String method, int status, String clientRequestId, String serviceRequestId) {
            span.setAttribute(HTTP_METHOD, method);
            span.setAttribute(STATUS_CODE, (long) status);
            if (clientRequestId != null) {
                span.setAttribute(CLIENT_REQUEST_ID, clientRequestId);
            }
            if (serviceRequestId != null) {
                span.setAttribute(SERVICE_REQUEST_ID, serviceRequestId);
            }
        }

        @Override
        public void end(Throwable error) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            AttributesBuilder metric = Attributes.builder().put(AZ_NAMESPACE, NAMESPACE).put(OPERATION_NAME, name)
                .put(SERVER_ADDRESS, serverAddress);
            if (error != null) {
                String type = errorType(error);
                span.setAttribute(ERROR_TYPE, type);
                // no description: an exception's message may quote the service, which names phone numbers
                span.setStatus(StatusCode.ERROR);
                metric.put(ERROR_TYPE, type);
            }
            span.end();
            in.operationDuration.record((System.nanoTime() - started) / 1e9, metric.build());
        }
    }

    private final class OtelAttempt extends Attempt {
        private final Instruments in;
        private final String method;
        private final Span span;
        private final Context context;
        private final long started = System.nanoTime();
        private final AtomicBoolean ended = new AtomicBoolean();

        OtelAttempt(Instruments in, String method, Span span, Context parent) {
            this.in = in;
            this.method = method;
            this.span = span;
            this.context = parent.with(span);
        }

        @Override
        public void inject(BiConsumer<String, String> header) {
            // always W3C trace context, whatever propagators the application configured: the service reads it
            W3CTraceContextPropagator.getInstance().inject(context, header, SETTER);
        }

        @Override
        public void end(int status, String clientRequestId, String serviceRequestId, Throwable failure) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            AttributesBuilder metric = Attributes.builder().put(HTTP_METHOD, method)
                .put(SERVER_ADDRESS, serverAddress).put(SERVER_PORT, serverPort);
            if (status > 0) {
                span.setAttribute(STATUS_CODE, (long) status);
                metric.put(STATUS_CODE, (long) status);
            }
            if (clientRequestId != null) {
                span.setAttribute(CLIENT_REQUEST_ID, clientRequestId);
            }
            if (serviceRequestId != null) {
                span.setAttribute(SERVICE_REQUEST_ID, serviceRequestId);
            }
            String type = failure != null ? failure.getClass().getName()
                : status >= 400 ? String.valueOf(status) : null;
            if (type != null) {
                span.setAttribute(ERROR_TYPE, type);
                span.setStatus(StatusCode.ERROR);
                metric.put(ERROR_TYPE, type);
            }
            span.end();
            in.requestDuration.record((System.nanoTime() - started) / 1e9, metric.build());
        }
    }
}
