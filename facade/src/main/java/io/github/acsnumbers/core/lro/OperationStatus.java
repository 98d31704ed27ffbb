package io.github.acsnumbers.core.lro;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * Status of a long-running operation. Only {@link #SUCCEEDED}, {@link #FAILED} and {@link #CANCELLED} are final:
 * the service may move an operation from {@code running} back to {@code notStarted}.
 */
public final class OperationStatus extends ExpandableStringEnum<OperationStatus> {
    /** Accepted, not started (can also follow {@code running}). */
    public static final OperationStatus NOT_STARTED = fromString("notStarted");
    /** In progress. */
    public static final OperationStatus RUNNING = fromString("running");
    /** Finished successfully. */
    public static final OperationStatus SUCCEEDED = fromString("succeeded");
    /** Finished with an error. */
    public static final OperationStatus FAILED = fromString("failed");
    /** Cancelled by the caller. */
    public static final OperationStatus CANCELLED = fromString("cancelled");

    private OperationStatus() {
        // instances come from fromString
    }

    /**
     * @param value wire value
     * @return the status
     */
    public static OperationStatus fromString(String value) {
        return fromString(value, OperationStatus.class);
    }

    /** @return the known statuses */
    public static Collection<OperationStatus> values() {
        return values(OperationStatus.class);
    }

    /** @return true for succeeded, failed and cancelled */
    public boolean isComplete() {
        return this.equals(SUCCEEDED) || this.equals(FAILED) || this.equals(CANCELLED);
    }
}
