package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * A city or town in which geographic numbers are offered.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberLocality {
    private final String localizedName;
    private final PhoneNumberAdministrativeDivision administrativeDivision;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param localizedName the locality's name in the language asked for.
     * @param administrativeDivision the division the locality belongs to, or {@code null}: the service sends none for some countries and for mobile numbers.
     */
    PhoneNumberLocality(String localizedName, PhoneNumberAdministrativeDivision administrativeDivision) {
        this.localizedName = localizedName;
        this.administrativeDivision = administrativeDivision;
    }

    /**
     * Returns the locality's name in the language asked for.
     *
     * @return the locality's name in the language asked for
     */
    public String getLocalizedName() {
        return localizedName;
    }

    /**
     * Returns the division the locality belongs to, or {@code null}: the service sends none for some countries and for mobile numbers.
     *
     * @return the division the locality belongs to, or {@code null}: the service sends none for some countries and for mobile numbers
     */
    public PhoneNumberAdministrativeDivision getAdministrativeDivision() {
        return administrativeDivision;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberLocality)) {
            return false;
        }
        PhoneNumberLocality other = (PhoneNumberLocality) o;
        return Objects.equals(localizedName, other.localizedName)
                && Objects.equals(administrativeDivision, other.administrativeDivision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localizedName, administrativeDivision);
    }

    @Override
    public String toString() {
        return "PhoneNumberLocality{" + "localizedName=" + localizedName
                + ", " + "administrativeDivision=" + administrativeDivision + "}";
    }
}
