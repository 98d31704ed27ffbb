package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * What a phone number costs.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumberCost {
    private final double amount;
    private final String currencyCode;
    private final BillingFrequency billingFrequency;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param amount the amount per billing period.
     * @param currencyCode the ISO 4217 currency code, for example {@code USD}.
     * @param billingFrequency how often the amount is billed.
     */
    PhoneNumberCost(double amount, String currencyCode, BillingFrequency billingFrequency) {
        this.amount = amount;
        this.currencyCode = currencyCode;
        this.billingFrequency = billingFrequency;
    }

    /**
     * Returns the amount per billing period.
     *
     * @return the amount per billing period
     */
    public double getAmount() {
        return amount;
    }

    /**
     * Returns the ISO 4217 currency code, for example {@code USD}.
     *
     * @return the ISO 4217 currency code, for example {@code USD}
     */
    public String getCurrencyCode() {
        return currencyCode;
    }

    /**
     * Returns how often the amount is billed.
     *
     * @return how often the amount is billed
     */
    public BillingFrequency getBillingFrequency() {
        return billingFrequency;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumberCost)) {
            return false;
        }
        PhoneNumberCost other = (PhoneNumberCost) o;
        return Double.compare(amount, other.amount) == 0
                && Objects.equals(currencyCode, other.currencyCode)
                && Objects.equals(billingFrequency, other.billingFrequency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currencyCode, billingFrequency);
    }

    @Override
    public String toString() {
        return "PhoneNumberCost{" + "amount=" + amount
                + ", " + "currencyCode=" + currencyCode
                + ", " + "billingFrequency=" + billingFrequency + "}";
    }
}
