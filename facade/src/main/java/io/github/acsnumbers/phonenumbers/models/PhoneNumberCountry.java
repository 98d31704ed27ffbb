package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * A country in which phone numbers are offered.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberCountry {
    private final String localizedName;
    private final String countryCode;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param localizedName the country's name in the language asked for with {@code Accept-Language}.
     * @param countryCode the ISO 3166-1 alpha-2 country code.
     */
    PhoneNumberCountry(String localizedName, String countryCode) {
        this.localizedName = localizedName;
        this.countryCode = countryCode;
    }

    /**
     * Returns the country's name in the language asked for with {@code Accept-Language}.
     *
     * @return the country's name in the language asked for with {@code Accept-Language}
     */
    public String getLocalizedName() {
        return localizedName;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 country code.
     *
     * @return the ISO 3166-1 alpha-2 country code
     */
    public String getCountryCode() {
        return countryCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberCountry)) {
            return false;
        }
        PhoneNumberCountry other = (PhoneNumberCountry) o;
        return Objects.equals(localizedName, other.localizedName)
                && Objects.equals(countryCode, other.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localizedName, countryCode);
    }

    @Override
    public String toString() {
        return "PhoneNumberCountry{" + "localizedName=" + localizedName
                + ", " + "countryCode=" + countryCode + "}";
    }
}
