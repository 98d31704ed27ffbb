package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * A kind of phone number offered in a country, with its capabilities and cost.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberOffering {
    private final PhoneNumberType phoneNumberType;
    private final PhoneNumberAssignmentType assignmentType;
    private final PhoneNumberCapabilities availableCapabilities;
    private final PhoneNumberCost cost;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param phoneNumberType the kind of number offered.
     * @param assignmentType the assignment type offered.
     * @param availableCapabilities the most a number of this offering can do.
     * @param cost what a number of this offering costs.
     */
    PhoneNumberOffering(
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities availableCapabilities,
            PhoneNumberCost cost) {
        this.phoneNumberType = phoneNumberType;
        this.assignmentType = assignmentType;
        this.availableCapabilities = availableCapabilities;
        this.cost = cost;
    }

    /**
     * Returns the kind of number offered.
     *
     * @return the kind of number offered
     */
    public PhoneNumberType getPhoneNumberType() {
        return phoneNumberType;
    }

    /**
     * Returns the assignment type offered.
     *
     * @return the assignment type offered
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns the most a number of this offering can do.
     *
     * @return the most a number of this offering can do
     */
    public PhoneNumberCapabilities getAvailableCapabilities() {
        return availableCapabilities;
    }

    /**
     * Returns what a number of this offering costs.
     *
     * @return what a number of this offering costs
     */
    public PhoneNumberCost getCost() {
        return cost;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberOffering)) {
            return false;
        }
        PhoneNumberOffering other = (PhoneNumberOffering) o;
        return Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(availableCapabilities, other.availableCapabilities)
                && Objects.equals(cost, other.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumberType, assignmentType, availableCapabilities, cost);
    }

    @Override
    public String toString() {
        return "PhoneNumberOffering{" + "phoneNumberType=" + phoneNumberType
                + ", " + "assignmentType=" + assignmentType
                + ", " + "availableCapabilities=" + availableCapabilities
                + ", " + "cost=" + cost + "}";
    }
}
