package io.github.acsnumbers.core.error;

import java.util.Locale;

/**
 * A stable classification of failures that callers branch on, each with a one-line hint of what to do. The
 * service's own codes stay available on {@link CommunicationException}; this only groups them.
 */
public enum ErrorKind {
    /** No numbers match the request right now. */
    OUT_OF_STOCK("No numbers are available for this request: try another area code, type or quantity."),
    /** The Azure subscription has no credit or payment method for the purchase. */
    NOT_ENOUGH_CREDIT("The subscription cannot pay for this purchase: check its billing and credit."),
    /** The country requires an address or regulatory document first. */
    MISSING_ADDRESS("This country requires a registered address or regulatory documents before buying numbers."),
    /** The credential is valid but not allowed to do this (Entra ID role). */
    AUTHORIZATION_DENIED("The identity is not authorized: grant it a Communication Services role on the resource."),
    /** The resource does not own the number, or lacks the permission. */
    INSUFFICIENT_PERMISSIONS("The resource does not own this number or may not change it."),
    /** The reservation expired (15 min after its last change, 2 h after creation). */
    RESERVATION_EXPIRED("The reservation expired: create a new one and reserve the numbers again."),
    /** No reservation with that id. */
    RESERVATION_NOT_FOUND("No reservation has this id (it may have been deleted or purchased)."),
    /** A chosen number is held or bought by someone else. */
    NUMBER_NOT_AVAILABLE("The number is no longer available: browse again and pick another one."),
    /** A SIP route names a trunk that is not configured. */
    MISSING_TRUNK("A route names a trunk that does not exist (or the change would leave a route without it)."),
    /** A SIP trunk's domain is not registered on the resource. */
    MISSING_DOMAIN("Register and verify the trunk's domain on the resource before adding the trunk."),
    /** A SIP trunk FQDN is not a valid domain name. */
    INVALID_TRUNK_FQDN("The trunk's FQDN is not a valid domain name."),
    /** Two SIP routes have the same name. */
    DUPLICATED_ROUTE("Route names must be unique."),
    /** Another SIP configuration problem (HTTP 422). */
    INVALID_SIP_CONFIGURATION("The SIP configuration was rejected: see the inner error code."),
    /** HMAC or token authentication failed (HTTP 401). */
    DENIED("Authentication failed: check the access key or token, and the local clock."),
    /** Too many requests (HTTP 429). */
    THROTTLED("The service is throttling requests: slow down or retry later."),
    /** The thing asked for does not exist (HTTP 404). */
    NOT_FOUND("The requested item does not exist."),
    /** The request was invalid (other HTTP 4xx). */
    BAD_REQUEST("The service rejected the request: see the service message."),
    /** The service failed or is unavailable (HTTP 5xx). */
    SERVICE_ERROR("The service failed; retry later."),
    /** A long-running operation ended in {@code failed}. */
    OPERATION_FAILED("The long-running operation failed: see the service error."),
    /** The SDK could not reach the service or read its answer (network, timeout, malformed response). */
    CLIENT_ERROR("The call did not complete: check connectivity and the endpoint.");

    private final String hint;

    ErrorKind(String hint) {
        this.hint = hint;
    }

    /** @return what to do about it, in one line */
    public String getHint() {
        return hint;
    }

    /**
     * Classifies a service error.
     *
     * @param status    HTTP status
     * @param code      error code (may be null)
     * @param innerCode inner error code (may be null)
     * @return the kind
     */
    public static ErrorKind classify(int status, String code, String innerCode) {
        for (String c : new String[] {innerCode, code}) {
            if (c == null) {
                continue;
            }
            switch (c.toLowerCase(Locale.ROOT)) {
                case "outofstock": case "nonumbersavailable": return OUT_OF_STOCK;
                case "notenoughcredit": case "insufficientcredit": return NOT_ENOUGH_CREDIT;
                case "missingaddress": return MISSING_ADDRESS;
                case "authorizationdenied": case "authorizationfailed": return AUTHORIZATION_DENIED;
                case "insufficientpermissions": return INSUFFICIENT_PERMISSIONS;
                case "reservationexpired": return RESERVATION_EXPIRED;
                case "reservationnotfound": return RESERVATION_NOT_FOUND;
                case "numbernotavailable": return NUMBER_NOT_AVAILABLE;
                case "missingtrunk": return MISSING_TRUNK;
                case "missingdomain": return MISSING_DOMAIN;
                case "invalidtrunkfqdn": return INVALID_TRUNK_FQDN;
                case "duplicatedroute": return DUPLICATED_ROUTE;
                case "denied": return DENIED;
                case "notfound": return NOT_FOUND;
                default: break;
            }
        }
        if (status == 401) {
            return DENIED;
        }
        if (status == 429) {
            return THROTTLED;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 403) {
            // (a 403 whose code is AuthorizationFailed was already classified by the switch above)
            return INSUFFICIENT_PERMISSIONS;
        }
        if (status == 422 || "UnprocessableConfiguration".equalsIgnoreCase(code)) {
            return INVALID_SIP_CONFIGURATION;
        }
        if (status >= 500) {
            return SERVICE_ERROR;
        }
        return status >= 400 ? BAD_REQUEST : CLIENT_ERROR;
    }
}
