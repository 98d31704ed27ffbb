package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Static checks of a SIP configuration that the service does not make: routes that can never be chosen, routes
 * without trunks, trunks nobody uses, and number patterns that are suspicious, unsupported locally, or read
 * differently by Java's regex engine than by the service's .NET one.
 *
 * <p>Shadowing is detected for two cases that can be decided exactly enough: an earlier catch-all (a pattern that
 * matches every probe string, including the empty string and non-digits, such as {@code ^.*$} or {@code .*}) and an
 * earlier route with the identical pattern. Partial overlaps are not reported.</p>
 */
public final class SipRoutingLint {
    /** Strings a catch-all pattern must match; they span empty, digits, '+', symbols and letters. */
    private static final List<String> CATCH_ALL_PROBES = List.of("", "+", "0", "9", "+14255550100", "14255550100",
        "+999999999999999999999999", "#", "*", "x", "sip:alice", " ");

    private SipRoutingLint() {
    }

    /**
     * Lints a configuration.
     *
     * @param configuration the configuration
     * @return the findings, ordered by route and then trunk (empty when nothing was found)
     * @throws IllegalArgumentException when the configuration is null
     */
    public static List<SipLintFinding> lint(SipConfiguration configuration) {
        if (configuration == null) {
            throw new IllegalArgumentException("'configuration' must not be null");
        }
        PatternCache cache = new PatternCache();
        List<SipLintFinding> findings = new ArrayList<>();
        String catchAll = null;
        List<SipTrunkRoute> earlier = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SipTrunkRoute route : configuration.getRoutes()) {
            String name = route.getName();
            NumberPattern pattern = cache.get(route.getNumberPattern());
            if (catchAll != null) {
                findings.add(new SipLintFinding(SipLintFinding.Kind.SHADOWED_ROUTE, SipLintFinding.Severity.WARNING,
                    name, null, "never chosen: the earlier route '" + catchAll + "' matches every number"));
            } else {
                for (SipTrunkRoute before : earlier) {
                    if (before.getNumberPattern().equals(route.getNumberPattern())) {
                        findings.add(new SipLintFinding(SipLintFinding.Kind.SHADOWED_ROUTE,
                            SipLintFinding.Severity.WARNING, name, null, "never chosen: the earlier route '"
                            + before.getName() + "' has the same number pattern"));
                        break;
                    }
                }
            }
            switch (pattern.getStatus()) {
                case INVALID:
                    findings.add(new SipLintFinding(SipLintFinding.Kind.INVALID_PATTERN, SipLintFinding.Severity.ERROR,
                        name, null, "number pattern '" + pattern.getSource() + "' is not a valid .NET regex: "
                        + pattern.getProblem()));
                    break;
                case UNSUPPORTED:
                    findings.add(new SipLintFinding(SipLintFinding.Kind.UNSUPPORTED_PATTERN,
                        SipLintFinding.Severity.WARNING, name, null, "number pattern '" + pattern.getSource()
                        + "' cannot be evaluated by the local dry-run: " + pattern.getProblem()));
                    break;
                default:
                    if (catchAll == null && isCatchAll(pattern)) {
                        catchAll = name;
                    }
                    break;
            }
            for (String warning : pattern.getWarnings()) {
                findings.add(new SipLintFinding(SipLintFinding.Kind.SUSPICIOUS_PATTERN,
                    SipLintFinding.Severity.WARNING, name, null, warning));
            }
            for (String difference : pattern.getJavaDifferences()) {
                findings.add(new SipLintFinding(SipLintFinding.Kind.JAVA_DIFFERENCE, SipLintFinding.Severity.INFO,
                    name, null, "pattern '" + pattern.getSource() + "': " + difference));
            }
            if (route.getTrunks().isEmpty()) {
                findings.add(new SipLintFinding(SipLintFinding.Kind.ROUTE_WITHOUT_TRUNKS,
                    SipLintFinding.Severity.WARNING, name, null,
                    "lists no trunks: numbers it matches are taken by it and go nowhere"));
            }
            for (String fqdn : route.getTrunks()) {
                used.add(fqdn);
                if (configuration.getTrunk(fqdn).isEmpty()) {
                    findings.add(new SipLintFinding(SipLintFinding.Kind.MISSING_TRUNK, SipLintFinding.Severity.ERROR,
                        name, fqdn, "names a trunk the configuration does not contain"));
                }
            }
            earlier.add(route);
        }
        for (SipTrunk trunk : configuration.getTrunks()) {
            if (!used.contains(trunk.getFqdn())) {
                findings.add(new SipLintFinding(SipLintFinding.Kind.UNUSED_TRUNK, SipLintFinding.Severity.INFO, null,
                    trunk.getFqdn(), "no route sends calls to this trunk"));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Tells whether a pattern matches every number (probe-based: it must match each probe string).
     *
     * @param pattern a supported pattern
     * @return true for a catch-all
     */
    static boolean isCatchAll(NumberPattern pattern) {
        for (String probe : CATCH_ALL_PROBES) {
            if (!pattern.matches(probe)) {
                return false;
            }
        }
        return true;
    }
}
