package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * A phone number found by browsing, or held in a reservation.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class AvailablePhoneNumber {
    private final String id;
    private final String countryCode;
    private final String phoneNumber;
    private final PhoneNumberCapabilities capabilities;
    private final PhoneNumberType phoneNumberType;
    private final PhoneNumberAssignmentType assignmentType;
    private final PhoneNumberCost cost;
    private final AvailabilityStatus status;
    private final boolean isAgreementToNotResellRequired;
    private final AvailablePhoneNumberError error;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param id the service's id of the number: the number without its leading {@code +}; it keys the number in a reservation.
     * @param countryCode the ISO 3166-1 alpha-2 country code.
     * @param phoneNumber the number in E.164 format.
     * @param capabilities the number's capabilities.
     * @param phoneNumberType the kind of number.
     * @param assignmentType the assignment type.
     * @param cost what the number costs, or {@code null}.
     * @param status the availability of the number, or {@code null}.
     * @param isAgreementToNotResellRequired whether a purchase must agree not to resell the number (false when the service did not say).
     * @param error the error the service reported for this number, or {@code null}.
     */
    AvailablePhoneNumber(
            String id,
            String countryCode,
            String phoneNumber,
            PhoneNumberCapabilities capabilities,
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCost cost,
            AvailabilityStatus status,
            boolean isAgreementToNotResellRequired,
            AvailablePhoneNumberError error) {
        this.id = id;
        this.countryCode = countryCode;
        this.phoneNumber = phoneNumber;
        this.capabilities = capabilities;
        this.phoneNumberType = phoneNumberType;
        this.assignmentType = assignmentType;
        this.cost = cost;
        this.status = status;
        this.isAgreementToNotResellRequired = isAgreementToNotResellRequired;
        this.error = error;
    }

    /**
     * Returns the service's id of the number: the number without its leading {@code +}; it keys the number in a reservation.
     *
     * @return the service's id of the number: the number without its leading {@code +}; it keys the number in a reservation
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 country code.
     *
     * @return the ISO 3166-1 alpha-2 country code
     */
    public String getCountryCode() {
        return countryCode;
    }

    /**
     * Returns the number in E.164 format.
     *
     * @return the number in E.164 format
     */
    public String getPhoneNumber() {
        return phoneNumber;
    }

    /**
     * Returns the number's capabilities.
     *
     * @return the number's capabilities
     */
    public PhoneNumberCapabilities getCapabilities() {
        return capabilities;
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
     * Returns the assignment type.
     *
     * @return the assignment type
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns what the number costs, or {@code null}.
     *
     * @return what the number costs, or {@code null}
     */
    public PhoneNumberCost getCost() {
        return cost;
    }

    /**
     * Returns the availability of the number, or {@code null}.
     *
     * @return the availability of the number, or {@code null}
     */
    public AvailabilityStatus getStatus() {
        return status;
    }

    /**
     * Returns whether a purchase must agree not to resell the number (false when the service did not say).
     *
     * @return whether a purchase must agree not to resell the number (false when the service did not say)
     */
    public boolean isAgreementToNotResellRequired() {
        return isAgreementToNotResellRequired;
    }

    /**
     * Returns the error the service reported for this number, or {@code null}.
     *
     * @return the error the service reported for this number, or {@code null}
     */
    public AvailablePhoneNumberError getError() {
        return error;
    }
    /**
     * Tells whether the service reported an error for this number, as in a partly failed reservation change.
     *
     * @return {@code true} when the status is {@code error} or an error is attached
     */
    public boolean hasError() {
        return error != null || AvailabilityStatus.ERROR.equals(status);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AvailablePhoneNumber)) {
            return false;
        }
        AvailablePhoneNumber other = (AvailablePhoneNumber) o;
        return Objects.equals(id, other.id)
                && Objects.equals(countryCode, other.countryCode)
                && Objects.equals(phoneNumber, other.phoneNumber)
                && Objects.equals(capabilities, other.capabilities)
                && Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(cost, other.cost)
                && Objects.equals(status, other.status)
                && isAgreementToNotResellRequired == other.isAgreementToNotResellRequired
                && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, countryCode, phoneNumber, capabilities, phoneNumberType, assignmentType, cost, status, isAgreementToNotResellRequired, error);
    }

    @Override
    public String toString() {
        return "AvailablePhoneNumber{" + "id=" + id
                + ", " + "countryCode=" + countryCode
                + ", " + "phoneNumber=" + phoneNumber
                + ", " + "capabilities=" + capabilities
                + ", " + "phoneNumberType=" + phoneNumberType
                + ", " + "assignmentType=" + assignmentType
                + ", " + "cost=" + cost
                + ", " + "status=" + status
                + ", " + "isAgreementToNotResellRequired=" + isAgreementToNotResellRequired
                + ", " + "error=" + error + "}";
    }
}
