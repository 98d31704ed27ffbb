package io.github.acsnumbers.siprouting.routing;

import java.util.Objects;

/** One finding of {@link SipRoutingLint}. Immutable. */
public final class SipLintFinding {
    /** How serious a finding is. */
    public enum Severity {
        /** The service will reject the configuration, or calls cannot be routed as configured. */
        ERROR,
        /** Legal, but almost certainly not what was meant. */
        WARNING,
        /** Worth knowing; usually harmless. */
        INFO
    }

    /** What was found. */
    public enum Kind {
        /** A route can never be chosen: an earlier route matches every number it matches. */
        SHADOWED_ROUTE,
        /** A route lists no trunks. */
        ROUTE_WITHOUT_TRUNKS,
        /** A route names a trunk the configuration does not contain. */
        MISSING_TRUNK,
        /** No route uses a trunk. */
        UNUSED_TRUNK,
        /** java.util.regex would read the pattern, as written, differently from .NET. */
        JAVA_DIFFERENCE,
        /** A legal pattern construct that is rarely what was meant (for example {@code ^+}). */
        SUSPICIOUS_PATTERN,
        /** A pattern the local dry-run cannot evaluate. */
        UNSUPPORTED_PATTERN,
        /** A pattern .NET's regex parser rejects. */
        INVALID_PATTERN
    }

    private final Kind kind;
    private final Severity severity;
    private final String routeName;
    private final String trunkFqdn;
    private final String message;

    SipLintFinding(Kind kind, Severity severity, String routeName, String trunkFqdn, String message) {
        this.kind = kind;
        this.severity = severity;
        this.routeName = routeName;
        this.trunkFqdn = trunkFqdn;
        this.message = message;
    }

    /** @return what was found */
    public Kind getKind() {
        return kind;
    }

    /** @return how serious it is */
    public Severity getSeverity() {
        return severity;
    }

    /** @return the route concerned, or {@code null} */
    public String getRouteName() {
        return routeName;
    }

    /** @return the trunk concerned, or {@code null} */
    public String getTrunkFqdn() {
        return trunkFqdn;
    }

    /** @return a readable explanation */
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SipLintFinding)) {
            return false;
        }
        SipLintFinding f = (SipLintFinding) o;
        return kind == f.kind && severity == f.severity && Objects.equals(routeName, f.routeName)
            && Objects.equals(trunkFqdn, f.trunkFqdn) && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, severity, routeName, trunkFqdn, message);
    }

    @Override
    public String toString() {
        return severity + " " + kind + (routeName != null ? " route '" + routeName + "'" : "")
            + (trunkFqdn != null ? " trunk '" + trunkFqdn + "'" : "") + ": " + message;
    }
}
