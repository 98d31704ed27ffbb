package io.github.acsnumbers.implementation.retry;

/**
 * Whether a request may be sent again after an attempt whose outcome is unknown (a 500, 502, 504, a timeout or a
 * connection dropped after the request left). Attached to each request as an OkHttp tag.
 *
 * <p>GET, PUT, PATCH and DELETE are {@link #SAFE}: the service's merge-patch and delete semantics make a repeat
 * land in the same state. A POST is {@link #UNSAFE} unless its operation says otherwise (searches that only read,
 * such as browse or operator lookup). An unsafe request is still retried when the answer proves it was not applied:
 * 408, 429 and 503 responses, and connections that failed before the request was sent.
 */
public enum ReplaySafety {
    /** Repeating the request cannot double its effect. */
    SAFE,
    /** Repeating the request could double its effect (for example buy or create twice). */
    UNSAFE;

    /**
     * The default for an HTTP method.
     *
     * @param method the verb
     * @return SAFE for everything but POST
     */
    public static ReplaySafety forMethod(String method) {
        return "POST".equalsIgnoreCase(method) ? UNSAFE : SAFE;
    }
}
