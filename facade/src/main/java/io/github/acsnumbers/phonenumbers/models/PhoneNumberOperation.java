package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.lro.OperationStatus;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A long-running operation as the service reports it ({@code GET /phoneNumbers/operations/{id}}): what it is, how
 * far it got, and its error when it failed. Read one with {@code PhoneNumbersClient.getOperation(id)}, for example
 * for an id found in a log line or in the Azure portal; follow it to the end with the client's {@code resume...}
 * methods, which accept the same bare id.
 */
public final class PhoneNumberOperation {
    private final String id;
    private final String operationType;
    private final OperationStatus status;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime lastActionAt;
    private final String resourceLocation;
    private final CommunicationError error;

    /**
     * Creates an instance. The client builds these from service responses; the constructor is public for tests.
     *
     * @param id               operation id, e.g. {@code purchase_<searchId>}
     * @param operationType    e.g. {@code search}, {@code purchase}, {@code releasePhoneNumber}
     * @param status           the status
     * @param createdAt        when it was created, or null
     * @param lastActionAt     the last action time the service reports (often {@code 0001-01-01T00:00:00Z}), or null
     * @param resourceLocation where its result is, or null
     * @param error            its error when it failed, or null
     */
    PhoneNumberOperation(String id, String operationType, OperationStatus status, OffsetDateTime createdAt,
                                OffsetDateTime lastActionAt, String resourceLocation, CommunicationError error) {
        this.id = id;
        this.operationType = operationType;
        this.status = status;
        this.createdAt = createdAt;
        this.lastActionAt = lastActionAt;
        this.resourceLocation = resourceLocation;
        this.error = error;
    }

    /** @return the operation id */
    public String getId() {
        return id;
    }

    /** @return the operation type as the service names it */
    public String getOperationType() {
        return operationType;
    }

    /** @return the status; only succeeded and failed are final */
    public OperationStatus getStatus() {
        return status;
    }

    /** @return when the service created the operation, or null */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** @return the service's last action time, or null */
    public OffsetDateTime getLastActionAt() {
        return lastActionAt;
    }

    /** @return where the result is (search results, the updated number), or null */
    public String getResourceLocation() {
        return resourceLocation;
    }

    /** @return the operation's error when it failed, or null */
    public CommunicationError getError() {
        return error;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PhoneNumberOperation)) {
            return false;
        }
        PhoneNumberOperation other = (PhoneNumberOperation) o;
        return Objects.equals(id, other.id) && Objects.equals(operationType, other.operationType)
            && Objects.equals(status, other.status) && Objects.equals(createdAt, other.createdAt)
            && Objects.equals(lastActionAt, other.lastActionAt)
            && Objects.equals(resourceLocation, other.resourceLocation) && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, operationType, status, createdAt, resourceLocation);
    }

    @Override
    public String toString() {
        return "PhoneNumberOperation{" + id + ", " + operationType + ", " + status
            + (error == null ? "" : ", error " + error.code() + ": " + error.message()) + "}";
    }
}
