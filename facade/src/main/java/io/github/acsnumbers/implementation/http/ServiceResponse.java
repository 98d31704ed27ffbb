package io.github.acsnumbers.implementation.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/**
 * A fully read HTTP response: status, headers and body bytes. Small by construction (one page at most), so reading
 * it whole keeps the connection handling simple and the parsing free of I/O.
 */
public final class ServiceResponse {
    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final String method;
    /** The request path, or null until {@link #path()} reads it from {@link #url}. */
    private String path;
    private final okhttp3.HttpUrl url;
    /** The body of a response without one; never handed out (body() returns copies). */
    static final byte[] NO_BYTES = new byte[0];
    private final String requestId;

    /**
     * @param status    HTTP status
     * @param headers   response headers
     * @param body      body bytes (empty array when none)
     * @param method    request method
     * @param path      request path (for messages)
     * @param requestId the client request id that was sent
     */
    public ServiceResponse(int status, Headers headers, byte[] body, String method, String path, String requestId) {
        this.status = status;
        this.headers = headers;
        this.body = body == null ? NO_BYTES : body;
        this.method = method;
        this.path = path;
        this.url = null;
        this.requestId = requestId;
    }

    /**
     * A response whose path (for messages) is read from the request URL only when asked for.
     *
     * @param status    HTTP status
     * @param headers   response headers
     * @param body      body bytes (empty when none)
     * @param method    request method (for messages)
     * @param url       request URL
     * @param requestId the {@code x-ms-client-request-id} the request carried, or null
     */
    ServiceResponse(int status, Headers headers, byte[] body, String method, okhttp3.HttpUrl url, String requestId) {
        this.status = status;
        this.headers = headers;
        this.body = body == null ? NO_BYTES : body;
        this.method = method;
        this.url = url;
        this.requestId = requestId;
    }

    /** @return HTTP status */
    public int status() {
        return status;
    }

    /**
     * @param name header name (case-insensitive)
     * @return the last value, or null
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** @return all headers */
    public Headers headers() {
        return headers;
    }

    /** @return the body bytes (empty when none) */
    public byte[] body() {
        return body.clone();
    }

    /** @return true when the body is empty */
    public boolean isEmpty() {
        return body.length == 0;
    }

    /** @return the body as UTF-8 text */
    public String bodyString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the request method */
    public String method() {
        return method;
    }

    /** @return the request path */
    public String path() {
        String p = path;
        if (p == null && url != null) {
            p = url.encodedPath(); // same value whichever thread computes it first
            path = p;
        }
        return p;
    }

    /** @return the request id sent with the request, exactly, or null */
    String sentRequestId() {
        return requestId;
    }

    /** @return the request id sent with the request, plus {@code MS-CV} when the service sent one */
    public String requestId() {
        String cv = headers.get("MS-CV");
        return cv == null ? requestId : requestId + " (MS-CV " + cv + ")";
    }

    /**
     * Parses the body as JSON into a type with the given Gson (for example a generated model's Gson).
     *
     * @param type the target type
     * @param gson the Gson to use
     * @param <T>  the result type
     * @return the parsed value
     * @throws com.google.gson.JsonParseException or IllegalArgumentException when the body does not fit; the
     *         pipeline turns these into a {@code CommunicationException}
     */
    public <T> T json(Type type, Gson gson) {
        if (body.length == 0) {
            throw new IllegalArgumentException("the response body is empty, JSON was expected");
        }
        // read from the bytes themselves: no String copy of the body in between (the service's JSON is ASCII;
        // any other body is decoded as a whole first)
        return gson.fromJson(reader(), type);
    }

    /** A reader of the body as UTF-8 text, over the body's own bytes when they are all ASCII. */
    java.io.Reader reader() {
        for (byte b : body) {
            if (b < 0) {
                return new java.io.StringReader(bodyString());
            }
        }
        return new AsciiReader(body);
    }

    /** Reads ASCII bytes as chars, without a decoder or an intermediate copy. */
    private static final class AsciiReader extends java.io.Reader {
        private final byte[] bytes;
        private int pos;

        AsciiReader(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - pos);
            for (int i = 0; i < n; i++) {
                buffer[off + i] = (char) bytes[pos + i];
            }
            pos += n;
            return n;
        }

        @Override
        public void close() {
            pos = bytes.length;
        }
    }

    /** @return the body as a JSON tree */
    public JsonElement jsonTree() {
        if (body.length == 0) {
            throw new IllegalArgumentException("the response body is empty, JSON was expected");
        }
        return JsonParser.parseString(bodyString());
    }

    @Override
    public String toString() {
        return "ServiceResponse{" + method + " " + path() + " -> " + status + ", " + body.length + " bytes}";
    }
}
