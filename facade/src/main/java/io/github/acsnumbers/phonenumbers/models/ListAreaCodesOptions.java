package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Optional filters of an area codes list.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class ListAreaCodesOptions {
    private final PhoneNumberAssignmentType assignmentType;
    private final String locality;
    private final String administrativeDivision;
    private final Integer pageSize;

    /** Creates options with nothing set. */
    public ListAreaCodesOptions() {
        this(null, null, null, null);
    }

    private ListAreaCodesOptions(PhoneNumberAssignmentType assignmentType, String locality, String administrativeDivision, Integer pageSize) {
        this.assignmentType = assignmentType;
        this.locality = locality;
        this.administrativeDivision = administrativeDivision;
        this.pageSize = pageSize;
    }

    /**
     * Returns the assignment type the area codes must offer, or {@code null} when not set.
     *
     * @return the assignment type the area codes must offer
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns a copy of these options with a new value for: the assignment type the area codes must offer.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListAreaCodesOptions withAssignmentType(PhoneNumberAssignmentType value) {
        return new ListAreaCodesOptions(value, locality, administrativeDivision, pageSize);
    }

    /**
     * Returns the locality the area codes must belong to (needed for geographic and mobile numbers in most countries), or {@code null} when not set.
     *
     * @return the locality the area codes must belong to (needed for geographic and mobile numbers in most countries)
     */
    public String getLocality() {
        return locality;
    }

    /**
     * Returns a copy of these options with a new value for: the locality the area codes must belong to (needed for geographic and mobile numbers in most countries).
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListAreaCodesOptions withLocality(String value) {
        return new ListAreaCodesOptions(assignmentType, value, administrativeDivision, pageSize);
    }

    /**
     * Returns the abbreviation of the administrative division the area codes must belong to, or {@code null} when not set.
     *
     * @return the abbreviation of the administrative division the area codes must belong to
     */
    public String getAdministrativeDivision() {
        return administrativeDivision;
    }

    /**
     * Returns a copy of these options with a new value for: the abbreviation of the administrative division the area codes must belong to.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public ListAreaCodesOptions withAdministrativeDivision(String value) {
        return new ListAreaCodesOptions(assignmentType, locality, value, pageSize);
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
    public ListAreaCodesOptions withPageSize(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("'pageSize' must be at least 1, but was " + value + ".");
        }
        return new ListAreaCodesOptions(assignmentType, locality, administrativeDivision, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListAreaCodesOptions)) {
            return false;
        }
        ListAreaCodesOptions other = (ListAreaCodesOptions) o;
        return Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(locality, other.locality)
                && Objects.equals(administrativeDivision, other.administrativeDivision)
                && Objects.equals(pageSize, other.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assignmentType, locality, administrativeDivision, pageSize);
    }

    @Override
    public String toString() {
        return "ListAreaCodesOptions{" + "assignmentType=" + assignmentType
                + ", " + "locality=" + locality
                + ", " + "administrativeDivision=" + administrativeDivision
                + ", " + "pageSize=" + pageSize + "}";
    }
}
