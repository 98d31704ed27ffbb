package io.github.acsnumbers.emulator.http;

/**
 * Thrown by an {@link ApiHandler} (or a helper it calls) to answer at once with a prepared result, typically an
 * error envelope for bad input. The server renders {@link #result()} as the response.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serialised: the exception never leaves the process. */
    private final transient ApiResult result;

    /**
     * Wraps the result to answer with.
     *
     * @param result the result to answer with
     */
    public ApiException(ApiResult result) {
        super("HTTP " + result.status(), null, false, false);
        this.result = result;
    }

    /**
     * Shortcut for an error envelope without target or inner error.
     *
     * @param status HTTP status code
     * @param code error code
     * @param message error message
     * @return the exception to throw
     */
    public static ApiException of(int status, String code, String message) {
        return new ApiException(ApiResult.error(status, code, message, null, null, null));
    }

    /**
     * Shortcut for an error envelope with a target.
     *
     * @param status HTTP status code
     * @param code error code
     * @param message error message
     * @param target error target, or {@code null}
     * @return the exception to throw
     */
    public static ApiException of(int status, String code, String message, String target) {
        return new ApiException(ApiResult.error(status, code, message, target, null, null));
    }

    /**
     * The response to send.
     *
     * @return the response to send
     */
    public ApiResult result() {
        return result;
    }
}
