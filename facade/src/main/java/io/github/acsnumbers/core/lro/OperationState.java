package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.error.CommunicationError;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What the SDK knows about a long-running operation after its last response.
 *
 * @param operationId       the service's operation id, e.g. {@code search_<guid>}
 * @param operationLocation where to poll (relative or absolute, as the service sent it)
 * @param resourceLocation  where the result is (search results, the updated number), or null
 * @param status            the last status seen
 * @param error             the operation's error when it failed, else null
 * @param retryAfter        the wait the service asked for before the next poll, or null
 * @param createdAt         when the service created the operation, or null
 */
public record OperationState(String operationId, String operationLocation, String resourceLocation,
                             OperationStatus status, CommunicationError error, Duration retryAfter,
                             OffsetDateTime createdAt) {

    /**
     * @param status new status
     * @return a copy with that status
     */
    public OperationState withStatus(OperationStatus status) {
        return new OperationState(operationId, operationLocation, resourceLocation, status, error, retryAfter,
            createdAt);
    }
}
