package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * An area code in which numbers are offered.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberAreaCode {
    private final String areaCode;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param areaCode the area code, for example {@code 425}.
     */
    PhoneNumberAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    /**
     * Returns the area code, for example {@code 425}.
     *
     * @return the area code, for example {@code 425}
     */
    public String getAreaCode() {
        return areaCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberAreaCode)) {
            return false;
        }
        PhoneNumberAreaCode other = (PhoneNumberAreaCode) o;
        return Objects.equals(areaCode, other.areaCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaCode);
    }

    @Override
    public String toString() {
        return "PhoneNumberAreaCode{" + "areaCode=" + areaCode + "}";
    }
}
