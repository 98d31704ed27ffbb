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
    /** The body bytes; null while the body is still {@link #pending}. */
    private byte[] body;
    /**
     * A successful response's body as read from the connection (OkHttp's buffer segments, moved, not copied), until
     * the JSON reader consumes it ({@link #json}) or anything else asks for the bytes; released after the handler.
     */
    private okio.Buffer pending;
    /** Set when {@link #json} consumed the pending body: the bytes no longer exist. */
    private boolean streamed;
    private final long size;
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
        this(status, headers, body, null, method, path, null, requestId);
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
        this(status, headers, body, null, method, null, url, requestId);
    }

    /**
     * A response whose body stays in the buffer it was read into until it is parsed or asked for.
     *
     * @param status    HTTP status
     * @param headers   response headers
     * @param body      the whole body, read from the connection (owned by this response from now on)
     * @param method    request method (for messages)
     * @param url       request URL
     * @param requestId the {@code x-ms-client-request-id} the request carried, or null
     */
    ServiceResponse(int status, Headers headers, okio.Buffer body, String method, okhttp3.HttpUrl url,
                    String requestId) {
        this(status, headers, null, body, method, null, url, requestId);
    }

    /** The body is either bytes or a buffer (an empty buffer counts as no body); the path is given or read from url. */
    private ServiceResponse(int status, Headers headers, byte[] bytes, okio.Buffer buffered, String method,
                            String path, okhttp3.HttpUrl url, String requestId) {
        this.status = status;
        this.headers = headers;
        if (buffered != null && buffered.size() > 0) {
            this.size = buffered.size();
            this.pending = buffered;
        } else {
            this.body = bytes == null ? NO_BYTES : bytes;
            this.size = this.body.length;
        }
        this.method = method;
        this.path = path;
        this.url = url;
        this.requestId = requestId;
    }

    /** @return the body bytes, reading a pending body out of its buffer first */
    private synchronized byte[] bytes() {
        if (body == null) {
            if (streamed) {
                throw new IllegalStateException("the response body was already consumed (read as JSON, or "
                    + "released after its handler): it is read only once");
            }
            body = pending.readByteArray();
            pending = null;
        }
        return body;
    }

    /** @return the pending body for the JSON reader to consume, or null when the bytes are there */
    private synchronized okio.Buffer takePending() {
        okio.Buffer b = pending;
        if (b != null) {
            pending = null;
            streamed = true;
        }
        return b;
    }

    /**
     * Gives the buffer segments of a body nobody read back to okio's pool (the next response is read into them
     * instead of new ones). The bytes are gone afterwards; called when the response has been handled.
     */
    synchronized void release() {
        if (pending != null) {
            pending.clear();
            pending = null;
            streamed = true;
        }
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
        return bytes().clone();
    }

    /** @return true when the body is empty */
    public boolean isEmpty() {
        return size == 0;
    }

    /** @return the body as UTF-8 text */
    public String bodyString() {
        return new String(bytes(), StandardCharsets.UTF_8);
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
        if (size == 0) {
            throw new IllegalArgumentException("the response body is empty, JSON was expected");
        }
        // read from the bytes themselves: no String copy of the body in between (the service's JSON is ASCII;
        // any other body is decoded as a whole first). A body still in the buffer it was read into is read from
        // there, consuming it (no byte array of the body at all)
        okio.Buffer b = takePending();
        return gson.fromJson(b != null ? new BufferReader(b) : reader(), type);
    }

    /** A reader of the body as UTF-8 text, over the body's own bytes when they are all ASCII. */
    java.io.Reader reader() {
        byte[] body = bytes();
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

    /** The thread's byte chunk for {@link BufferReader} (used only within one read call). */
    private static final ThreadLocal<byte[]> CHUNK = ThreadLocal.withInitial(() -> new byte[2048]);

    /**
     * Reads a buffered body as UTF-8 text, consuming the buffer (its segments go back to okio's pool as they are
     * read): ASCII bytes are widened to chars in place; from the first byte that is not ASCII on, the rest of the
     * body is decoded as a whole (the same text as decoding the whole body: everything before it was ASCII).
     */
    static final class BufferReader extends java.io.Reader {
        private final okio.Buffer source;
        private String rest;
        private int restPos;

        BufferReader(okio.Buffer source) {
            this.source = source;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws java.io.IOException {
            if (len == 0) {
                return 0;
            }
            if (rest != null) {
                if (restPos >= rest.length()) {
                    return -1;
                }
                int n = Math.min(len, rest.length() - restPos);
                rest.getChars(restPos, restPos + n, buffer, off);
                restPos += n;
                return n;
            }
            if (source.exhausted()) {
                return -1;
            }
            byte[] chunk = CHUNK.get();
            int n = source.read(chunk, 0, Math.min(len, chunk.length));
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b < 0) {
                    okio.Buffer tail = new okio.Buffer().write(chunk, i, n - i);
                    tail.writeAll(source);
                    rest = new String(tail.readByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                    restPos = 0;
                    return i > 0 ? i : read(buffer, off, len);
                }
                buffer[off + i] = (char) b;
            }
            return n;
        }

        @Override
        public void close() {
            source.clear();
            if (rest != null) {
                restPos = rest.length();
            }
        }
    }

    /** @return the body as a JSON tree */
    public JsonElement jsonTree() {
        if (size == 0) {
            throw new IllegalArgumentException("the response body is empty, JSON was expected");
        }
        return JsonParser.parseString(bodyString());
    }

    @Override
    public String toString() {
        return "ServiceResponse{" + method + " " + path() + " -> " + status + ", " + size + " bytes}";
    }
}
