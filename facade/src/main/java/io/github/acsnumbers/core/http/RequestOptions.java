package io.github.acsnumbers.core.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options of one call, given to a client's {@code ...WithResponse(..., RequestOptions)} method (and to the list
 * and {@code begin...} methods that take one): a timeout for this call instead of the builder's
 * {@code callTimeout}, and extra request headers such as a correlation id of your own.
 *
 * <pre>{@code
 * RequestOptions options = new RequestOptions()
 *     .withTimeout(Duration.ofSeconds(10))
 *     .withHeader("x-correlation-id", correlationId);
 * }</pre>
 *
 * <p>The timeout bounds the whole call as the builder's does: every attempt, the waits between retries and any
 * recovery. The headers go on every attempt of the call, retries included. Headers the SDK owns cannot be set
 * here: the ones it signs or computes ({@code Authorization}, {@code x-ms-date}, {@code x-ms-content-sha256},
 * {@code Host}, {@code Content-Type}, {@code Content-Length}, ...), {@code User-Agent}, and the trace context
 * ({@code traceparent}, {@code tracestate}); {@link #withHeader} refuses them with an
 * {@link IllegalArgumentException}. {@code x-ms-client-request-id} may be set: the call is then sent, and
 * retried, with your id instead of a generated one.
 *
 * <p>Immutable: each {@code with...} method returns a new instance. {@link #toString()} names the headers but
 * never shows their values.
 */
public final class RequestOptions {
    /** At most this many extra headers. */
    public static final int MAX_HEADERS = 32;
    /** At most this many characters in one header value. */
    public static final int MAX_HEADER_VALUE_LENGTH = 4096;

    private static final Set<String> SDK_OWNED = Set.of("authorization", "proxy-authorization", "x-ms-date", "date",
        "x-ms-content-sha256", "host", "content-type", "content-length", "content-encoding", "transfer-encoding",
        "connection", "keep-alive", "upgrade", "te", "trailer", "expect", "accept-encoding", "user-agent",
        "traceparent", "tracestate");

    private final Duration timeout;
    /** Keyed by the lower-case name; each entry keeps the name as given. */
    private final Map<String, Map.Entry<String, String>> headers;

    /** Options with no timeout of their own and no extra header. */
    public RequestOptions() {
        this(null, Map.of());
    }

    private RequestOptions(Duration timeout, Map<String, Map.Entry<String, String>> headers) {
        this.timeout = timeout;
        this.headers = headers;
    }

    /**
     * @param timeout the longest time this call may take, retries and their waits included; replaces the
     *                builder's {@code callTimeout} for this call (longer or shorter); null to keep it
     * @return new options with this timeout
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public RequestOptions withTimeout(Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("'timeout' must be positive, but was " + timeout + ".");
        }
        return new RequestOptions(timeout, headers);
    }

    /**
     * Adds a request header, or replaces the value given earlier for the same name (names are case-insensitive).
     *
     * @param name  the header name, e.g. {@code x-correlation-id}
     * @param value its value: printable ASCII, at most {@value #MAX_HEADER_VALUE_LENGTH} characters
     * @return new options with this header
     * @throws IllegalArgumentException if the name or value is missing or malformed, if the header is one the SDK
     *                                  owns (see the class description), or if there would be more than
     *                                  {@value #MAX_HEADERS} headers
     */
    public RequestOptions withHeader(String name, String value) {
        String key = checkName(name);
        checkValue(name, value);
        Map<String, Map.Entry<String, String>> copy = new LinkedHashMap<>(headers);
        copy.put(key, Map.entry(name, value));
        if (copy.size() > MAX_HEADERS) {
            throw new IllegalArgumentException("At most " + MAX_HEADERS + " extra headers can be set on one call.");
        }
        return new RequestOptions(timeout, Collections.unmodifiableMap(copy));
    }

    /** @return the timeout of this call, or null for the builder's {@code callTimeout} */
    public Duration getTimeout() {
        return timeout;
    }

    /** @return the extra headers, name (as given) to value, in the order they were added; read-only */
    public Map<String, String> getHeaders() {
        Map<String, String> out = new LinkedHashMap<>();
        headers.values().forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A header name is required.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            if (!token) {
                throw new IllegalArgumentException("'" + printable(name) + "' is not a valid header name (letters, "
                    + "digits and !#$%&'*+-.^_`|~ only).");
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (SDK_OWNED.contains(key)) {
            throw new IllegalArgumentException("The header '" + name + "' is set by the SDK (it signs, describes or "
                + "traces every request) and cannot be set per call.");
        }
        return key;
    }

    private static void checkValue(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("The value of header '" + name + "' is required.");
        }
        if (value.length() > MAX_HEADER_VALUE_LENGTH) {
            throw new IllegalArgumentException("The value of header '" + name + "' is longer than "
                + MAX_HEADER_VALUE_LENGTH + " characters.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 32 || c > 126)) {
                // the value is not quoted: it may be something the caller does not want in a log
                throw new IllegalArgumentException("The value of header '" + name + "' holds a character that "
                    + "cannot be sent (at index " + i + "): only printable ASCII and tabs are allowed.");
            }
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RequestOptions other)) {
            return false;
        }
        return Objects.equals(timeout, other.timeout) && getHeaders().equals(other.getHeaders());
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, getHeaders());
    }

    /** @return the timeout and the header names, never their values */
    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", headers=" + getHeaders().keySet() + "}";
    }
}
