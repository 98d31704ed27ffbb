package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Optional settings of an operator information search.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class OperatorInformationOptions {
    private final Boolean includeAdditionalOperatorDetails;

    /** Creates options with nothing set. */
    public OperatorInformationOptions() {
        this(null);
    }

    private OperatorInformationOptions(Boolean includeAdditionalOperatorDetails) {
        this.includeAdditionalOperatorDetails = includeAdditionalOperatorDetails;
    }

    /**
     * Returns whether to ask for the country, number type and operator as well (this can affect the cost of the search), or {@code null} when not set.
     *
     * @return whether to ask for the country, number type and operator as well (this can affect the cost of the search)
     */
    public Boolean getIncludeAdditionalOperatorDetails() {
        return includeAdditionalOperatorDetails;
    }

    /**
     * Returns a copy of these options with a new value for: whether to ask for the country, number type and operator as well (this can affect the cost of the search).
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public OperatorInformationOptions withIncludeAdditionalOperatorDetails(Boolean value) {
        return new OperatorInformationOptions(value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OperatorInformationOptions)) {
            return false;
        }
        OperatorInformationOptions other = (OperatorInformationOptions) o;
        return Objects.equals(includeAdditionalOperatorDetails, other.includeAdditionalOperatorDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(includeAdditionalOperatorDetails);
    }

    @Override
    public String toString() {
        return "OperatorInformationOptions{" + "includeAdditionalOperatorDetails=" + includeAdditionalOperatorDetails + "}";
    }
}
