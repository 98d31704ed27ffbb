package io.github.acsnumbers.implementation.lro;

import io.github.acsnumbers.core.lro.OperationState;

import io.github.acsnumbers.implementation.http.ServiceRequest;
import java.util.function.Function;

/**
 * How one kind of long-running operation is polled, finished and cancelled. A client defines one per kind
 * (search, purchase, …) and hands it to {@link SyncPollerImpl} or {@link AsyncPollerImpl}.
 *
 * @param kind        a short stable name, stored in resume tokens (e.g. {@code search})
 * @param poll        the request that reads the operation's current state
 * @param finalResult the request that reads the result once the operation succeeded, or null when it has none
 * @param cancel      the request that cancels the operation, or null when it cannot be cancelled
 * @param <T>         result type
 */
public record LroDefinition<T>(String kind,
                               Function<OperationState, ServiceRequest<OperationState>> poll,
                               Function<OperationState, ServiceRequest<T>> finalResult,
                               Function<OperationState, ServiceRequest<Void>> cancel) {
}
