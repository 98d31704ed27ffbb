package io.github.acsnumbers.phonenumbers.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of an operator information search.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class OperatorInformationResult {
    private final List<OperatorInformation> values;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param values the information for each number looked up.
     */
    OperatorInformationResult(List<OperatorInformation> values) {
        this.values = values == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * Returns the information for each number looked up (never {@code null}; unmodifiable).
     *
     * @return the information for each number looked up
     */
    public List<OperatorInformation> getValues() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OperatorInformationResult)) {
            return false;
        }
        OperatorInformationResult other = (OperatorInformationResult) o;
        return Objects.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "OperatorInformationResult{" + "values=" + values + "}";
    }
}
