package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipConfiguration;

/** Lets tests in other packages reuse the service example configuration. */
public final class RouteDryRunTestAccess {
    private RouteDryRunTestAccess() {
    }

    /** @return the configuration of the service's testRoutesWithNumber example */
    public static SipConfiguration example() {
        return RouteDryRunTest.exampleConfiguration();
    }
}
