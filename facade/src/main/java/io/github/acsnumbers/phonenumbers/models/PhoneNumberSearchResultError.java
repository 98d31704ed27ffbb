package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * The outcome code of a phone number search. A successful search reports {@link #NO_ERROR}.
 *
 * <p>An extensible enum: {@link #fromString(String)} accepts any value, so a value the service adds later
 * round-trips intact; {@link #toString()} returns the wire value.
 */
public final class PhoneNumberSearchResultError extends ExpandableStringEnum<PhoneNumberSearchResultError> {
    /** The search succeeded. Wire value {@code NoError}. */
    public static final PhoneNumberSearchResultError NO_ERROR = fromString("NoError");

    /** The service did not classify the error. Wire value {@code UnknownErrorCode}. */
    public static final PhoneNumberSearchResultError UNKNOWN_ERROR_CODE = fromString("UnknownErrorCode");

    /** No numbers matched the request. Wire value {@code OutOfStock}. */
    public static final PhoneNumberSearchResultError OUT_OF_STOCK = fromString("OutOfStock");

    /** The resource may not acquire these numbers. Wire value {@code AuthorizationDenied}. */
    public static final PhoneNumberSearchResultError AUTHORIZATION_DENIED = fromString("AuthorizationDenied");

    /** An address is required and was missing. Wire value {@code MissingAddress}. */
    public static final PhoneNumberSearchResultError MISSING_ADDRESS = fromString("MissingAddress");

    /** The address given is not valid. Wire value {@code InvalidAddress}. */
    public static final PhoneNumberSearchResultError INVALID_ADDRESS = fromString("InvalidAddress");

    /** The offer does not exist for this request. Wire value {@code InvalidOfferModel}. */
    public static final PhoneNumberSearchResultError INVALID_OFFER_MODEL = fromString("InvalidOfferModel");

    /** Not enough licences. Wire value {@code NotEnoughLicenses}. */
    public static final PhoneNumberSearchResultError NOT_ENOUGH_LICENSES = fromString("NotEnoughLicenses");

    /** No payment method is configured. Wire value {@code NoWallet}. */
    public static final PhoneNumberSearchResultError NO_WALLET = fromString("NoWallet");

    /** Not enough credit. Wire value {@code NotEnoughCredit}. */
    public static final PhoneNumberSearchResultError NOT_ENOUGH_CREDIT = fromString("NotEnoughCredit");

    /** Only some of the numbers were acquired. Wire value {@code NumbersPartiallyAcquired}. */
    public static final PhoneNumberSearchResultError NUMBERS_PARTIALLY_ACQUIRED = fromString("NumbersPartiallyAcquired");

    /** None of the numbers were acquired. Wire value {@code AllNumbersNotAcquired}. */
    public static final PhoneNumberSearchResultError ALL_NUMBERS_NOT_ACQUIRED = fromString("AllNumbersNotAcquired");

    /** The hold on the numbers expired. Wire value {@code ReservationExpired}. */
    public static final PhoneNumberSearchResultError RESERVATION_EXPIRED = fromString("ReservationExpired");

    /** The purchase failed. Wire value {@code PurchaseFailed}. */
    public static final PhoneNumberSearchResultError PURCHASE_FAILED = fromString("PurchaseFailed");

    /** Billing is unavailable. Wire value {@code BillingUnavailable}. */
    public static final PhoneNumberSearchResultError BILLING_UNAVAILABLE = fromString("BillingUnavailable");

    /** Provisioning failed. Wire value {@code ProvisioningFailed}. */
    public static final PhoneNumberSearchResultError PROVISIONING_FAILED = fromString("ProvisioningFailed");

    /** The search failed for an unknown reason. Wire value {@code UnknownSearchError}. */
    public static final PhoneNumberSearchResultError UNKNOWN_SEARCH_ERROR = fromString("UnknownSearchError");

    private PhoneNumberSearchResultError() {
        // instances come from fromString
    }

    /**
     * Returns the value for a wire string, creating it when the service sent a value this version does not know.
     *
     * @param value the wire value, for example {@code "NoError"}
     * @return the value, or {@code null} when {@code value} is {@code null}
     */
    public static PhoneNumberSearchResultError fromString(String value) {
        return fromString(value, PhoneNumberSearchResultError.class);
    }

    /**
     * Returns every value known so far, including values created from strings the service sent.
     *
     * @return the known values
     */
    public static Collection<PhoneNumberSearchResultError> values() {
        return values(PhoneNumberSearchResultError.class);
    }
}
