package io.github.acsnumbers.phonenumbers.models;

import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.core.lro.OperationStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Builds the Phone Numbers response models for users' tests and mocks (for example, a stubbed client that returns an
 * {@code AvailablePhoneNumber}). The SDK itself builds them from service responses: response models have no public
 * constructors, so that a field the service adds later can be added to them without breaking anyone.
 *
 * <p>Compatibility: when a model gains a field, a new overload of its factory method with the extra parameter is
 * added and the existing overloads stay, producing the new field's "not sent" value ({@code null}, {@code false}
 * or an empty collection).
 */
public final class PhoneNumbersModelFactory {
    private PhoneNumbersModelFactory() {
    }

    /**
     * Creates an {@link AvailablePhoneNumber} as the service would return it, for tests and mocks.
     *
     * @param id the service's id of the number: the number without its leading {@code +}; it keys the number in a reservation.
     * @param countryCode the ISO 3166-1 alpha-2 country code.
     * @param phoneNumber the number in E.164 format.
     * @param capabilities the number's capabilities.
     * @param phoneNumberType the kind of number.
     * @param assignmentType the assignment type.
     * @param cost what the number costs, or {@code null}.
     * @param status the availability of the number, or {@code null}.
     * @param isAgreementToNotResellRequired whether a purchase must agree not to resell the number (false when the service did not say).
     * @param error the error the service reported for this number, or {@code null}.
     * @return the new {@code AvailablePhoneNumber}
     */
    public static AvailablePhoneNumber availablePhoneNumber(
            String id,
            String countryCode,
            String phoneNumber,
            PhoneNumberCapabilities capabilities,
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCost cost,
            AvailabilityStatus status,
            boolean isAgreementToNotResellRequired,
            AvailablePhoneNumberError error) {
        return new AvailablePhoneNumber(id, countryCode, phoneNumber, capabilities, phoneNumberType, assignmentType, cost, status, isAgreementToNotResellRequired, error);
    }

    /**
     * Creates an {@link AvailablePhoneNumberError} as the service would return it, for tests and mocks.
     *
     * @param code the service's error code, for example {@code NumberNotAvailable}.
     * @param message the service's description of the error.
     * @return the new {@code AvailablePhoneNumberError}
     */
    public static AvailablePhoneNumberError availablePhoneNumberError(
            String code,
            String message) {
        return new AvailablePhoneNumberError(code, message);
    }

    /**
     * Creates an {@link OperatorDetails} as the service would return it, for tests and mocks.
     *
     * @param name the operator's name, or {@code null}.
     * @param mobileNetworkCode the mobile network code, or {@code null}.
     * @param mobileCountryCode the mobile country code, or {@code null}.
     * @return the new {@code OperatorDetails}
     */
    public static OperatorDetails operatorDetails(
            String name,
            String mobileNetworkCode,
            String mobileCountryCode) {
        return new OperatorDetails(name, mobileNetworkCode, mobileCountryCode);
    }

    /**
     * Creates an {@link OperatorInformation} as the service would return it, for tests and mocks.
     *
     * @param phoneNumber the number that was looked up.
     * @param nationalFormat the number as written nationally, or {@code null}.
     * @param internationalFormat the number as written internationally, or {@code null}.
     * @param isoCountryCode the ISO country code, or {@code null} unless additional operator details were asked for.
     * @param numberType the kind of number, or {@code null} unless additional operator details were asked for.
     * @param operatorDetails the operator, or {@code null} unless additional operator details were asked for.
     * @return the new {@code OperatorInformation}
     */
    public static OperatorInformation operatorInformation(
            String phoneNumber,
            String nationalFormat,
            String internationalFormat,
            String isoCountryCode,
            OperatorNumberType numberType,
            OperatorDetails operatorDetails) {
        return new OperatorInformation(phoneNumber, nationalFormat, internationalFormat, isoCountryCode, numberType, operatorDetails);
    }

    /**
     * Creates an {@link OperatorInformationResult} as the service would return it, for tests and mocks.
     *
     * @param values the information for each number looked up.
     * @return the new {@code OperatorInformationResult}
     */
    public static OperatorInformationResult operatorInformationResult(
            List<OperatorInformation> values) {
        return new OperatorInformationResult(values);
    }

    /**
     * Creates a {@link PhoneNumberAdministrativeDivision} as the service would return it, for tests and mocks.
     *
     * @param localizedName the division's name in the language asked for (the service often sends the abbreviation).
     * @param abbreviatedName the division's abbreviation, for example {@code WA}.
     * @return the new {@code PhoneNumberAdministrativeDivision}
     */
    public static PhoneNumberAdministrativeDivision phoneNumberAdministrativeDivision(
            String localizedName,
            String abbreviatedName) {
        return new PhoneNumberAdministrativeDivision(localizedName, abbreviatedName);
    }

    /**
     * Creates a {@link PhoneNumberAreaCode} as the service would return it, for tests and mocks.
     *
     * @param areaCode the area code, for example {@code 425}.
     * @return the new {@code PhoneNumberAreaCode}
     */
    public static PhoneNumberAreaCode phoneNumberAreaCode(
            String areaCode) {
        return new PhoneNumberAreaCode(areaCode);
    }

    /**
     * Creates a {@link PhoneNumberCost} as the service would return it, for tests and mocks.
     *
     * @param amount the amount per billing period.
     * @param currencyCode the ISO 4217 currency code, for example {@code USD}.
     * @param billingFrequency how often the amount is billed.
     * @return the new {@code PhoneNumberCost}
     */
    public static PhoneNumberCost phoneNumberCost(
            double amount,
            String currencyCode,
            BillingFrequency billingFrequency) {
        return new PhoneNumberCost(amount, currencyCode, billingFrequency);
    }

    /**
     * Creates a {@link PhoneNumberCountry} as the service would return it, for tests and mocks.
     *
     * @param localizedName the country's name in the language asked for with {@code Accept-Language}.
     * @param countryCode the ISO 3166-1 alpha-2 country code.
     * @return the new {@code PhoneNumberCountry}
     */
    public static PhoneNumberCountry phoneNumberCountry(
            String localizedName,
            String countryCode) {
        return new PhoneNumberCountry(localizedName, countryCode);
    }

    /**
     * Creates a {@link PhoneNumberLocality} as the service would return it, for tests and mocks.
     *
     * @param localizedName the locality's name in the language asked for.
     * @param administrativeDivision the division the locality belongs to, or {@code null}: the service sends none for some countries and for mobile numbers.
     * @return the new {@code PhoneNumberLocality}
     */
    public static PhoneNumberLocality phoneNumberLocality(
            String localizedName,
            PhoneNumberAdministrativeDivision administrativeDivision) {
        return new PhoneNumberLocality(localizedName, administrativeDivision);
    }

    /**
     * Creates a {@link PhoneNumberOffering} as the service would return it, for tests and mocks.
     *
     * @param phoneNumberType the kind of number offered.
     * @param assignmentType the assignment type offered.
     * @param availableCapabilities the most a number of this offering can do.
     * @param cost what a number of this offering costs.
     * @return the new {@code PhoneNumberOffering}
     */
    public static PhoneNumberOffering phoneNumberOffering(
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities availableCapabilities,
            PhoneNumberCost cost) {
        return new PhoneNumberOffering(phoneNumberType, assignmentType, availableCapabilities, cost);
    }

    /**
     * Creates a {@link PhoneNumberOperation} as the service would return it, for tests and mocks.
     *
     * @param id               operation id, e.g. {@code purchase_<searchId>}
     * @param operationType    e.g. {@code search}, {@code purchase}, {@code releasePhoneNumber}
     * @param status           the status
     * @param createdAt        when it was created, or null
     * @param lastActionAt     the last action time the service reports (often {@code 0001-01-01T00:00:00Z}), or null
     * @param resourceLocation where its result is, or null
     * @param error            its error when it failed, or null
     * @return the new {@code PhoneNumberOperation}
     */
    public static PhoneNumberOperation phoneNumberOperation(
            String id,
            String operationType,
            OperationStatus status,
            OffsetDateTime createdAt,
            OffsetDateTime lastActionAt,
            String resourceLocation,
            CommunicationError error) {
        return new PhoneNumberOperation(id, operationType, status, createdAt, lastActionAt, resourceLocation, error);
    }

    /**
     * Creates a {@link PhoneNumberSearchResult} as the service would return it, for tests and mocks.
     *
     * @param searchId the search id to pass to a purchase.
     * @param phoneNumbers the numbers found, in E.164 format.
     * @param phoneNumberType the kind of the numbers found.
     * @param assignmentType the assignment type of the numbers found.
     * @param capabilities the capabilities of the numbers found.
     * @param cost what each number costs.
     * @param searchExpiresBy the time until which the numbers are held for a purchase.
     * @param isAgreementToNotResellRequired whether the purchase must agree not to resell the numbers (false when the service did not say).
     * @param errorCode the numeric error code, or {@code null}; successful searches send none.
     * @param error the outcome code, or {@code null}; {@code NoError} on success.
     * @return the new {@code PhoneNumberSearchResult}
     */
    public static PhoneNumberSearchResult phoneNumberSearchResult(
            String searchId,
            List<String> phoneNumbers,
            PhoneNumberType phoneNumberType,
            PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities capabilities,
            PhoneNumberCost cost,
            OffsetDateTime searchExpiresBy,
            boolean isAgreementToNotResellRequired,
            Integer errorCode,
            PhoneNumberSearchResultError error) {
        return new PhoneNumberSearchResult(searchId, phoneNumbers, phoneNumberType, assignmentType, capabilities, cost, searchExpiresBy, isAgreementToNotResellRequired, errorCode, error);
    }

    /**
     * Creates a {@link PhoneNumbersBrowseResult} as the service would return it, for tests and mocks.
     *
     * @param phoneNumbers the numbers found.
     * @return the new {@code PhoneNumbersBrowseResult}
     */
    public static PhoneNumbersBrowseResult phoneNumbersBrowseResult(
            List<AvailablePhoneNumber> phoneNumbers) {
        return new PhoneNumbersBrowseResult(phoneNumbers);
    }

    /**
     * Creates a {@link PhoneNumbersReservation} as the service would return it, for tests and mocks.
     *
     * @param id the reservation id (a UUID chosen by the client).
     * @param expiresAt when the hold ends, or {@code null}; every change moves it later.
     * @param phoneNumbers the numbers held, keyed by number id (empty in lists).
     * @param status the reservation's status, or {@code null}.
     * @return the new {@code PhoneNumbersReservation}
     */
    public static PhoneNumbersReservation phoneNumbersReservation(
            String id,
            OffsetDateTime expiresAt,
            Map<String, AvailablePhoneNumber> phoneNumbers,
            ReservationStatus status) {
        return new PhoneNumbersReservation(id, expiresAt, phoneNumbers, status);
    }

    /**
     * Creates a {@link PurchasedPhoneNumber} as the service would return it, for tests and mocks.
     *
     * @param id the service's id of the number: the number without its leading {@code +}.
     * @param phoneNumber the number in E.164 format, for example {@code +14255550123}.
     * @param countryCode the ISO 3166-1 alpha-2 country code of the number.
     * @param phoneNumberType the kind of number.
     * @param capabilities the current calling and SMS capabilities.
     * @param assignmentType who or what the number is assigned to.
     * @param purchaseDate when the number was purchased.
     * @param cost what the number costs.
     * @return the new {@code PurchasedPhoneNumber}
     */
    public static PurchasedPhoneNumber purchasedPhoneNumber(
            String id,
            String phoneNumber,
            String countryCode,
            PhoneNumberType phoneNumberType,
            PhoneNumberCapabilities capabilities,
            PhoneNumberAssignmentType assignmentType,
            OffsetDateTime purchaseDate,
            PhoneNumberCost cost) {
        return new PurchasedPhoneNumber(id, phoneNumber, countryCode, phoneNumberType, capabilities, assignmentType, purchaseDate, cost);
    }
}
