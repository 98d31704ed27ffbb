package io.github.acsnumbers.core.error;

import java.util.List;

/**
 * The one exception type of the SDK for everything the service (or the way to it) refused: it carries the HTTP
 * status, the service's error code, message, target, inner error and details, the request id to quote to
 * support, and a stable {@link ErrorKind} with a hint. Its message is written for a person.
 *
 * <p>Bad arguments are reported earlier, before any request, as {@link IllegalArgumentException}.
 */
public class CommunicationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, 0 when no response was received. */
    private final int statusCode;
    private final transient CommunicationError error;
    /** The request id the service can trace. */
    private final String requestId;
    /** The stable kind of failure. */
    private final ErrorKind kind;
    /** The long-running operation's id, when the failure belongs to one. */
    private final String operationId;

    /**
     * @param summary     a short human description of what failed (e.g. "GET /phoneNumbers/+1425… failed")
     * @param statusCode  HTTP status, or 0 when no response was received
     * @param error       the service error, or null
     * @param requestId   the request id, or null
     * @param kind        the classification
     * @param operationId the long-running operation id, or null
     * @param cause       the underlying exception, or null
     */
    public CommunicationException(String summary, int statusCode, CommunicationError error, String requestId,
                                  ErrorKind kind, String operationId, Throwable cause) {
        super(compose(summary, statusCode, error, requestId, kind, operationId), cause);
        this.statusCode = statusCode;
        this.error = error;
        this.requestId = requestId;
        this.kind = kind;
        this.operationId = operationId;
    }

    private static String compose(String summary, int status, CommunicationError error, String requestId,
                                  ErrorKind kind, String operationId) {
        StringBuilder sb = new StringBuilder(summary == null ? "Request failed" : summary);
        if (status > 0) {
            sb.append(" (HTTP ").append(status).append(')');
        }
        if (error != null) {
            if (error.code() != null) {
                sb.append(": ").append(error.code());
            }
            if (error.message() != null) {
                sb.append(error.code() != null ? " - " : ": ").append(error.message());
            }
            if (error.target() != null) {
                sb.append(" [target: ").append(error.target()).append(']');
            }
            if (error.innerError() != null) {
                sb.append(" [inner: ").append(error.innerError().code());
                if (error.innerError().message() != null) {
                    sb.append(" - ").append(error.innerError().message());
                }
                sb.append(']');
            }
        }
        if (kind != null) {
            // the service's message usually ends a sentence already ("Denied by the resource provider.")
            char last = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
            sb.append(last == '.' || last == '!' || last == '?' ? " " : ". ").append(kind.getHint());
        }
        if (operationId != null) {
            sb.append(" operation-id: ").append(operationId).append('.');
        }
        if (requestId != null) {
            sb.append(" request-id: ").append(requestId);
        }
        // the service's (or a gateway's) text must not be able to forge extra log lines
        return sb.toString().replace('\r', ' ').replace('\n', ' ');
    }

    /** @return HTTP status, or 0 when there was no response */
    public int getStatusCode() {
        return statusCode;
    }

    /** @return the service error, or null */
    public CommunicationError getError() {
        return error;
    }

    /** @return the service's error code (e.g. {@code NotFound}), or null */
    public String getErrorCode() {
        return error == null ? null : error.code();
    }

    /** @return the service's message, or null */
    public String getServiceMessage() {
        return error == null ? null : error.message();
    }

    /** @return the error target (e.g. {@code phonenumber}), or null */
    public String getTarget() {
        return error == null ? null : error.target();
    }

    /** @return the inner error code (e.g. {@code MissingTrunk}), or null */
    public String getInnerErrorCode() {
        return error == null || error.innerError() == null ? null : error.innerError().code();
    }

    /** @return the inner error message, or null */
    public String getInnerErrorMessage() {
        return error == null || error.innerError() == null ? null : error.innerError().message();
    }

    /** @return nested error details; never null */
    public List<CommunicationError> getDetails() {
        return error == null ? List.of() : error.details();
    }

    /** @return the {@code x-ms-client-request-id} (and {@code MS-CV} when sent) to quote to support, or null */
    public String getRequestId() {
        return requestId;
    }

    /** @return the stable classification */
    public ErrorKind getKind() {
        return kind;
    }

    /** @return the long-running operation id when the failure belongs to one, or null */
    public String getOperationId() {
        return operationId;
    }
}
