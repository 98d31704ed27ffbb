package io.github.acsnumbers.siprouting.routing;

import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@link RouteDryRun} found for one number. Immutable. */
public final class RouteDryRunResult {
    /** The kind of answer. */
    public enum Outcome {
        /** A route matched: {@link #getRoute()} and {@link #getTrunks()} say where the call goes. */
        ROUTED,
        /** No route matches the number; the service would not route the call. */
        NO_ROUTE,
        /** A pattern that cannot be evaluated locally comes before any match; see {@link #getReason()}. */
        UNDETERMINED
    }

    private final String number;
    private final Outcome outcome;
    private final SipTrunkRoute route;
    private final List<SipTrunk> trunks;
    private final List<String> missingTrunks;
    private final List<SipTrunkRoute> matchingRoutes;
    private final boolean matchingRoutesComplete;
    private final String reason;

    RouteDryRunResult(String number, Outcome outcome, SipTrunkRoute route, List<SipTrunk> trunks,
                      List<String> missingTrunks, List<SipTrunkRoute> matchingRoutes, boolean matchingRoutesComplete,
                      String reason) {
        this.number = number;
        this.outcome = outcome;
        this.route = route;
        this.trunks = List.copyOf(trunks);
        this.missingTrunks = List.copyOf(missingTrunks);
        this.matchingRoutes = List.copyOf(matchingRoutes);
        this.matchingRoutesComplete = matchingRoutesComplete;
        this.reason = reason;
    }

    /** @return the number that was evaluated */
    public String getNumber() {
        return number;
    }

    /** @return routed, no route, or undetermined */
    public Outcome getOutcome() {
        return outcome;
    }

    /** @return the route the service would pick (only when {@link Outcome#ROUTED}) */
    public Optional<SipTrunkRoute> getRoute() {
        return Optional.ofNullable(route);
    }

    /** @return the chosen route's trunks that exist in the configuration, in the order they are tried */
    public List<SipTrunk> getTrunks() {
        return trunks;
    }

    /** @return FQDNs the chosen route names but the configuration does not contain (the service rejects that) */
    public List<String> getMissingTrunks() {
        return missingTrunks;
    }

    /**
     * Returns every route whose pattern matches, in order, like the service's testRoutesWithNumber answer. Routes
     * with patterns that cannot be evaluated are left out; {@link #isMatchingRoutesComplete()} says whether any were.
     *
     * @return the matching routes
     */
    public List<SipTrunkRoute> getMatchingRoutes() {
        return matchingRoutes;
    }

    /** @return true when every route's pattern could be evaluated */
    public boolean isMatchingRoutesComplete() {
        return matchingRoutesComplete;
    }

    /** @return a sentence explaining the outcome */
    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        switch (outcome) {
            case ROUTED:
                return number + " -> route '" + route.getName() + "' -> trunks "
                    + trunks.stream().map(SipTrunk::getFqdn).collect(Collectors.joining(", ", "[", "]"))
                    + (missingTrunks.isEmpty() ? "" : " (missing: " + missingTrunks + ")");
            case NO_ROUTE:
                return number + " -> no route";
            default:
                return number + " -> undetermined: " + reason;
        }
    }
}
