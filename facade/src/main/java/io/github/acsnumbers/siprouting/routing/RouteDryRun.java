package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Local route dry-run: which route and which trunks the service would pick for a number, without a network call.
 *
 * <p>The service walks the routes in order and takes the first whose {@code numberPattern} (.NET regex,
 * {@code IsMatch} semantics) matches the number, then tries that route's trunks in their listed order. When a route
 * before the first match has a pattern that cannot be evaluated locally, the answer is
 * {@link RouteDryRunResult.Outcome#UNDETERMINED}, never a guess.</p>
 */
public final class RouteDryRun {
    private RouteDryRun() {
    }

    /**
     * Runs the dry-run.
     *
     * @param configuration the configuration to evaluate (for example the current one, or a planned one)
     * @param number the dialled number exactly as the service would see it, for example {@code +14255550100}
     * @return the result
     * @throws IllegalArgumentException when an argument is null or the number is blank
     */
    public static RouteDryRunResult run(SipConfiguration configuration, String number) {
        if (configuration == null) {
            throw new IllegalArgumentException("'configuration' must not be null");
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("'number' must not be null or blank");
        }
        PatternCache cache = new PatternCache();
        SipTrunkRoute chosen = null;
        String undetermined = null;
        boolean complete = true;
        List<SipTrunkRoute> matching = new ArrayList<>();
        for (SipTrunkRoute route : configuration.getRoutes()) {
            NumberPattern pattern = cache.get(route.getNumberPattern());
            if (!pattern.isEvaluable()) {
                complete = false;
                if (chosen == null && undetermined == null) {
                    undetermined = "route '" + route.getName() + "' has a number pattern that cannot be evaluated"
                        + " locally (" + pattern.getProblem() + "): the service may pick it, so the answer is"
                        + " unknown";
                }
                continue;
            }
            if (pattern.matches(number)) {
                matching.add(route);
                if (chosen == null && undetermined == null) {
                    chosen = route;
                }
            }
        }
        if (undetermined != null) {
            return new RouteDryRunResult(number, RouteDryRunResult.Outcome.UNDETERMINED, null, List.of(), List.of(),
                matching, complete, undetermined);
        }
        if (chosen == null) {
            return new RouteDryRunResult(number, RouteDryRunResult.Outcome.NO_ROUTE, null, List.of(), List.of(),
                matching, complete, "no route's number pattern matches " + number);
        }
        List<SipTrunk> trunks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String fqdn : chosen.getTrunks()) {
            Optional<SipTrunk> trunk = configuration.getTrunk(fqdn);
            if (trunk.isPresent()) {
                trunks.add(trunk.get());
            } else {
                missing.add(fqdn);
            }
        }
        return new RouteDryRunResult(number, RouteDryRunResult.Outcome.ROUTED, chosen, trunks, missing, matching,
            complete, "route '" + chosen.getName() + "' is the first whose pattern matches " + number);
    }
}
