package io.github.acsnumbers.phonenumbers.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The numbers a browse found. They are not held until they are added to a reservation.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumbersBrowseResult {
    private final List<AvailablePhoneNumber> phoneNumbers;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param phoneNumbers the numbers found.
     */
    PhoneNumbersBrowseResult(List<AvailablePhoneNumber> phoneNumbers) {
        this.phoneNumbers = phoneNumbers == null ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(phoneNumbers));
    }

    /**
     * Returns the numbers found (never {@code null}; unmodifiable).
     *
     * @return the numbers found
     */
    public List<AvailablePhoneNumber> getPhoneNumbers() {
        return phoneNumbers;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumbersBrowseResult)) {
            return false;
        }
        PhoneNumbersBrowseResult other = (PhoneNumbersBrowseResult) o;
        return Objects.equals(phoneNumbers, other.phoneNumbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumbers);
    }

    @Override
    public String toString() {
        return "PhoneNumbersBrowseResult{" + "phoneNumbers=" + phoneNumbers + "}";
    }
}
