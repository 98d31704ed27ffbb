package io.github.acsnumbers.phonenumbers.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Optional filters of a browse for available phone numbers.
 *
 * <p>Immutable: every {@code with...} method returns a new instance, so one instance can be shared and reused.
 * An option left {@code null} is not sent and the service's default applies.
 */
public final class BrowseOptions {
    private final PhoneNumberCapabilities capabilities;
    private final PhoneNumberAssignmentType assignmentType;
    private final List<String> phoneNumberPrefixes;

    /** Creates options with nothing set. */
    public BrowseOptions() {
        this(null, null, null);
    }

    private BrowseOptions(PhoneNumberCapabilities capabilities, PhoneNumberAssignmentType assignmentType, List<String> phoneNumberPrefixes) {
        this.capabilities = capabilities;
        this.assignmentType = assignmentType;
        this.phoneNumberPrefixes = phoneNumberPrefixes == null ? null : Collections.unmodifiableList(new ArrayList<>(phoneNumberPrefixes));
    }

    /**
     * Returns the minimum capabilities the numbers must have; a {@code null} calling or SMS value is not constrained, or {@code null} when not set.
     *
     * @return the minimum capabilities the numbers must have; a {@code null} calling or SMS value is not constrained
     */
    public PhoneNumberCapabilities getCapabilities() {
        return capabilities;
    }

    /**
     * Returns a copy of these options with a new value for: the minimum capabilities the numbers must have; a {@code null} calling or SMS value is not constrained.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public BrowseOptions withCapabilities(PhoneNumberCapabilities value) {
        return new BrowseOptions(value, assignmentType, phoneNumberPrefixes);
    }

    /**
     * Returns the assignment type the numbers must have, or {@code null} when not set.
     *
     * @return the assignment type the numbers must have
     */
    public PhoneNumberAssignmentType getAssignmentType() {
        return assignmentType;
    }

    /**
     * Returns a copy of these options with a new value for: the assignment type the numbers must have.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public BrowseOptions withAssignmentType(PhoneNumberAssignmentType value) {
        return new BrowseOptions(capabilities, value, phoneNumberPrefixes);
    }

    /**
     * Returns the prefixes the numbers must start with, for example {@code 1425}, or {@code null} when not set.
     *
     * @return the prefixes the numbers must start with, for example {@code 1425}
     */
    public List<String> getPhoneNumberPrefixes() {
        return phoneNumberPrefixes;
    }

    /**
     * Returns a copy of these options with a new value for: the prefixes the numbers must start with, for example {@code 1425}.
     *
     * @param value the new value, or {@code null} to leave it to the service
     * @return new options; this instance is unchanged
     */
    public BrowseOptions withPhoneNumberPrefixes(List<String> value) {
        return new BrowseOptions(capabilities, assignmentType, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BrowseOptions)) {
            return false;
        }
        BrowseOptions other = (BrowseOptions) o;
        return Objects.equals(capabilities, other.capabilities)
                && Objects.equals(assignmentType, other.assignmentType)
                && Objects.equals(phoneNumberPrefixes, other.phoneNumberPrefixes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(capabilities, assignmentType, phoneNumberPrefixes);
    }

    @Override
    public String toString() {
        return "BrowseOptions{" + "capabilities=" + capabilities
                + ", " + "assignmentType=" + assignmentType
                + ", " + "phoneNumberPrefixes=" + phoneNumberPrefixes + "}";
    }
}
