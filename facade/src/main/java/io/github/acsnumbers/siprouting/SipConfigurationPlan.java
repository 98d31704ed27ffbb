package io.github.acsnumbers.siprouting;

import com.google.gson.JsonObject;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.validation.SipConfigurationValidator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The difference between the current SIP configuration and a desired one, and the single merge-patch that turns
 * one into the other: trunks added or changed, trunks removed (sent as {@code null}), and the whole new route list.
 * Immutable. Domains are not part of a plan.
 *
 * <p>A trunk field left {@code null} in the desired configuration (the preview-only fields) means "keep what the
 * service has"; it is neither compared nor sent. Health is never compared.</p>
 *
 * <p>The plan remembers the configuration it was computed from; {@link SipRoutingClient#apply} re-reads the
 * configuration and refuses to send when it no longer matches ({@link #isBasedOn(SipConfiguration)}).</p>
 */
public final class SipConfigurationPlan {
    private final SipConfiguration current;
    private final SipConfiguration desired;
    private final List<SipTrunk> trunksAdded;
    private final List<TrunkChange> trunksChanged;
    private final List<SipTrunk> trunksRemoved;
    private final List<SipTrunkRoute> routesAdded;
    private final List<SipTrunkRoute> routesRemoved;
    private final List<RouteChange> routesChanged;
    private final boolean routesReordered;
    private final boolean routesReplaced;

    private SipConfigurationPlan(SipConfiguration current, SipConfiguration desired) {
        this.current = current;
        this.desired = desired;
        List<SipTrunk> added = new ArrayList<>();
        List<TrunkChange> changed = new ArrayList<>();
        for (SipTrunk want : desired.getTrunks()) {
            Optional<SipTrunk> have = current.getTrunk(want.getFqdn());
            if (have.isEmpty()) {
                added.add(want);
            } else if (differs(have.get(), want)) {
                changed.add(new TrunkChange(have.get(), want));
            }
        }
        List<SipTrunk> removed = current.getTrunks().stream()
            .filter(t -> desired.getTrunk(t.getFqdn()).isEmpty()).collect(Collectors.toList());
        this.trunksAdded = List.copyOf(added);
        this.trunksChanged = List.copyOf(changed);
        this.trunksRemoved = List.copyOf(removed);

        Map<String, SipTrunkRoute> before = byName(current.getRoutes());
        Map<String, SipTrunkRoute> after = byName(desired.getRoutes());
        this.routesAdded = desired.getRoutes().stream().filter(r -> !before.containsKey(r.getName()))
            .collect(Collectors.toUnmodifiableList());
        this.routesRemoved = current.getRoutes().stream().filter(r -> !after.containsKey(r.getName()))
            .collect(Collectors.toUnmodifiableList());
        this.routesChanged = desired.getRoutes().stream()
            .filter(r -> before.containsKey(r.getName()) && !before.get(r.getName()).equals(r))
            .map(r -> new RouteChange(before.get(r.getName()), r)).collect(Collectors.toUnmodifiableList());
        List<String> commonBefore = current.getRoutes().stream().map(SipTrunkRoute::getName)
            .filter(after::containsKey).collect(Collectors.toList());
        List<String> commonAfter = desired.getRoutes().stream().map(SipTrunkRoute::getName)
            .filter(before::containsKey).collect(Collectors.toList());
        this.routesReordered = !commonBefore.equals(commonAfter);
        this.routesReplaced = !current.getRoutes().equals(desired.getRoutes());
    }

    /**
     * Computes a plan.
     *
     * @param current the configuration the service has now
     * @param desired the whole configuration wanted (its trunks become the whole trunk set, its routes the whole
     *     route list)
     * @return the plan
     * @throws IllegalArgumentException when an argument is null or the resulting configuration is invalid
     */
    public static SipConfigurationPlan between(SipConfiguration current, SipConfiguration desired) {
        if (current == null || desired == null) {
            throw new IllegalArgumentException("'current' and 'desired' must not be null");
        }
        SipConfigurationPlan plan = new SipConfigurationPlan(current, desired);
        SipConfigurationValidator.requireValid(plan.getResultingConfiguration());
        return plan;
    }

    private static Map<String, SipTrunkRoute> byName(List<SipTrunkRoute> routes) {
        Map<String, SipTrunkRoute> m = new LinkedHashMap<>();
        routes.forEach(r -> m.putIfAbsent(r.getName(), r));
        return m;
    }

    /** True when the desired trunk sets a writable field to a value other than the current one. */
    private static boolean differs(SipTrunk have, SipTrunk want) {
        return have.getSipSignalingPort() != want.getSipSignalingPort()
            || (want.getEnabled() != null && !want.getEnabled().equals(have.getEnabled()))
            || (want.getDirectTransfer() != null && !want.getDirectTransfer().equals(have.getDirectTransfer()))
            || (want.getPrivacyHeader() != null && !want.getPrivacyHeader().equals(have.getPrivacyHeader()))
            || (want.getIpAddressVersion() != null && !want.getIpAddressVersion().equals(have.getIpAddressVersion()));
    }

    private static SipTrunk merged(SipTrunk have, SipTrunk want) {
        SipTrunk.Builder b = have.toBuilder().sipSignalingPort(want.getSipSignalingPort()).health(null);
        if (want.getEnabled() != null) {
            b.enabled(want.getEnabled());
        }
        if (want.getDirectTransfer() != null) {
            b.directTransfer(want.getDirectTransfer());
        }
        if (want.getPrivacyHeader() != null) {
            b.privacyHeader(want.getPrivacyHeader());
        }
        if (want.getIpAddressVersion() != null) {
            b.ipAddressVersion(want.getIpAddressVersion());
        }
        return b.build();
    }

    /** @return the configuration the plan was computed from */
    public SipConfiguration getCurrentConfiguration() {
        return current;
    }

    /** @return the desired configuration as given */
    public SipConfiguration getDesiredConfiguration() {
        return desired;
    }

    /**
     * Returns the configuration expected after the patch: desired trunks (unset fields keep their current values),
     * desired routes, current domains.
     *
     * @return the expected configuration
     */
    public SipConfiguration getResultingConfiguration() {
        List<SipTrunk> trunks = desired.getTrunks().stream()
            .map(t -> current.getTrunk(t.getFqdn()).map(have -> merged(have, t)).orElse(t))
            .collect(Collectors.toList());
        return new SipConfiguration(trunks, desired.getRoutes(), current.getDomains());
    }

    /** @return trunks that will be created */
    public List<SipTrunk> getTrunksAdded() {
        return trunksAdded;
    }

    /** @return trunks whose settings will change */
    public List<TrunkChange> getTrunksChanged() {
        return trunksChanged;
    }

    /** @return trunks that will be deleted */
    public List<SipTrunk> getTrunksRemoved() {
        return trunksRemoved;
    }

    /** @return routes whose name is new */
    public List<SipTrunkRoute> getRoutesAdded() {
        return routesAdded;
    }

    /** @return routes whose name disappears */
    public List<SipTrunkRoute> getRoutesRemoved() {
        return routesRemoved;
    }

    /** @return routes that keep their name but change pattern, trunks, description or caller id */
    public List<RouteChange> getRoutesChanged() {
        return routesChanged;
    }

    /** @return true when routes present before and after change their relative order */
    public boolean isRoutesReordered() {
        return routesReordered;
    }

    /** @return true when the route list will be replaced (any route difference at all) */
    public boolean isRoutesReplaced() {
        return routesReplaced;
    }

    /** @return true when there is nothing to send */
    public boolean isEmpty() {
        return trunksAdded.isEmpty() && trunksChanged.isEmpty() && trunksRemoved.isEmpty() && !routesReplaced;
    }

    /**
     * Tells whether a freshly read configuration is still the one the plan was computed from (trunk settings and
     * routes; health and domains are ignored).
     *
     * @param fresh the configuration read just now
     * @return true when the plan can be applied safely
     */
    public boolean isBasedOn(SipConfiguration fresh) {
        if (fresh == null || !fresh.getRoutes().equals(current.getRoutes())
            || fresh.getTrunks().size() != current.getTrunks().size()) {
            return false;
        }
        for (SipTrunk t : current.getTrunks()) {
            Optional<SipTrunk> now = fresh.getTrunk(t.getFqdn());
            if (now.isEmpty() || !now.get().sameSettingsAs(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds the single merge-patch document: {@code trunks} with upserts and {@code null} deletions (only when a
     * trunk changes) and the full {@code routes} list (only when routes change).
     *
     * @return a fresh JSON object
     */
    JsonObject toMergePatch() {
        JsonObject patch = new JsonObject();
        if (!trunksAdded.isEmpty() || !trunksChanged.isEmpty() || !trunksRemoved.isEmpty()) {
            JsonObject trunks = new JsonObject();
            Set<String> upserted = new HashSet<>();
            trunksAdded.forEach(t -> upserted.add(t.getFqdn()));
            trunksChanged.forEach(c -> upserted.add(c.getAfter().getFqdn()));
            // desired order for upserts, then deletions in current order
            for (SipTrunk t : desired.getTrunks()) {
                if (upserted.contains(t.getFqdn())) {
                    trunks.add(t.getFqdn(), SipPatchBodies.trunk(t));
                }
            }
            trunksRemoved.forEach(t -> SipPatchBodies.putDeletion(trunks, t.getFqdn()));
            patch.add("trunks", trunks);
        }
        if (routesReplaced) {
            patch.add("routes", SipPatchBodies.routes(desired.getRoutes()));
        }
        return patch;
    }

    /** @return the merge-patch as the exact JSON text that will be sent */
    public String toMergePatchJson() {
        return SipPatchBodies.toJson(toMergePatch());
    }

    /** @return true when the desired configuration sets fields only api-version 2024-11-15-preview knows */
    public boolean usesPreviewFields() {
        return desired.getTrunks().stream().anyMatch(SipTrunk::usesPreviewFields)
            || desired.getRoutes().stream().anyMatch(SipTrunkRoute::usesPreviewFields);
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "SIP configuration plan: no changes";
        }
        StringBuilder s = new StringBuilder("SIP configuration plan:\n");
        if (!trunksAdded.isEmpty() || !trunksChanged.isEmpty() || !trunksRemoved.isEmpty()) {
            s.append("  trunks:\n");
            trunksAdded.forEach(t -> s.append("    + ").append(t.getFqdn()).append(" port ")
                .append(t.getSipSignalingPort()).append('\n'));
            trunksChanged.forEach(c -> s.append("    ~ ").append(c).append('\n'));
            trunksRemoved.forEach(t -> s.append("    - ").append(t.getFqdn()).append('\n'));
        }
        if (routesReplaced) {
            s.append("  routes").append(routesReordered ? " (reordered)" : "").append(":\n");
            routesAdded.forEach(r -> s.append("    + '").append(r.getName()).append("' ").append(r.getNumberPattern())
                .append(" -> ").append(r.getTrunks()).append('\n'));
            routesChanged.forEach(c -> s.append("    ~ ").append(c).append('\n'));
            routesRemoved.forEach(r -> s.append("    - '").append(r.getName()).append("'\n"));
            s.append("    order: ").append(desired.getRoutes().stream().map(SipTrunkRoute::getName)
                .collect(Collectors.joining(", "))).append('\n');
        }
        return s.toString();
    }

    /** A trunk present before and after whose settings change. */
    public static final class TrunkChange {
        private final SipTrunk before;
        private final SipTrunk after;

        TrunkChange(SipTrunk before, SipTrunk after) {
            this.before = before;
            this.after = after;
        }

        /** @return the trunk as it is now */
        public SipTrunk getBefore() {
            return before;
        }

        /** @return the trunk as desired */
        public SipTrunk getAfter() {
            return after;
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (before.getSipSignalingPort() != after.getSipSignalingPort()) {
                parts.add("port " + before.getSipSignalingPort() + " -> " + after.getSipSignalingPort());
            }
            field(parts, "enabled", before.getEnabled(), after.getEnabled());
            field(parts, "directTransfer", before.getDirectTransfer(), after.getDirectTransfer());
            field(parts, "privacyHeader", before.getPrivacyHeader(), after.getPrivacyHeader());
            field(parts, "ipAddressVersion", before.getIpAddressVersion(), after.getIpAddressVersion());
            return after.getFqdn() + ": " + String.join(", ", parts);
        }

        private static void field(List<String> parts, String name, Object was, Object wanted) {
            if (wanted != null && !wanted.equals(was)) {
                parts.add(name + " " + was + " -> " + wanted);
            }
        }
    }

    /** A route whose name stays but whose content changes. */
    public static final class RouteChange {
        private final SipTrunkRoute before;
        private final SipTrunkRoute after;

        RouteChange(SipTrunkRoute before, SipTrunkRoute after) {
            this.before = before;
            this.after = after;
        }

        /** @return the route as it is now */
        public SipTrunkRoute getBefore() {
            return before;
        }

        /** @return the route as desired */
        public SipTrunkRoute getAfter() {
            return after;
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!before.getNumberPattern().equals(after.getNumberPattern())) {
                parts.add("numberPattern " + before.getNumberPattern() + " -> " + after.getNumberPattern());
            }
            if (!before.getTrunks().equals(after.getTrunks())) {
                parts.add("trunks " + before.getTrunks() + " -> " + after.getTrunks());
            }
            if (!Objects.equals(before.getDescription(), after.getDescription())) {
                parts.add("description '" + before.getDescription() + "' -> '" + after.getDescription() + "'");
            }
            if (!Objects.equals(before.getCallerIdOverride(), after.getCallerIdOverride())) {
                parts.add("callerIdOverride " + before.getCallerIdOverride() + " -> " + after.getCallerIdOverride());
            }
            return "'" + after.getName() + "': " + String.join(", ", parts);
        }
    }
}
