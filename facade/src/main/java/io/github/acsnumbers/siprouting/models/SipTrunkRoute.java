package io.github.acsnumbers.siprouting.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A route: calls whose number matches {@code numberPattern} (a .NET regular expression, evaluated by the service)
 * go to the route's trunks, tried in order. Routes themselves are tried in configuration order; the first match wins.
 * Immutable.
 */
public final class SipTrunkRoute {
    private final String name;
    private final String description;
    private final String numberPattern;
    private final List<String> trunks;
    private final String callerIdOverride;

    /**
     * Creates a route.
     *
     * @param name the route's name, unique in the configuration
     * @param numberPattern the .NET regular expression numbers are matched against
     * @param trunks the FQDNs of the trunks, in the order they are tried (may be empty)
     */
    public SipTrunkRoute(String name, String numberPattern, List<String> trunks) {
        this(builder(name, numberPattern).trunks(trunks));
    }

    private SipTrunkRoute(Builder b) {
        this.name = b.name;
        this.numberPattern = b.numberPattern;
        this.description = b.description;
        this.trunks = Collections.unmodifiableList(new ArrayList<>(b.trunks));
        this.callerIdOverride = b.callerIdOverride;
    }

    /**
     * Starts a builder.
     *
     * @param name the route's name
     * @param numberPattern the .NET regular expression numbers are matched against
     * @return a builder
     */
    public static Builder builder(String name, String numberPattern) {
        return new Builder(name, numberPattern);
    }

    /** @return a builder holding this route's values */
    public Builder toBuilder() {
        return new Builder(name, numberPattern).description(description).trunks(trunks)
            .callerIdOverride(callerIdOverride);
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @return the description, or {@code null} */
    public String getDescription() {
        return description;
    }

    /** @return the number pattern (.NET regular expression syntax) */
    public String getNumberPattern() {
        return numberPattern;
    }

    /** @return the trunk FQDNs in the order they are tried (unmodifiable, never null) */
    public List<String> getTrunks() {
        return trunks;
    }

    /** @return the caller id override (preview), or {@code null} */
    public String getCallerIdOverride() {
        return callerIdOverride;
    }

    /** @return true when a field that only api-version 2024-11-15-preview knows is set */
    public boolean usesPreviewFields() {
        return callerIdOverride != null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SipTrunkRoute)) {
            return false;
        }
        SipTrunkRoute r = (SipTrunkRoute) o;
        return name.equals(r.name) && numberPattern.equals(r.numberPattern) && Objects.equals(description, r.description)
            && trunks.equals(r.trunks) && Objects.equals(callerIdOverride, r.callerIdOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, numberPattern, description, trunks, callerIdOverride);
    }

    @Override
    public String toString() {
        return "SipTrunkRoute{name=" + name + ", numberPattern=" + numberPattern + ", trunks=" + trunks
            + (description == null ? "" : ", description=" + description)
            + (callerIdOverride == null ? "" : ", callerIdOverride=" + callerIdOverride) + "}";
    }

    /** Builder for {@link SipTrunkRoute}. */
    public static final class Builder {
        private final String name;
        private final String numberPattern;
        private String description;
        private List<String> trunks = List.of();
        private String callerIdOverride;

        private Builder(String name, String numberPattern) {
            this.name = ModelChecks.requireNonNull(name, "name");
            this.numberPattern = ModelChecks.requireNonNull(numberPattern, "numberPattern");
        }

        /**
         * Sets the description.
         *
         * @param description the description, or {@code null}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the trunks, in the order they are tried.
         *
         * @param trunks trunk FQDNs; {@code null} means none
         * @return this builder
         */
        public Builder trunks(List<String> trunks) {
            if (trunks == null) {
                this.trunks = List.of();
                return this;
            }
            for (String t : trunks) {
                if (t == null) {
                    throw new IllegalArgumentException("route '" + name + "': a trunk FQDN must not be null");
                }
            }
            this.trunks = new ArrayList<>(trunks);
            return this;
        }

        /**
         * Sets the trunks, in the order they are tried.
         *
         * @param trunks trunk FQDNs
         * @return this builder
         */
        public Builder trunks(String... trunks) {
            return trunks(trunks == null ? null : java.util.Arrays.asList(trunks));
        }

        /**
         * Sets the caller id override (preview).
         *
         * @param callerIdOverride the value, or {@code null}
         * @return this builder
         */
        public Builder callerIdOverride(String callerIdOverride) {
            this.callerIdOverride = callerIdOverride;
            return this;
        }

        /** @return the route */
        public SipTrunkRoute build() {
            return new SipTrunkRoute(this);
        }
    }
}
