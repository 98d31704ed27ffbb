package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.implementation.util.RequestIds;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code x-ms-client-request-id} (once per call, so every retry of a call carries the same id),
 * {@code User-Agent}, {@code Accept} and, when configured, {@code Accept-Language}.
 */
final class RequestIdInterceptor implements Interceptor {
    private final String userAgent;
    private final String acceptLanguage;

    RequestIdInterceptor(String userAgent, String acceptLanguage) {
        this.userAgent = userAgent;
        this.acceptLanguage = acceptLanguage;
    }

    /**
     * Adds the headers to a request being built, so that the interceptor finds them and passes the request on
     * unchanged (no second build per call).
     *
     * @param builder the request being built
     */
    void decorate(Request.Builder builder) {
        builder.header("User-Agent", userAgent).header("x-ms-client-request-id", RequestIds.next());
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (userAgent.equals(request.header("User-Agent")) && request.header("x-ms-client-request-id") != null
            && request.header("Accept") != null
            && (acceptLanguage == null || request.header("Accept-Language") != null)) {
            return chain.proceed(request); // built with decorate: nothing to add
        }
        Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
        if (request.header("x-ms-client-request-id") == null) {
            builder.header("x-ms-client-request-id", RequestIds.next());
        }
        if (request.header("Accept") == null) {
            builder.header("Accept", "application/json");
        }
        if (acceptLanguage != null && request.header("Accept-Language") == null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return chain.proceed(builder.build());
    }
}
