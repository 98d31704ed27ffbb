package io.github.acsnumbers.emulator.sip;

import java.util.List;

/**
 * A stored route. Routes are evaluated in list order; a route matches when its {@code numberPattern} (a .NET regular
 * expression, see {@link DotNetRegex}) finds a match in the target number.
 *
 * @param name             route name (unique within a configuration)
 * @param description      optional description, {@code null} when not sent
 * @param numberPattern    .NET regular expression
 * @param trunks           trunk FQDNs in priority order, {@code null} when not sent
 * @param callerIdOverride preview only, {@code null} when not set
 */
public record SipRoute(String name, String description, String numberPattern, List<String> trunks,
                       String callerIdOverride) {

    /**
     * Copies the trunk list so the route cannot change after it is built.
     *
     * @param name             route name
     * @param description      description or {@code null}
     * @param numberPattern    .NET regular expression
     * @param trunks           trunk FQDNs or {@code null}
     * @param callerIdOverride caller id override or {@code null}
     */
    public SipRoute {
        trunks = trunks == null ? null : List.copyOf(trunks);
    }
}
