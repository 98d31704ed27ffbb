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
        String pathAndQuery = url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
        HmacSigner.SignedHeaders signed = HmacSigner.sign(credential, request.method(), pathAndQuery, hostHeader(url),
            clock.instant(), body);
        builder.header("Host", signed.host())
            .header("x-ms-date", signed.date())
            .header("x-ms-content-sha256", signed.contentHash())
            .header("Authorization", signed.authorization());
        return chain.proceed(builder.build());
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
