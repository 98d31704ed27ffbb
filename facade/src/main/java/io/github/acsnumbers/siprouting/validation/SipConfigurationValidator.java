package io.github.acsnumbers.siprouting.validation;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.NumberPattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a configuration before it is sent, with the rules the service applies, and never more strictly: what
 * the service is known to accept passes (for example the pattern {@code ^+[1-9][0-9]{3,23}$}). Patterns are
 * rejected only for syntax .NET's own parser refuses; constructs the local dry-run cannot evaluate still pass.
 */
public final class SipConfigurationValidator {
    private SipConfigurationValidator() {
    }

    /**
     * Validates the configuration as it will be after a write: trunks, then routes against those trunks.
     *
     * @param resulting the whole resulting configuration
     * @return the problems, empty when valid
     * @throws IllegalArgumentException when the configuration is null
     */
    public static List<SipValidationProblem> validate(SipConfiguration resulting) {
        if (resulting == null) {
            throw new IllegalArgumentException("'configuration' must not be null");
        }
        List<SipValidationProblem> problems = new ArrayList<>();
        for (SipTrunk trunk : resulting.getTrunks()) {
            problems.addAll(validateTrunk(trunk));
        }
        problems.addAll(validateRoutes(resulting.getRoutes(),
            resulting.getTrunks().stream().map(SipTrunk::getFqdn).collect(Collectors.toSet())));
        return List.copyOf(problems);
    }

    /**
     * Validates one trunk on its own (FQDN syntax and port).
     *
     * @param trunk the trunk
     * @return the problems, empty when valid
     * @throws IllegalArgumentException when the trunk is null
     */
    public static List<SipValidationProblem> validateTrunk(SipTrunk trunk) {
        if (trunk == null) {
            throw new IllegalArgumentException("'trunk' must not be null");
        }
        List<SipValidationProblem> problems = new ArrayList<>();
        String target = "trunk '" + trunk.getFqdn() + "'";
        String fqdnProblem = fqdnProblem(trunk.getFqdn());
        if (fqdnProblem != null) {
            problems.add(new SipValidationProblem("InvalidTrunkFqdn", target, fqdnProblem));
        }
        int port = trunk.getSipSignalingPort();
        if (port < 1 || port > 65535) {
            problems.add(new SipValidationProblem("InvalidTrunkSipSignalingPort", target,
                "SIP signaling port " + port + " is outside 1-65535"));
        }
        return problems;
    }

    /**
     * Validates a route list against the trunk FQDNs that will exist.
     *
     * @param routes the routes in order
     * @param trunkFqdns the FQDNs of the trunks in the resulting configuration
     * @return the problems, empty when valid
     * @throws IllegalArgumentException when an argument is null
     */
    public static List<SipValidationProblem> validateRoutes(List<SipTrunkRoute> routes, Collection<String> trunkFqdns) {
        if (routes == null || trunkFqdns == null) {
            throw new IllegalArgumentException("'routes' and 'trunkFqdns' must not be null");
        }
        List<SipValidationProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> known = new HashSet<>(trunkFqdns);
        for (SipTrunkRoute route : routes) {
            if (route == null) {
                throw new IllegalArgumentException("a route must not be null");
            }
            String target = "route '" + route.getName() + "'";
            if (route.getName().isBlank()) {
                problems.add(new SipValidationProblem("InvalidRouteName", target, "the route name is blank"));
            } else if (!names.add(route.getName())) {
                problems.add(new SipValidationProblem("DuplicatedRoute", target,
                    "another route already has the name '" + route.getName() + "'"));
            }
            if (route.getNumberPattern().isEmpty()) {
                problems.add(new SipValidationProblem("InvalidRouteNumberPattern", target, "the number pattern is empty"));
            } else {
                NumberPattern pattern = NumberPattern.parse(route.getNumberPattern());
                if (pattern.getStatus() == NumberPattern.Status.INVALID) {
                    problems.add(new SipValidationProblem("InvalidRouteNumberPattern", target, "number pattern '"
                        + route.getNumberPattern() + "' is not a valid .NET regular expression: "
                        + pattern.getProblem()));
                }
            }
            Set<String> seen = new HashSet<>();
            for (String fqdn : route.getTrunks()) {
                if (!seen.add(fqdn)) {
                    problems.add(new SipValidationProblem("RouteWithDuplicatedTrunk", target,
                        "trunk '" + fqdn + "' is listed more than once"));
                } else if (!known.contains(fqdn)) {
                    problems.add(new SipValidationProblem("MissingTrunk", target,
                        "trunk '" + fqdn + "' is not in the resulting configuration"));
                }
            }
        }
        return problems;
    }

    /**
     * Throws when {@link #validate(SipConfiguration)} finds problems.
     *
     * @param resulting the whole resulting configuration
     * @throws IllegalArgumentException listing every problem
     */
    public static void requireValid(SipConfiguration resulting) {
        throwIfAny(validate(resulting));
    }

    /**
     * Throws when the list is not empty.
     *
     * @param problems problems found
     * @throws IllegalArgumentException listing every problem
     */
    public static void throwIfAny(List<SipValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid SIP configuration, nothing was sent: " + problems.stream()
                .map(SipValidationProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    /**
     * Tells whether a string is an acceptable trunk FQDN: dot-separated labels of letters, digits, '-' and '_',
     * none empty or longer than 63, none starting or ending with '-', at most 253 characters in all.
     *
     * @param fqdn the candidate
     * @return true when acceptable
     */
    public static boolean isValidFqdn(String fqdn) {
        return fqdnProblem(fqdn) == null;
    }

    private static String fqdnProblem(String fqdn) {
        if (fqdn == null || fqdn.isEmpty()) {
            return "the FQDN is empty";
        }
        if (fqdn.length() > 253) {
            return "the FQDN is longer than 253 characters";
        }
        for (String label : fqdn.split("\\.", -1)) {
            if (label.isEmpty()) {
                return "'" + fqdn + "' has an empty label";
            }
            if (label.length() > 63) {
                return "'" + fqdn + "' has a label longer than 63 characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "'" + fqdn + "' has a label starting or ending with '-'";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
                if (!ok) {
                    return "'" + fqdn + "' contains the character '" + c + "'";
                }
            }
        }
        return null;
    }
}
