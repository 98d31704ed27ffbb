package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Formatting and operator data about one phone number.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class OperatorInformation {
    private final String phoneNumber;
    private final String nationalFormat;
    private final String internationalFormat;
    private final String isoCountryCode;
    private final OperatorNumberType numberType;
    private final OperatorDetails operatorDetails;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param phoneNumber the number that was looked up.
     * @param nationalFormat the number as written nationally, or {@code null}.
     * @param internationalFormat the number as written internationally, or {@code null}.
     * @param isoCountryCode the ISO country code, or {@code null} unless additional operator details were asked for.
     * @param numberType the kind of number, or {@code null} unless additional operator details were asked for.
     * @param operatorDetails the operator, or {@code null} unless additional operator details were asked for.
     */
    OperatorInformation(
            String phoneNumber,
            String nationalFormat,
            String internationalFormat,
            String isoCountryCode,
            OperatorNumberType numberType,
            OperatorDetails operatorDetails) {
        this.phoneNumber = phoneNumber;
        this.nationalFormat = nationalFormat;
        this.internationalFormat = internationalFormat;
        this.isoCountryCode = isoCountryCode;
        this.numberType = numberType;
        this.operatorDetails = operatorDetails;
    }

    /**
     * Returns the number that was looked up.
     *
     * @return the number that was looked up
     */
    public String getPhoneNumber() {
        return phoneNumber;
    }

    /**
     * Returns the number as written nationally, or {@code null}.
     *
     * @return the number as written nationally, or {@code null}
     */
    public String getNationalFormat() {
        return nationalFormat;
    }

    /**
     * Returns the number as written internationally, or {@code null}.
     *
     * @return the number as written internationally, or {@code null}
     */
    public String getInternationalFormat() {
        return internationalFormat;
    }

    /**
     * Returns the ISO country code, or {@code null} unless additional operator details were asked for.
     *
     * @return the ISO country code, or {@code null} unless additional operator details were asked for
     */
    public String getIsoCountryCode() {
        return isoCountryCode;
    }

    /**
     * Returns the kind of number, or {@code null} unless additional operator details were asked for.
     *
     * @return the kind of number, or {@code null} unless additional operator details were asked for
     */
    public OperatorNumberType getNumberType() {
        return numberType;
    }

    /**
     * Returns the operator, or {@code null} unless additional operator details were asked for.
     *
     * @return the operator, or {@code null} unless additional operator details were asked for
     */
    public OperatorDetails getOperatorDetails() {
        return operatorDetails;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OperatorInformation)) {
            return false;
        }
        OperatorInformation other = (OperatorInformation) o;
        return Objects.equals(phoneNumber, other.phoneNumber)
                && Objects.equals(nationalFormat, other.nationalFormat)
                && Objects.equals(internationalFormat, other.internationalFormat)
                && Objects.equals(isoCountryCode, other.isoCountryCode)
                && Objects.equals(numberType, other.numberType)
                && Objects.equals(operatorDetails, other.operatorDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumber, nationalFormat, internationalFormat, isoCountryCode, numberType, operatorDetails);
    }

    @Override
    public String toString() {
        return "OperatorInformation{" + "phoneNumber=" + phoneNumber
                + ", " + "nationalFormat=" + nationalFormat
                + ", " + "internationalFormat=" + internationalFormat
                + ", " + "isoCountryCode=" + isoCountryCode
                + ", " + "numberType=" + numberType
                + ", " + "operatorDetails=" + operatorDetails + "}";
    }
}
