package io.github.acsnumbers.phonenumbers.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers a search found and holds for a purchase, with their cost.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberSearchResult {
    private final String searchId;
    private final List<String> phoneNumbers;
    private final PhoneNumberType phoneNumberType;
    private final PhoneNumberAssignmentType assignmentType;
    private final PhoneNumberCapabilities capabilities;
    private final PhoneNumberCost cost;
    private final OffsetDateTime searchExpiresBy;
    private final boolean isAgreementToNotResellRequired;
    private final Integer errorCode;
    private final PhoneNumberSearchResultError error;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param searchId the search id to pass to a purchase.
     * @param phoneNumbers the numbers found, in E.164 format.
     * @param phoneNumberType the kind of the numbers found.
     * @param assignmentType the assignment type of the numbers found.
     * @param capabilities the capabilities of the numbers found.
     * @param cost what each number costs.
     * @param searchExpiresBy the time until which the numbers are held for a purchase.
     * @param isAgreementToNotResellRequired whether the purchase must agree not to resell the numbers (false when the service did not say).
     * @param errorCode the numeric error code, or {@code null}; successful searches send none.
     * @param error the outcome code, or {@code null}; {@code NoError} on success.
     */
    PhoneNumberSearchResult(
            String searchId,
            List<String> phoneNumbers,
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities capabilities,
            PhoneNumberCost cost,
            OffsetDateTime searchExpiresBy,
            boolean isAgreementToNotResellRequired,
            Integer errorCode,
            PhoneNumberSearchResultError error) {
        this.searchId = searchId;
        this.phoneNumbers = phoneNumbers == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(phoneNumbers));
        this.phoneNumberType = phoneNumberType;
        this.assignmentType = assignmentType;
        this.capabilities = capabilities;
        this.cost = cost;
        this.searchExpiresBy = searchExpiresBy;
        this.isAgreementToNotResellRequired = isAgreementToNotResellRequired;
        this.errorCode = errorCode;
        this.error = error;
    }

    /**
     * Returns the search id to pass to a purchase.
     *
     * @return the search id to pass to a purchase
     */
    public String getSearchId() {
        return searchId;
    }

    /**
     * Returns the numbers found, in E.164 format (never {@code null}; unmodifiable).
     *
     * @return the numbers found, in E.164 format
     */
    public List<String> getPhoneNumbers() {
        return phoneNumbers;
    }

    /**
     * Returns the kind of the numbers found.
     *
     * @return the kind of the numbers found
     */
    public PhoneNumberType getPhoneNumberType() {
        return phoneNumberType;
    }

    /**
     * Returns the assignment type of the numbers found.
     *
     * @return the assignment type of the numbers found
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns the capabilities of the numbers found.
     *
     * @return the capabilities of the numbers found
     */
    public PhoneNumberCapabilities getCapabilities() {
        return capabilities;
    }

    /**
     * Returns what each number costs.
     *
     * @return what each number costs
     */
    public PhoneNumberCost getCost() {
        return cost;
    }

    /**
     * Returns the time until which the numbers are held for a purchase.
     *
     * @return the time until which the numbers are held for a purchase
     */
    public OffsetDateTime getSearchExpiresBy() {
        return searchExpiresBy;
    }

    /**
     * Returns whether the purchase must agree not to resell the numbers (false when the service did not say).
     *
     * @return whether the purchase must agree not to resell the numbers (false when the service did not say)
     */
    public boolean isAgreementToNotResellRequired() {
        return isAgreementToNotResellRequired;
    }

    /**
     * Returns the numeric error code, or {@code null}; successful searches send none.
     *
     * @return the numeric error code, or {@code null}; successful searches send none
     */
    public Integer getErrorCode() {
        return errorCode;
    }

    /**
     * Returns the outcome code, or {@code null}; {@code NoError} on success.
     *
     * @return the outcome code, or {@code null}; {@code NoError} on success
     */
    public PhoneNumberSearchResultError getError() {
        return error;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberSearchResult)) {
            return false;
        }
        PhoneNumberSearchResult other = (PhoneNumberSearchResult) o;
        return Objects.equals(searchId, other.searchId)
                && Objects.equals(phoneNumbers, other.phoneNumbers)
                && Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(capabilities, other.capabilities)
                && Objects.equals(cost, other.cost)
                && Objects.equals(searchExpiresBy, other.searchExpiresBy)
                && isAgreementToNotResellRequired == other.isAgreementToNotResellRequired
                && Objects.equals(errorCode, other.errorCode)
                && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(searchId, phoneNumbers, phoneNumberType, assignmentType, capabilities, cost, searchExpiresBy, isAgreementToNotResellRequired, errorCode, error);
    }

    @Override
    public String toString() {
        return "PhoneNumberSearchResult{" + "searchId=" + searchId
                + ", " + "phoneNumbers=" + phoneNumbers
                + ", " + "phoneNumberType=" + phoneNumberType
                + ", " + "assignmentType=" + assignmentType
                + ", " + "capabilities=" + capabilities
                + ", " + "cost=" + cost
                + ", " + "searchExpiresBy=" + searchExpiresBy
                + ", " + "isAgreementToNotResellRequired=" + isAgreementToNotResellRequired
                + ", " + "errorCode=" + errorCode
                + ", " + "error=" + error + "}";
    }
}
