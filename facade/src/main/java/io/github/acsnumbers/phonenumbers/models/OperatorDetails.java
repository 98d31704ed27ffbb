package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * The operator that serves a phone number.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class OperatorDetails {
    private final String name;
    private final String mobileNetworkCode;
    private final String mobileCountryCode;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param name the operator's name, or {@code null}.
     * @param mobileNetworkCode the mobile network code, or {@code null}.
     * @param mobileCountryCode the mobile country code, or {@code null}.
     */
    OperatorDetails(String name, String mobileNetworkCode, String mobileCountryCode) {
        this.name = name;
        this.mobileNetworkCode = mobileNetworkCode;
        this.mobileCountryCode = mobileCountryCode;
    }

    /**
     * Returns the operator's name, or {@code null}.
     *
     * @return the operator's name, or {@code null}
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the mobile network code, or {@code null}.
     *
     * @return the mobile network code, or {@code null}
     */
    public String getMobileNetworkCode() {
        return mobileNetworkCode;
    }

    /**
     * Returns the mobile country code, or {@code null}.
     *
     * @return the mobile country code, or {@code null}
     */
    public String getMobileCountryCode() {
        return mobileCountryCode;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OperatorDetails)) {
            return false;
        }
        OperatorDetails other = (OperatorDetails) o;
        return Objects.equals(name, other.name)
                && Objects.equals(mobileNetworkCode, other.mobileNetworkCode)
                && Objects.equals(mobileCountryCode, other.mobileCountryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mobileNetworkCode, mobileCountryCode);
    }

    @Override
    public String toString() {
        return "OperatorDetails{" + "name=" + name
                + ", " + "mobileNetworkCode=" + mobileNetworkCode
                + ", " + "mobileCountryCode=" + mobileCountryCode + "}";
    }
}
