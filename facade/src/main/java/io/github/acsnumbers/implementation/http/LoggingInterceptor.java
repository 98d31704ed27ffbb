package io.github.acsnumbers.implementation.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt at DEBUG: request line, request id, status and time. It logs no header values and no bodies,
 * so neither the {@code Authorization} header, the signature material nor a token can reach a log. With
 * {@code redactIdentifiers}, phone numbers and user ids in the path are masked ({@link LogRedaction}).
 */
final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acsnumbers.http");

    private final boolean redact;

    LoggingInterceptor(boolean redact) {
        this.redact = redact;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!LOG.isDebugEnabled()) {
            return chain.proceed(request);
        }
        String line = request.method() + " " + LogRedaction.describe(request.url(), redact, true);
        String id = request.header("x-ms-client-request-id");
        LOG.debug("--> {} (request-id {})", line, id);
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            LOG.debug("<-- {} {} ({} ms, request-id {})", response.code(), line,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), id);
            return response;
        } catch (IOException e) {
            LOG.debug("<-- failed {} after {} ms: {} (request-id {})", line,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), e.getClass().getSimpleName(), id);
            throw e;
        }
    }
}
