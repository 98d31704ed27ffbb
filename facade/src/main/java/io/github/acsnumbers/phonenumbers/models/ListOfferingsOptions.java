package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Optional filters of an offerings list.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class ListOfferingsOptions {
    private final PhoneNumberType phoneNumberType;
    private final PhoneNumberAssignmentType assignmentType;
    private final Integer pageSize;

    /** Creates options with nothing set. */
    public ListOfferingsOptions() {
        this(null, null, null);
    }

    private ListOfferingsOptions(PhoneNumberType phoneNumberType, PhoneNumberAssignmentType assignmentType, Integer pageSize) {
        this.phoneNumberType = phoneNumberType;
        this.assignmentType = assignmentType;
        this.pageSize = pageSize;
    }

    /**
     * Returns the kind of number the offerings must be for, or {@code null} when not set.
     *
     * @return the kind of number the offerings must be for
     */
    public PhoneNumberType getPhoneNumberType() {
        return phoneNumberType;
    }

    /**
     * Returns a copy of these options with a new value for: the kind of number the offerings must be for.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListOfferingsOptions withPhoneNumberType(PhoneNumberType value) {
        return new ListOfferingsOptions(value, assignmentType, pageSize);
    }

    /**
     * Returns the assignment type the offerings must be for, or {@code null} when not set.
     *
     * @return the assignment type the offerings must be for
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns a copy of these options with a new value for: the assignment type the offerings must be for.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListOfferingsOptions withAssignmentType(PhoneNumberAssignmentType value) {
        return new ListOfferingsOptions(phoneNumberType, value, pageSize);
    }

    /**
     * Returns the number of items the service returns per page (the service default is 100), or {@code null} when not set.
     *
     * @return the number of items the service returns per page (the service default is 100)
     */
    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * Returns a copy of these options with a new value for: the number of items the service returns per page (the service default is 100).
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     * @throws IllegalArgumentException when the value is less than 1
     */
    public ListOfferingsOptions withPageSize(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("'pageSize' must be at least 1, but was " + value + ".");
        }
        return new ListOfferingsOptions(phoneNumberType, assignmentType, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListOfferingsOptions)) {
            return false;
        }
        ListOfferingsOptions other = (ListOfferingsOptions) o;
        return Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(pageSize, other.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumberType, assignmentType, pageSize);
    }

    @Override
    public String toString() {
        return "ListOfferingsOptions{" + "phoneNumberType=" + phoneNumberType
                + ", " + "assignmentType=" + assignmentType
                + ", " + "pageSize=" + pageSize + "}";
    }
}
