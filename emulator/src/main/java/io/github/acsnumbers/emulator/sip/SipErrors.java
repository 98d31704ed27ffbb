package io.github.acsnumbers.emulator.sip;

import io.github.acsnumbers.emulator.http.ApiResult;

/** The SIP service's error answers (facts from recorded traffic unless marked as the emulator's choice). */
final class SipErrors {

    /** Outer code of every SIP validation error, 422 and 400 alike (recorded). */
    static final String OUTER_CODE = "UnprocessableConfiguration";
    /** Outer message of every SIP validation error (recorded). */
    static final String OUTER_MESSAGE = "One or more request inputs are not valid.";

    private SipErrors() {
    }

    /** {@code InvalidTrunkFqdn}; the message keeps the service's misspelling "domnain". */
    static ApiResult invalidTrunkFqdn(String fqdn) {
        return validation(422, "InvalidTrunkFqdn", "Domain '" + fqdn + "' is not properly formatted domnain name.");
    }

    static ApiResult invalidTrunkPort() {
        return validation(422, "InvalidTrunkSipSignalingPort", "Trunk with an invalid SIP signaling port.");
    }

    static ApiResult invalidRouteName() {
        return validation(422, "InvalidRouteName", "Route with an invalid name.");
    }

    static ApiResult invalidRouteNumberPattern() {
        return validation(422, "InvalidRouteNumberPattern", "Route with an invalid number pattern.");
    }

    static ApiResult missingTrunk() {
        return validation(422, "MissingTrunk", "Route targeting a missing trunk.");
    }

    /** {@code MissingDomain}; the message keeps the service's misspelling "coresponding". */
    static ApiResult missingDomain() {
        return validation(422, "MissingDomain", "Missing Domain for coresponding Trunk");
    }

    static ApiResult duplicatedRoute() {
        return validation(400, "DuplicatedRoute", "There is a duplicated route.");
    }

    static ApiResult routeWithDuplicatedTrunk() {
        return validation(400, "RouteWithDuplicatedTrunk", "There is a duplicated trunk in a route.");
    }

    private static ApiResult validation(int status, String innerCode, String innerMessage) {
        return ApiResult.error(status, OUTER_CODE, OUTER_MESSAGE, null, innerCode, innerMessage);
    }

    /**
     * An api-version the emulator does not serve. The wording follows what ACS (ASP.NET API versioning) answers
     * elsewhere, with the request path instead of the full URL (emulator's choice: it does not know the host).
     */
    static ApiResult unsupportedApiVersion(String path, String apiVersion) {
        String message = apiVersion == null || apiVersion.isEmpty()
                ? "An API version is required, but was not specified."
                : "The HTTP resource that matches the request URI '" + path
                        + "' does not support the API version '" + apiVersion + "'.";
        String code = apiVersion == null || apiVersion.isEmpty() ? "ApiVersionUnspecified" : "UnsupportedApiVersion";
        return ApiResult.error(400, code, message, null, null, null);
    }

    /** A body the service could not bind (wrong JSON types); code and wording are the emulator's choice. */
    static ApiResult badRequest(String message) {
        return ApiResult.error(400, "BadRequest", message, null, null, null);
    }
}
