package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/** Reads a response body whole, but never more than a limit, counted after any gzip inflation. */
final class BoundedBody {
    private BoundedBody() {
    }

    static ServiceResponse read(Response raw, long limit) throws IOException {
        Request req = raw.request();
        ResponseBody body = raw.body();
        byte[] bytes = ServiceResponse.NO_BYTES;
        if (body != null) {
            long declared = body.contentLength();
            boolean gzip = "gzip".equalsIgnoreCase(raw.header("Content-Encoding"));
            if (!gzip && declared > limit) {
                throw tooLarge(raw, limit);
            }
            // OkHttp inflates transparently when it asked for gzip itself; a gzip body still marked as such
            // (the caller set Accept-Encoding) is inflated here, so the limit always counts inflated bytes
            BufferedSource source = gzip ? Okio.buffer(new GzipSource(body.source())) : body.source();
            if (source.request(limit + 1)) {
                throw tooLarge(raw, limit);
            }
            if (raw.isSuccessful()) {
                // the whole body is in the source's buffer now: its segments are moved to the response, not copied
                // into an array; the JSON reader consumes them (ServiceResponse.json)
                okio.Buffer whole = new okio.Buffer();
                source.readAll(whole);
                return new ServiceResponse(raw.code(), raw.headers(), whole, req.method(), req.url(),
                    req.header("x-ms-client-request-id"));
            }
            bytes = source.readByteArray();
        }
        // the path is only needed for messages: taken from the URL when asked for, not on every call
        return new ServiceResponse(raw.code(), raw.headers(), bytes, req.method(), req.url(),
            req.header("x-ms-client-request-id"));
    }

    private static CommunicationException tooLarge(Response raw, long limit) {
        Request req = raw.request();
        return new CommunicationException(req.method() + " " + req.url().encodedPath() + " returned a response "
            + "larger than the SDK's limit of " + limit + " bytes (maxResponseSize); it was not read", raw.code(),
            null, req.header("x-ms-client-request-id"), ErrorKind.CLIENT_ERROR, null, null);
    }
}
