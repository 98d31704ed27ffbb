package io.github.acsnumbers.emulator.identity;

import io.github.acsnumbers.emulator.http.ApiResult;

/**
 * The Identity service's error answers. Codes, messages and targets marked "recorded" come from recorded traffic
 * of the real service (azure-sdk-for-java session records); the others are the emulator's choice.
 */
final class IdentityErrors {

    private IdentityErrors() {
    }

    /** Recorded: 400 for an out-of-range {@code expiresInMinutes}. */
    static ApiResult expiresInMinutesOutOfRange(long value) {
        return validation("ExpiresInMinutes value " + value + " is invalid. Value must be within the [60, 1440] interval.",
                "ExpiresInMinutes");
    }

    /** Recorded: 400 when the Teams exchange body or its token is missing. */
    static ApiResult teamsBodyMissing() {
        return validation("The body is either missing or doesn't contain any token.", null);
    }

    /** Recorded for AppId ({@code "AppId: The AppId field is required."}); the same form is used for other fields. */
    static ApiResult required(String field) {
        return validation(field + ": The " + field + " field is required.", field);
    }

    /** Recorded for AppId and UserId ({@code "Provided AppId has invalid format."}, target {@code appId}). */
    static ApiResult invalidFormat(String field) {
        return validation("Provided " + field + " has invalid format.", decapitalize(field));
    }

    /** Recorded: 400 when the Entra token was issued to another application. */
    static ApiResult unexpectedApplication() {
        return validation("AAD application is not the expected one.", "appId");
    }

    /** Recorded: 400 when the Entra token was issued to another user. */
    static ApiResult unexpectedUser() {
        return validation("Provided AAD token issued for unexpected user.", "userId");
    }

    /** Recorded: 401 for an empty, malformed or expired Entra token. */
    static ApiResult invalidAccessToken() {
        return ApiResult.error(401, "InvalidAccessToken", "Provided access token is not valid.", null, null, null);
    }

    /** Emulator's choice: 400 ValidationError for a value outside an enum or a body of the wrong shape. */
    static ApiResult invalidValue(String message, String target) {
        return validation(message, target);
    }

    /** Emulator's choice: 404 for a well-formed identity id that does not exist (any more) in this resource. */
    static ApiResult identityNotFound() {
        return ApiResult.error(404, "IdentityNotFound", "Identity not found.", null, null, null);
    }

    /** Emulator's choice: 404 for a Teams Phone access assignment that does not exist. */
    static ApiResult assignmentNotFound() {
        return ApiResult.error(404, "AssignmentNotFound", "Teams Phone access assignment not found.", null, null,
                null);
    }

    /** Emulator's choice: 403 for a Teams Phone token exchange the assignments do not allow. */
    static ApiResult exchangeForbidden(String message) {
        return ApiResult.error(403, "Forbidden", message, null, null, null);
    }

    /** As ACS (ASP.NET API versioning) answers, with the request path instead of the full URL. */
    static ApiResult unsupportedApiVersion(String path, String apiVersion) {
        if (apiVersion == null || apiVersion.isEmpty()) {
            return ApiResult.error(400, "ApiVersionUnspecified", "An API version is required, but was not specified.",
                    null, null, null);
        }
        return ApiResult.error(400, "UnsupportedApiVersion", "The HTTP resource that matches the request URI '" + path
                + "' does not support the API version '" + apiVersion + "'.", null, null, null);
    }

    private static ApiResult validation(String message, String target) {
        return ApiResult.error(400, "ValidationError", message, target, null, null);
    }

    private static String decapitalize(String field) {
        return Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }
}
