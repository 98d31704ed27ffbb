package io.github.acsnumbers.implementation.auth;

import io.github.acsnumbers.core.auth.KeyCredential;

import io.github.acsnumbers.implementation.util.Validation;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Signs every attempt of every request with HMAC-SHA256. It sits after the retry interceptor, so each retry is
 * signed afresh with a new {@code x-ms-date}. The body is buffered once and re-sent as the very bytes that were
 * hashed; existing signature headers are overwritten, never appended.
 */
public final class HmacAuthenticationInterceptor implements Interceptor {
    private final KeyCredential credential;
    private final Clock clock;

    /**
     * @param credential the access key
     * @param clock      the time source for {@code x-ms-date}
     */
    public HmacAuthenticationInterceptor(KeyCredential credential, Clock clock) {
        this.credential = Validation.requireNonNull(credential, "credential");
        this.clock = Validation.requireNonNull(clock, "clock");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        byte[] body = null;
        RequestBody original = request.body();
        Request.Builder builder = request.newBuilder();
        if (original != null) {
            Buffer buffer = new Buffer();
            original.writeTo(buffer);
            body = buffer.readByteArray();
            MediaType type = original.contentType();
            builder.method(request.method(), RequestBody.create(body, type));
        }
        HttpUrl url = request.url();
        String host = host(url);
        String date = HmacSigner.formatDate(clock);
        String hash = HmacSigner.contentHash(body);
        // the request-target as sent (encoded path and query, never the fragment) is read in place from the URL's
        // text: OkHttp's encodedPath() + "?" + encodedQuery() would make three strings for it
        String text = url.toString();
        int from = text.indexOf('/', url.scheme().length() + 3);
        int to = text.indexOf('#', from);
        String authorization = HmacSigner.authorization(KeyCredentialAccess.keyBytes(credential), request.method(),
            text, from, to < 0 ? text.length() : to, true, date, host, hash);
        builder.header("Host", host)
            .header("x-ms-date", date)
            .header("x-ms-content-sha256", hash)
            .header("Authorization", authorization);
        return chain.proceed(builder.build());
    }

    /** The Host header of the last URL signed: the pipeline sends every request to its one endpoint. */
    private record HostHeader(String scheme, String host, int port, String value) {
    }

    private volatile HostHeader lastHost;

    private String host(HttpUrl url) {
        HostHeader h = lastHost;
        if (h == null || h.port != url.port() || !h.host.equals(url.host()) || !h.scheme.equals(url.scheme())) {
            h = new HostHeader(url.scheme(), url.host(), url.port(), hostHeader(url));
            lastHost = h;
        }
        return h.value;
    }

    /**
     * Host as signed: the port appears only when it is not the scheme's default.
     *
     * @param url the request URL
     * @return the host header value
     */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
