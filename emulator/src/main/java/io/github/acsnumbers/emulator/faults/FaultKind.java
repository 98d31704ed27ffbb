package io.github.acsnumbers.emulator.faults;

/** The kinds of failure the emulator can inject in place of (or around) a normal response. */
public enum FaultKind {
    /** 429 with {@code Retry-After: <seconds>}; the request is not applied. */
    THROTTLE_WITH_RETRY_AFTER,
    /** 429 without a Retry-After header; the request is not applied. */
    THROTTLE_WITHOUT_RETRY_AFTER,
    /** 503 ServiceUnavailable; the request is not applied. */
    SERVICE_UNAVAILABLE,
    /** 500 InternalError; the request is not applied. */
    INTERNAL_ERROR,
    /** The connection is closed before any response byte; the request is not applied. */
    DROP_BEFORE_APPLY,
    /** The request is applied (and committed), then the connection is closed without a response. */
    DROP_AFTER_APPLY,
    /** The normal response, sent after a delay. */
    SLOW_RESPONSE
}
