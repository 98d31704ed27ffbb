package io.github.acsnumbers.emulator.http;

/**
 * One emulated operation: turns a parsed request into a result. Handlers run on the server's worker threads, so
 * they must be thread-safe; they may throw {@link ApiException} to answer with an error envelope. Any other
 * exception becomes a 500 {@code InternalError} envelope (never a stack trace on the wire).
 *
 * <p>Authentication, the api-version check, body size and content-type checks and fault injection have already
 * happened when a handler runs. See {@link Router} for how handlers are registered.
 */
@FunctionalInterface
public interface ApiHandler {

    /**
     * Handles one request.
     *
     * @param request the parsed request, with {@link ApiRequest#pathParams()} filled from the route template
     * @return the status, headers and JSON body to send
     */
    ApiResult handle(ApiRequest request);
}
