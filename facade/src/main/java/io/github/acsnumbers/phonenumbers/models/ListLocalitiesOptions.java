package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Optional filters of a localities list.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class ListLocalitiesOptions {
    private final String administrativeDivision;
    private final PhoneNumberType phoneNumberType;
    private final Integer pageSize;

    /** Creates options with nothing set. */
    public ListLocalitiesOptions() {
        this(null, null, null);
    }

    private ListLocalitiesOptions(String administrativeDivision, PhoneNumberType phoneNumberType, Integer pageSize) {
        this.administrativeDivision = administrativeDivision;
        this.phoneNumberType = phoneNumberType;
        this.pageSize = pageSize;
    }

    /**
     * Returns the abbreviation of the administrative division (state or province) the localities must be in, or {@code null} when not set.
     *
     * @return the abbreviation of the administrative division (state or province) the localities must be in
     */
    public String getAdministrativeDivision() {
        return administrativeDivision;
    }

    /**
     * Returns a copy of these options with a new value for: the abbreviation of the administrative division (state or province) the localities must be in.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListLocalitiesOptions withAdministrativeDivision(String value) {
        return new ListLocalitiesOptions(value, phoneNumberType, pageSize);
    }

    /**
     * Returns the kind of number the localities must offer, or {@code null} when not set.
     *
     * @return the kind of number the localities must offer
     */
    public PhoneNumberType getPhoneNumberType() {
        return phoneNumberType;
    }

    /**
     * Returns a copy of these options with a new value for: the kind of number the localities must offer.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListLocalitiesOptions withPhoneNumberType(PhoneNumberType value) {
        return new ListLocalitiesOptions(administrativeDivision, value, pageSize);
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
    public ListLocalitiesOptions withPageSize(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("'pageSize' must be at least 1, but was " + value + ".");
        }
        return new ListLocalitiesOptions(administrativeDivision, phoneNumberType, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListLocalitiesOptions)) {
            return false;
        }
        ListLocalitiesOptions other = (ListLocalitiesOptions) o;
        return Objects.equals(administrativeDivision, other.administrativeDivision)
                && Objects.equals(phoneNumberType, other.phoneNumberType)
                && Objects.equals(pageSize, other.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(administrativeDivision, phoneNumberType, pageSize);
    }

    @Override
    public String toString() {
        return "ListLocalitiesOptions{" + "administrativeDivision=" + administrativeDivision
                + ", " + "phoneNumberType=" + phoneNumberType
                + ", " + "pageSize=" + pageSize + "}";
    }
}
