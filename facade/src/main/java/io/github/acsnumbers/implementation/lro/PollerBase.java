package io.github.acsnumbers.implementation.lro;

import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;

/**
 * What both pollers read without a request: the last state seen and the resume token. Shared so that
 * {@link io.github.acsnumbers.core.lro.SyncPoller} and {@link io.github.acsnumbers.core.lro.AsyncPoller} cannot drift.
 *
 * @param <T> the final result type
 */
abstract class PollerBase<T> {
    /** The loop this poller runs. */
    protected final PollLoop<T> loop;

    /** @param loop the loop this poller runs */
    protected PollerBase(PollLoop<T> loop) {
        this.loop = loop;
    }

    /** @return the last status seen, without a request */
    public OperationStatus getStatus() {
        return loop.state().status();
    }

    /** @return the service's operation id */
    public String getOperationId() {
        return loop.state().operationId();
    }

    /** @return the last state seen */
    public OperationState getState() {
        return loop.state();
    }

    /** @return a token that {@code resume...} methods accept in another process */
    public String getResumeToken() {
        return loop.resumeToken();
    }

    @Override
    public String toString() {
        // users know the interface (SyncPoller / AsyncPoller), not our implementation class
        String name = getClass().getSimpleName();
        return (name.endsWith("Impl") ? name.substring(0, name.length() - 4) : name) + "{" + loop + "}";
    }
}
