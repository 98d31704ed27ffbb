package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Optional settings of a reservations list.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class ListReservationsOptions {
    private final Integer pageSize;

    /** Creates options with nothing set. */
    public ListReservationsOptions() {
        this(null);
    }

    private ListReservationsOptions(Integer pageSize) {
        this.pageSize = pageSize;
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
    public ListReservationsOptions withPageSize(Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException("'pageSize' must be at least 1, but was " + value + ".");
        }
        return new ListReservationsOptions(value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListReservationsOptions)) {
            return false;
        }
        ListReservationsOptions other = (ListReservationsOptions) o;
        return Objects.equals(pageSize, other.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize);
    }

    @Override
    public String toString() {
        return "ListReservationsOptions{" + "pageSize=" + pageSize + "}";
    }
}
