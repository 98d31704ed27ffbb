package io.github.acsnumbers.phonenumbers.models;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A phone number that this Communication Services resource owns.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PurchasedPhoneNumber {
    private final String id;
    private final String phoneNumber;
    private final String countryCode;
    private final PhoneNumberType phoneNumberType;
    private final PhoneNumberCapabilities capabilities;
    private final PhoneNumberAssignmentType assignmentType;
    private final OffsetDateTime purchaseDate;
    private final PhoneNumberCost cost;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param id the service's id of the number: the number without its leading {@code +}.
     * @param phoneNumber the number in E.164 format, for example {@code +14255550123}.
     * @param countryCode the ISO 3166-1 alpha-2 country code of the number.
     * @param phoneNumberType the kind of number.
     * @param capabilities the current calling and SMS capabilities.
     * @param assignmentType who or what the number is assigned to.
     * @param purchaseDate when the number was purchased.
     * @param cost what the number costs.
     */
    PurchasedPhoneNumber(
            String id,
            String phoneNumber,
            String countryCode,
            PhoneNumberType phoneNumberType,
            PhoneNumberCapabilities capabilities,
            PhoneNumberAssignmentType assignmentType,
            OffsetDateTime purchaseDate,
            PhoneNumberCost cost) {
        this.id = id;
        this.phoneNumber = phoneNumber;
        this.countryCode = countryCode;
        this.phoneNumberType = phoneNumberType;
        this.capabilities = capabilities;
        this.assignmentType = assignmentType;
        this.purchaseDate = purchaseDate;
        this.cost = cost;
    }

    /**
     * Returns the service's id of the number: the number without its leading {@code +}.
     *
     * @return the service's id of the number: the number without its leading {@code +}
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the number in E.164 format, for example {@code +14255550123}.
     *
     * @return the number in E.164 format, for example {@code +14255550123}
     */
    public String getPhoneNumber() {
        return phoneNumber;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 country code of the number.
     *
     * @return the ISO 3166-1 alpha-2 country code of the number
     */
    public String getCountryCode() {
        return countryCode;
    }

    /**
     * Returns the kind of number.
     *
     * @return the kind of number
     */
    public PhoneNumberType getPhoneNumberType() {
        return phoneNumberType;
    }

    /**
     * Returns the current calling and SMS capabilities.
     *
     * @return the current calling and SMS capabilities
     */
    public PhoneNumberCapabilities getCapabilities() {
        return capabilities;
    }

    /**
     * Returns who or what the number is assigned to.
     *
     * @return who or what the number is assigned to
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns when the number was purchased.
     *
     * @return when the number was purchased
     */
    public OffsetDateTime getPurchaseDate() {
        return purchaseDate;
    }

    /**
     * Returns what the number costs.
     *
     * @return what the number costs
     */
    public PhoneNumberCost getCost() {
        return cost;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PurchasedPhoneNumber)) {
            return false;
        }
        PurchasedPhoneNumber other = (PurchasedPhoneNumber) o;
        return Objects.equals(id, other.id)
                && Objects.equals(phoneNumber, other.phoneNumber)
                && Objects.equals(countryCode, other.countryCode)
                && Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(capabilities, other.capabilities)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(purchaseDate, other.purchaseDate)
                && Objects.equals(cost, other.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, phoneNumber, countryCode, phoneNumberType, capabilities, assignmentType, purchaseDate, cost);
    }

    @Override
    public String toString() {
        return "PurchasedPhoneNumber{" + "id=" + id
                + ", " + "phoneNumber=" + phoneNumber
                + ", " + "countryCode=" + countryCode
                + ", " + "phoneNumberType=" + phoneNumberType
                + ", " + "capabilities=" + capabilities
                + ", " + "assignmentType=" + assignmentType
                + ", " + "purchaseDate=" + purchaseDate
                + ", " + "cost=" + cost + "}";
    }
}
