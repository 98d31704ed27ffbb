package io.github.acsnumbers.siprouting;

/**
 * Thrown by {@code apply(plan)} when the configuration on the service is no longer the one the plan was computed
 * from (another writer changed it). Nothing was sent; compute a new plan and review it again.
 */
public final class SipConfigurationChangedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what changed
     */
    public SipConfigurationChangedException(String message) {
        super(message);
    }
}
