package io.github.acsnumbers.implementation.tracing;

import io.github.acsnumbers.core.error.CommunicationException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's spans and metrics. Through OpenTelemetry when its API ({@code io.opentelemetry:opentelemetry-api}, an
 * optional dependency) is on the class path, and nothing at all otherwise: this class and its no-op half never
 * refer to an OpenTelemetry type, so they load without it; only {@code OpenTelemetrySupport} does.
 *
 * <p>The shape: one span per public operation ({@link #startOperation}, kind INTERNAL, a child of the caller's
 * current context), and under it one CLIENT span per HTTP attempt ({@link Operation#startAttempt}), whose W3C
 * {@code traceparent} goes on the wire. A long-running operation keeps its span open from its start to its end,
 * so its polls are children of it too. Nothing the caller sends or receives in a body, no key, signature, token
 * or phone number, ever becomes an attribute or a span name: spans carry only the names and ids listed in
 * {@code OpenTelemetrySupport}.
 *
 * <p>Public so that the engine ({@code implementation.http}) and the pollers can use it; not part of the API.
 */
public abstract class Telemetry {
    /** {@code az.namespace} of every span: the Azure resource provider. */
    public static final String NAMESPACE = "Microsoft.Communication";
    /** The instrumentation scope of the tracer and meter. */
    public static final String SCOPE = "io.github.acsnumbers.phonenumbers";

    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.tracing");
    private static final String OPEN_TELEMETRY_CLASS = "io.opentelemetry.api.OpenTelemetry";
    private static final Telemetry DISABLED = new Disabled();

    Telemetry() {
    }

    /** @return telemetry that records nothing */
    public static Telemetry disabled() {
        return DISABLED;
    }

    /**
     * @return true when the OpenTelemetry API can be loaded from the SDK's class loader
     */
    public static boolean openTelemetryPresent() {
        try {
            Class.forName(OPEN_TELEMETRY_CLASS, false, Telemetry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The telemetry of a client.
     *
     * @param openTelemetry an {@code io.opentelemetry.api.OpenTelemetry} the user configured (typed as Object so
     *                      that callers load without OpenTelemetry), or null for {@code GlobalOpenTelemetry},
     *                      read at each operation (so an agent or SDK registered after the client is built is
     *                      still used)
     * @param serverAddress the endpoint's host, for {@code server.address}
     * @param serverPort    the endpoint's port, for {@code server.port}
     * @param sdkVersion    the SDK's version, for the instrumentation scope
     * @return OpenTelemetry-backed telemetry, or {@link #disabled()} when the API is not on the class path
     */
    public static Telemetry create(Object openTelemetry, String serverAddress, int serverPort,
                                   String sdkVersion) {
        if (openTelemetry == null && !openTelemetryPresent()) {
            return DISABLED;
        }
        try {
            return OpenTelemetrySupport.of(openTelemetry, serverAddress, serverPort, sdkVersion);
        } catch (LinkageError | java.util.ServiceConfigurationError e) {
            // an OpenTelemetry API older than the one the SDK was built with: calls still work, untraced
            LOG.warn("OpenTelemetry tracing is off: the OpenTelemetry API on the class path is not compatible ({})",
                e.toString());
            return DISABLED;
        }
    }

    /** @return whether spans and metrics may be recorded at all */
    public abstract boolean isEnabled();

    /**
     * Starts the span of a public operation, a child of the caller's current context.
     *
     * @param name the span name, {@code <Service>.<method>}, e.g. {@code PhoneNumbers.getPurchasedPhoneNumber}
     * @return the operation; {@link Operation#end} must be called once
     */
    public abstract Operation startOperation(String name);

    /**
     * The low-cardinality name of a failure, for {@code error.type}: the {@code ErrorKind} of a
     * {@link CommunicationException} (e.g. {@code NOT_FOUND}), else the exception's class name.
     *
     * @param error the failure
     * @return its type
     */
    public static String errorType(Throwable error) {
        if (error instanceof CommunicationException c && c.getKind() != null) {
            return c.getKind().name();
        }
        return error.getClass().getName();
    }

    /** One public operation: its span, and the metrics recorded under its name. */
    public abstract static class Operation {
        /** For subclasses. */
        Operation() {
        }

        /**
         * Starts the CLIENT span of one HTTP attempt under this operation.
         *
         * @param method      the HTTP method
         * @param resendCount 0 for the first attempt of a request, 1 for its first retry, ...
         * @return the attempt; {@link Attempt#end} must be called once
         */
        public abstract Attempt startAttempt(String method, int resendCount);

        /**
         * Counts a retry.
         *
         * @param reason why: {@code http_429}, {@code http_503}, {@code connection_failure}, {@code timeout}, ...
         */
        public abstract void retry(String reason);

        /**
         * Counts a throttled answer (HTTP 429) and what the SDK did about it.
         *
         * @param outcome {@code retried}, {@code retry_after_too_long}, {@code deadline},
         *                {@code retries_exhausted} or {@code not_retried}
         */
        public abstract void throttled(String outcome);

        /**
         * Records the last response of the operation on its span.
         *
         * @param method           the request's method
         * @param status           the HTTP status
         * @param clientRequestId  the {@code x-ms-client-request-id} sent, or null
         * @param serviceRequestId the service's {@code MS-CV}, or null
         */
        public abstract void response(String method, int status, String clientRequestId, String serviceRequestId);

        /**
         * Ends the span and records the operation's duration. Only the first call counts.
         *
         * @param error the failure, or null on success
         */
        public abstract void end(Throwable error);
    }

    /** One HTTP attempt. */
    public abstract static class Attempt {
        /** For subclasses. */
        Attempt() {
        }

        /**
         * Writes the trace context headers ({@code traceparent}, and {@code tracestate} when there is one).
         *
         * @param header receives each header name and value
         */
        public abstract void inject(BiConsumer<String, String> header);

        /**
         * Ends the attempt's span and records its duration.
         *
         * @param status           the HTTP status, or 0 when no response came
         * @param clientRequestId  the {@code x-ms-client-request-id} sent, or null
         * @param serviceRequestId the service's {@code MS-CV}, or null
         * @param failure          the transport failure, or null when a response came
         */
        public abstract void end(int status, String clientRequestId, String serviceRequestId, Throwable failure);
    }

    private static final class Disabled extends Telemetry {
        private static final Attempt ATTEMPT = new Attempt() {
            @Override
            public void inject(BiConsumer<String, String> header) {
            }

            @Override
            public void end(int status, String clientRequestId, String serviceRequestId, Throwable failure) {
            }
        };
        private static final Operation OPERATION = new Operation() {
            @Override
            public Attempt startAttempt(String method, int resendCount) {
                return ATTEMPT;
            }

            @Override
            public void retry(String reason) {
            }

            @Override
            public void throttled(String outcome) {
            }

            @Override
            public void response(String method, int status, String clientRequestId, String serviceRequestId) {
            }

            @Override
            public void end(Throwable error) {
            }
        };

        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public Operation startOperation(String name) {
            return OPERATION;
        }
    }

    /** @return the operation that records nothing (calls made outside any traced operation) */
    public static Operation noOperation() {
        return Disabled.OPERATION;
    }
}
