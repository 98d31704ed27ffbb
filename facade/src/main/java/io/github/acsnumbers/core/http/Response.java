package io.github.acsnumbers.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to a successful call with its HTTP metadata, as returned by the clients' {@code ...WithResponse}
 * methods: the status code, the response headers, the request id the call was sent with, and the value the plain
 * method returns.
 *
 * <pre>{@code
 * Response<PurchasedPhoneNumber> response = client.getPurchasedPhoneNumberWithResponse(number, null);
 * System.out.println(response.getStatusCode() + " " + response.getRequestId());
 * PurchasedPhoneNumber purchased = response.getValue();
 * }</pre>
 *
 * <p>When one public operation takes several requests (for example a SIP routing change that reads the
 * configuration before it patches it), the metadata is that of the last one. The public constructor is there for
 * users' own tests and mocks.
 *
 * @param <T> the value's type ({@code Void} for operations without one)
 */
public final class Response<T> {
    /** The header with the id the call was sent with; the service echoes it and logs it. */
    public static final String CLIENT_REQUEST_ID_HEADER = "x-ms-client-request-id";
    /** The header with the service's correlation vector, which Azure support asks for. */
    public static final String CORRELATION_VECTOR_HEADER = "MS-CV";

    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final String requestId;
    private final T value;

    /**
     * @param statusCode the HTTP status, 100 to 599
     * @param headers    the response headers (copied; names are looked up ignoring case), or null for none
     * @param requestId  the {@code x-ms-client-request-id} the call was sent with, or null
     * @param value      the value
     * @throws IllegalArgumentException if the status is out of range or a header name or value list is null
     */
    public Response(int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        if (statusCode < 100 || statusCode > 599) {
            throw new IllegalArgumentException("'statusCode' must be between 100 and 599, but was " + statusCode
                + ".");
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name == null || values == null) {
                    throw new IllegalArgumentException("A header name or value list is null.");
                }
                copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            });
            copy.replaceAll((name, values) -> List.copyOf(values));
        }
        this.statusCode = statusCode;
        this.headers = Collections.unmodifiableSortedMap(copy);
        this.requestId = requestId;
        this.value = value;
    }

    /** @return the HTTP status code of the (last) response, e.g. 200 */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * @return the response headers, read-only; {@code get} ignores the case of the name
     *         ({@code getHeaders().get("ms-cv")} finds {@code MS-CV})
     */
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    /**
     * @param name a header name, in any case
     * @return the header's first value, or null when the response does not have it
     */
    public String getHeaderValue(String name) {
        List<String> values = name == null ? null : headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * @return the {@code x-ms-client-request-id} the call was sent with (the same on every retry; yours when you
     *         set one through {@link RequestOptions}), or null
     */
    public String getRequestId() {
        return requestId;
    }

    /** @return the service's {@code MS-CV} correlation vector, which identifies the call on the service, or null */
    public String getCorrelationVector() {
        return getHeaderValue(CORRELATION_VECTOR_HEADER);
    }

    /** @return the value the plain method returns (null for operations without one) */
    public T getValue() {
        return value;
    }

    /** @return the status, ids and header names; neither header values nor the value are shown */
    @Override
    public String toString() {
        return "Response{statusCode=" + statusCode + ", requestId=" + requestId + ", correlationVector="
            + getCorrelationVector() + ", headers=" + headers.keySet() + ", value="
            + (value == null ? "null" : value.getClass().getSimpleName()) + "}";
    }
}
