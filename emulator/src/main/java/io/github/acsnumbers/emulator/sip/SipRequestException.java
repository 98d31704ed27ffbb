package io.github.acsnumbers.emulator.sip;

import io.github.acsnumbers.emulator.http.ApiResult;

/** Carries an error answer out of body parsing; never escapes {@link SipRoutingService}. */
final class SipRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResult result;

    SipRequestException(ApiResult result, String message) {
        super(message, null, false, false);
        this.result = result;
    }

    ApiResult result() {
        return result;
    }
}
