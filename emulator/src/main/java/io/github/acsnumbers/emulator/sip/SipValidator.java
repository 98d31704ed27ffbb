package io.github.acsnumbers.emulator.sip;

import io.github.acsnumbers.emulator.http.ApiResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole (merged) configuration and returns the first error in this order: trunks in map order (FQDN, port,
 * registered domain if required), then routes in list order (name, number pattern, duplicated trunk in the route,
 * missing trunk), then duplicated route names. The order between different checks is the emulator's choice; the
 * service only showed single-error cases.
 */
final class SipValidator {

    /** Labels of letters, digits and inner hyphens, at least two labels, at most 249 characters in all. */
    private static final Pattern FQDN = Pattern.compile(
            "(?=.{1,249}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final int MAX_ROUTE_NAME = 256;
    private static final int MAX_NUMBER_PATTERN = 1024;

    private SipValidator() {
    }

    /** Validates without the domain rule for trunks (testRoutesWithNumber). */
    static Optional<ApiResult> validate(SipConfiguration c, boolean requireRegisteredDomains) {
        return validate(c, null, requireRegisteredDomains);
    }

    /**
     * Validates a merged configuration. The service's domain rule: once the resource has at least one registered
     * domain (or {@code requireRegisteredDomains}), every trunk the patch adds or changes must lie in a registered
     * domain, else 422 {@code MissingDomain}. Trunks the patch leaves alone are not re-checked (<i>emulator's
     * choice</i>: registering a first domain does not fail because of older trunks).
     *
     * @param c        the merged configuration
     * @param previous the configuration before the patch, or {@code null} to check every trunk
     * @param requireRegisteredDomains apply the domain rule even when no domain is registered
     */
    static Optional<ApiResult> validate(SipConfiguration c, SipConfiguration previous,
                                        boolean requireRegisteredDomains) {
        boolean domainRule = requireRegisteredDomains || (previous != null && !c.domains().isEmpty());
        for (Map.Entry<String, SipTrunk> e : c.trunks().entrySet()) {
            if (!FQDN.matcher(e.getKey()).matches()) {
                return Optional.of(SipErrors.invalidTrunkFqdn(e.getKey()));
            }
            Integer port = e.getValue().sipSignalingPort();
            if (port == null || port < 1 || port > 65535) {
                return Optional.of(SipErrors.invalidTrunkPort());
            }
            boolean touched = previous == null || !e.getValue().equals(previous.trunks().get(e.getKey()));
            if (domainRule && touched && !hasDomain(c, e.getKey())) {
                return Optional.of(SipErrors.missingDomain());
            }
        }
        for (SipRoute r : c.routes()) {
            if (r.name() == null || r.name().isBlank() || r.name().length() > MAX_ROUTE_NAME) {
                return Optional.of(SipErrors.invalidRouteName());
            }
            String pattern = r.numberPattern();
            if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_NUMBER_PATTERN
                    || !DotNetRegex.isValid(pattern)) {
                return Optional.of(SipErrors.invalidRouteNumberPattern());
            }
            if (r.trunks() != null) {
                Set<String> seen = new HashSet<>();
                for (String t : r.trunks()) {
                    if (!seen.add(t.toLowerCase(Locale.ROOT))) {
                        return Optional.of(SipErrors.routeWithDuplicatedTrunk());
                    }
                }
                for (String t : r.trunks()) {
                    if (!c.trunks().containsKey(t)) {
                        return Optional.of(SipErrors.missingTrunk());
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (SipRoute r : c.routes()) {
            if (!names.add(r.name())) {
                return Optional.of(SipErrors.duplicatedRoute());
            }
        }
        return Optional.empty();
    }

    /** Whether a name is a well-formed domain name (two or more labels). */
    static boolean isDomainName(String name) {
        return FQDN.matcher(name).matches();
    }

    private static boolean hasDomain(SipConfiguration c, String fqdn) {
        String lower = fqdn.toLowerCase(Locale.ROOT);
        for (String domain : c.domains().keySet()) {
            if (lower.endsWith("." + domain.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
