package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * An administrative division of a country, such as a state or province.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberAdministrativeDivision {
    private final String localizedName;
    private final String abbreviatedName;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param localizedName the division's name in the language asked for (the service often sends the abbreviation).
     * @param abbreviatedName the division's abbreviation, for example {@code WA}.
     */
    PhoneNumberAdministrativeDivision(String localizedName, String abbreviatedName) {
        this.localizedName = localizedName;
        this.abbreviatedName = abbreviatedName;
    }

    /**
     * Returns the division's name in the language asked for (the service often sends the abbreviation).
     *
     * @return the division's name in the language asked for (the service often sends the abbreviation)
     */
    public String getLocalizedName() {
        return localizedName;
    }

    /**
     * Returns the division's abbreviation, for example {@code WA}.
     *
     * @return the division's abbreviation, for example {@code WA}
     */
    public String getAbbreviatedName() {
        return abbreviatedName;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberAdministrativeDivision)) {
            return false;
        }
        PhoneNumberAdministrativeDivision other = (PhoneNumberAdministrativeDivision) o;
        return Objects.equals(localizedName, other.localizedName)
                && Objects.equals(abbreviatedName, other.abbreviatedName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localizedName, abbreviatedName);
    }

    @Override
    public String toString() {
        return "PhoneNumberAdministrativeDivision{" + "localizedName=" + localizedName
                + ", " + "abbreviatedName=" + abbreviatedName + "}";
    }
}
