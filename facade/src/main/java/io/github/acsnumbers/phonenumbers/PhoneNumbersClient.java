package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.implementation.util.Validation;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.implementation.lro.StartRecovery;
import io.github.acsnumbers.implementation.lro.SyncPollerImpl;
import io.github.acsnumbers.implementation.paging.Paging;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.PagedIterable;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListAreaCodesOptions;
import io.github.acsnumbers.phonenumbers.models.ListCountriesOptions;
import io.github.acsnumbers.phonenumbers.models.ListLocalitiesOptions;
import io.github.acsnumbers.phonenumbers.models.ListOfferingsOptions;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.ListReservationsOptions;
import io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOperation;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberLocality;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOffering;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.phonenumbers.models.UpdateCapabilitiesOptions;
import java.util.Collection;
import java.util.List;

/**
 * The blocking client of Azure Communication Services phone numbers: the catalog of what is offered, searching
 * and buying numbers, browsing and reserving them, managing the numbers the resource owns, and operator lookups.
 * Build one with {@link PhoneNumbersClientBuilder}.
 *
 * <p>Argument errors are reported as {@link IllegalArgumentException} before any request is sent; everything the
 * service refuses (and transport failures) as {@link CommunicationException}. Lists are fetched lazily, one page at
 * a time. Long-running operations return a {@link SyncPoller} that has already started the operation; its
 * {@code getResumeToken()} can be handed to the matching {@code resume...} method in another process.
 *
 * <p>Thread-safe: share one instance.
 */
public final class PhoneNumbersClient {
    private final PhoneNumbersOperations ops;

    PhoneNumbersClient(PhoneNumbersOperations ops) {
        this.ops = ops;
    }

    // ---------------------------------------------------------------- catalog

    /**
     * Lists the countries in which numbers are offered, with names in the builder's {@code acceptLanguage}.
     *
     * @return the countries, fetched lazily
     */
    @ImplementsOperation("listAvailableCountries")
    public PagedIterable<PhoneNumberCountry> listAvailableCountries() {
        return listAvailableCountries(null);
    }

    /**
     * Lists the countries in which numbers are offered.
     *
     * @param options the page size, or {@code null}
     * @return the countries, fetched lazily
     */
    @ImplementsOperation("listAvailableCountries")
    public PagedIterable<PhoneNumberCountry> listAvailableCountries(ListCountriesOptions options) {
        return Paging.of(ops.pipeline(), ops.listAvailableCountries(options));
    }

    /**
     * Lists the localities (cities, towns) of a country in which geographic numbers are offered.
     *
     * @param countryCode the ISO 3166-1 alpha-2 country code, for example {@code US}
     * @return the localities, fetched lazily
     * @throws IllegalArgumentException if the country code is not two letters
     */
    @ImplementsOperation("listAvailableLocalities")
    public PagedIterable<PhoneNumberLocality> listAvailableLocalities(String countryCode) {
        return listAvailableLocalities(countryCode, null);
    }

    /**
     * Lists the localities of a country, optionally within an administrative division or for a number type.
     *
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @param options     filters, or {@code null}
     * @return the localities, fetched lazily
     * @throws IllegalArgumentException if the country code is not two letters
     */
    @ImplementsOperation("listAvailableLocalities")
    public PagedIterable<PhoneNumberLocality> listAvailableLocalities(String countryCode,
                                                                      ListLocalitiesOptions options) {
        return Paging.of(ops.pipeline(), ops.listAvailableLocalities(countryCode, options));
    }

    /**
     * Lists the area codes offered for a kind of number in a country.
     *
     * @param countryCode     the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number, for example {@link PhoneNumberType#TOLL_FREE}
     * @return the area codes, fetched lazily
     * @throws IllegalArgumentException if an argument is missing or malformed
     */
    @ImplementsOperation("listAreaCodes")
    public PagedIterable<PhoneNumberAreaCode> listAvailableAreaCodes(String countryCode,
                                                                     PhoneNumberType phoneNumberType) {
        return listAvailableAreaCodes(countryCode, phoneNumberType, null);
    }

    /**
     * Lists the area codes offered for a kind of number in a country, filtered by assignment type and place.
     * Geographic and mobile numbers usually need a locality.
     *
     * @param countryCode     the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number
     * @param options         filters, or {@code null}
     * @return the area codes, fetched lazily
     * @throws IllegalArgumentException if an argument is missing or malformed
     */
    @ImplementsOperation("listAreaCodes")
    public PagedIterable<PhoneNumberAreaCode> listAvailableAreaCodes(String countryCode,
                                                                     PhoneNumberType phoneNumberType,
                                                                     ListAreaCodesOptions options) {
        return Paging.of(ops.pipeline(), ops.listAvailableAreaCodes(countryCode, phoneNumberType, options));
    }

    /**
     * Lists the offerings (kind of number, assignment type, capabilities and cost) of a country.
     *
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @return the offerings, fetched lazily
     * @throws IllegalArgumentException if the country code is not two letters
     */
    @ImplementsOperation("listOfferings")
    public PagedIterable<PhoneNumberOffering> listAvailableOfferings(String countryCode) {
        return listAvailableOfferings(countryCode, null);
    }

    /**
     * Lists the offerings of a country, filtered by kind of number and assignment type.
     *
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @param options     filters, or {@code null}
     * @return the offerings, fetched lazily
     * @throws IllegalArgumentException if the country code is not two letters
     */
    @ImplementsOperation("listOfferings")
    public PagedIterable<PhoneNumberOffering> listAvailableOfferings(String countryCode, ListOfferingsOptions options) {
        return Paging.of(ops.pipeline(), ops.listAvailableOfferings(countryCode, options));
    }

    // ---------------------------------------------------------------- search and purchase

    /**
     * Starts a search for numbers to buy; found numbers are held for a purchase until
     * {@link PhoneNumberSearchResult#getSearchExpiresBy()}. The poller's final result is the search result, read
     * from the service's search results once the search succeeded.
     *
     * @param countryCode    the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number
     * @param assignmentType who or what the numbers are for
     * @param capabilities   the calling and SMS capabilities the numbers must have (both required)
     * @return the poller of the started search
     * @throws IllegalArgumentException if an argument is missing or malformed
     * @throws CommunicationException   if the service refuses to start the search
     */
    @ImplementsOperation("searchAvailablePhoneNumbers")
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getSearchResult")
    @ImplementsOperation("cancelOperation")
    public SyncPoller<PhoneNumberSearchResult> beginSearchAvailablePhoneNumbers(
            String countryCode, PhoneNumberType phoneNumberType, PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities capabilities) {
        return beginSearchAvailablePhoneNumbers(countryCode, phoneNumberType, assignmentType, capabilities, null);
    }

    /**
     * Starts a search for numbers to buy, with an area code, a quantity or a poll interval.
     *
     * @param countryCode     the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number
     * @param assignmentType  who or what the numbers are for
     * @param capabilities    the calling and SMS capabilities the numbers must have (both required)
     * @param options         area code, quantity (at least 1) and poll interval, or {@code null}
     * @return the poller of the started search; {@code cancel()} cancels the search on the service
     * @throws IllegalArgumentException if an argument is missing or malformed
     * @throws CommunicationException   if the service refuses to start the search
     */
    @ImplementsOperation("searchAvailablePhoneNumbers")
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getSearchResult")
    @ImplementsOperation("cancelOperation")
    public SyncPoller<PhoneNumberSearchResult> beginSearchAvailablePhoneNumbers(
            String countryCode, PhoneNumberType phoneNumberType, PhoneNumberAssignmentType assignmentType,
            PhoneNumberCapabilities capabilities, SearchOptions options) {
        return SyncPollerImpl.begin(ops.pipeline(),
            ops.startSearch(countryCode, phoneNumberType, assignmentType, capabilities, options),
            ops.searchDefinition(), options == null ? null : options.getPollInterval());
    }

    /**
     * Continues following a search started elsewhere.
     *
     * @param resumeTokenOrOperationId a poller's {@code getResumeToken()}, or the operation id ({@code search_...})
     * @return the poller
     * @throws IllegalArgumentException if the token is malformed or belongs to another kind of operation
     */
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getSearchResult")
    public SyncPoller<PhoneNumberSearchResult> resumeSearchAvailablePhoneNumbers(String resumeTokenOrOperationId) {
        return SyncPollerImpl.resume(ops.pipeline(),
            ops.resumeState(resumeTokenOrOperationId, PhoneNumbersOperations.SEARCH), ops.searchDefinition(), null);
    }

    /**
     * Starts buying the numbers of a search.
     *
     * @param searchId the search id of a {@link PhoneNumberSearchResult}
     * @return the poller; its final result is {@code null}: success means the numbers are owned
     * @throws IllegalArgumentException if the search id is blank
     * @throws CommunicationException   if the service refuses to start the purchase
     */
    @ImplementsOperation("purchasePhoneNumbers")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginPurchasePhoneNumbers(String searchId) {
        return beginPurchasePhoneNumbers(searchId, null);
    }

    /**
     * Starts buying the numbers of a search, agreeing not to resell them where the search requires it.
     *
     * @param searchId the search id of a {@link PhoneNumberSearchResult}
     * @param options  {@code agreeToNotResell} and poll interval, or {@code null}
     * @return the poller; its final result is {@code null}: success means the numbers are owned
     * @throws IllegalArgumentException if the search id is blank
     * @throws CommunicationException   if the service refuses to start the purchase
     */
    @ImplementsOperation("purchasePhoneNumbers")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginPurchasePhoneNumbers(String searchId, PurchaseOptions options) {
        // a lost answer is recovered by looking up purchase_<searchId>, never by blindly buying again
        return SyncPollerImpl.resume(ops.pipeline(), StartRecovery.start(ops.pipeline(), ops.startPurchase(searchId, options),
                ops.lookupPurchase(searchId)), ops.purchaseDefinition(),
            options == null ? null : options.getPollInterval());
    }

    /**
     * Continues following a purchase started elsewhere.
     *
     * @param resumeTokenOrOperationId a poller's {@code getResumeToken()}, or the operation id ({@code purchase_...})
     * @return the poller
     * @throws IllegalArgumentException if the token is malformed or belongs to another kind of operation
     */
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> resumePurchasePhoneNumbers(String resumeTokenOrOperationId) {
        return SyncPollerImpl.resume(ops.pipeline(),
            ops.resumeState(resumeTokenOrOperationId, PhoneNumbersOperations.PURCHASE), ops.purchaseDefinition(), null);
    }

    // ---------------------------------------------------------------- purchased numbers

    /**
     * Reads a number the resource owns.
     *
     * @param phoneNumber the number in E.164 format, for example {@code +14255550123}
     * @return the number
     * @throws IllegalArgumentException if the number is not in E.164 format
     * @throws CommunicationException   if the resource does not own it (404) or the call fails
     */
    @ImplementsOperation("getByNumber")
    public PurchasedPhoneNumber getPurchasedPhoneNumber(String phoneNumber) {
        return ops.pipeline().send(ops.getPurchasedPhoneNumber(phoneNumber));
    }

    /**
     * Lists the numbers the resource owns.
     *
     * @return the numbers, fetched lazily
     */
    @ImplementsOperation("listPhoneNumbers")
    public PagedIterable<PurchasedPhoneNumber> listPurchasedPhoneNumbers() {
        return listPurchasedPhoneNumbers(null);
    }

    /**
     * Lists the numbers the resource owns, with a page size.
     *
     * @param options the page size, or {@code null}
     * @return the numbers, fetched lazily
     */
    @ImplementsOperation("listPhoneNumbers")
    public PagedIterable<PurchasedPhoneNumber> listPurchasedPhoneNumbers(ListPurchasedPhoneNumbersOptions options) {
        return Paging.of(ops.pipeline(), ops.listPurchasedPhoneNumbers(options));
    }

    /**
     * Starts changing what a number can do. A {@code null} capability is left as it is. The final result is the
     * number as read again after the change.
     *
     * @param phoneNumber the number in E.164 format
     * @param calling     the new calling capability, or {@code null} to keep it
     * @param sms         the new SMS capability, or {@code null} to keep it
     * @return the poller
     * @throws IllegalArgumentException if the number is malformed or both capabilities are {@code null}
     * @throws CommunicationException   if the service refuses (for example 403 for a number it does not own)
     */
    @ImplementsOperation("updateCapabilities")
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getByNumber")
    public SyncPoller<PurchasedPhoneNumber> beginUpdatePhoneNumberCapabilities(String phoneNumber,
                                                                               PhoneNumberCapabilityType calling,
                                                                               PhoneNumberCapabilityType sms) {
        return beginUpdatePhoneNumberCapabilities(phoneNumber, calling, sms, null);
    }

    /**
     * Starts changing what a number can do, with a poll interval.
     *
     * @param phoneNumber the number in E.164 format
     * @param calling     the new calling capability, or {@code null} to keep it
     * @param sms         the new SMS capability, or {@code null} to keep it
     * @param options     the poll interval, or {@code null}
     * @return the poller
     * @throws IllegalArgumentException if the number is malformed or both capabilities are {@code null}
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("updateCapabilities")
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getByNumber")
    public SyncPoller<PurchasedPhoneNumber> beginUpdatePhoneNumberCapabilities(String phoneNumber,
                                                                               PhoneNumberCapabilityType calling,
                                                                               PhoneNumberCapabilityType sms,
                                                                               LongRunningOperationOptions options) {
        return SyncPollerImpl.begin(ops.pipeline(), ops.startUpdateCapabilities(phoneNumber, calling, sms),
            ops.capabilitiesDefinition(), options == null ? null : options.getPollInterval());
    }

    /**
     * Starts changing what a number can do, with the new capabilities named in an options object. Preferred over
     * the form taking two {@link PhoneNumberCapabilityType} arguments, whose order the compiler cannot check.
     *
     * @param phoneNumber the number in E.164 format
     * @param options     the new calling and/or SMS capability (a {@code null} one is kept), and the poll interval
     * @return the poller
     * @throws IllegalArgumentException if the number is malformed, the options are {@code null} or set neither
     *                                  capability
     */
    @ImplementsOperation("updateCapabilities")
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getByNumber")
    public SyncPoller<PurchasedPhoneNumber> beginUpdatePhoneNumberCapabilities(String phoneNumber,
                                                                               UpdateCapabilitiesOptions options) {
        Validation.requireNonNull(options, "options");
        return SyncPollerImpl.begin(ops.pipeline(),
            ops.startUpdateCapabilities(phoneNumber, options.getCalling(), options.getSms()),
            ops.capabilitiesDefinition(), options.getPollInterval());
    }

    /**
     * Continues following a capability update started elsewhere.
     *
     * @param resumeTokenOrOperationId a poller's {@code getResumeToken()}, or the operation id
     *                                 ({@code capabilities_...})
     * @return the poller
     * @throws IllegalArgumentException if the token is malformed or belongs to another kind of operation
     */
    @ImplementsOperation("getOperation")
    @ImplementsOperation("getByNumber")
    public SyncPoller<PurchasedPhoneNumber> resumeUpdatePhoneNumberCapabilities(String resumeTokenOrOperationId) {
        return SyncPollerImpl.resume(ops.pipeline(),
            ops.resumeState(resumeTokenOrOperationId, PhoneNumbersOperations.CAPABILITIES),
            ops.capabilitiesDefinition(), null);
    }

    /**
     * Starts releasing a number: the resource gives it up. The service accepts the request even for a number the
     * resource does not own; that failure shows when the poller ends.
     *
     * @param phoneNumber the number in E.164 format
     * @return the poller; its final result is {@code null}
     * @throws IllegalArgumentException if the number is not in E.164 format
     * @throws CommunicationException   if the service refuses to start the release
     */
    @ImplementsOperation("releasePhoneNumber")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginReleasePhoneNumber(String phoneNumber) {
        return beginReleasePhoneNumber(phoneNumber, null);
    }

    /**
     * Starts releasing a number, with a poll interval.
     *
     * @param phoneNumber the number in E.164 format
     * @param options     the poll interval, or {@code null}
     * @return the poller; its final result is {@code null}
     * @throws IllegalArgumentException if the number is not in E.164 format
     * @throws CommunicationException   if the service refuses to start the release
     */
    @ImplementsOperation("releasePhoneNumber")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginReleasePhoneNumber(String phoneNumber, LongRunningOperationOptions options) {
        return SyncPollerImpl.begin(ops.pipeline(), ops.startRelease(phoneNumber), ops.releaseDefinition(),
            options == null ? null : options.getPollInterval());
    }

    /**
     * Continues following a release started elsewhere.
     *
     * @param resumeTokenOrOperationId a poller's {@code getResumeToken()}, or the operation id ({@code release_...})
     * @return the poller
     * @throws IllegalArgumentException if the token is malformed or belongs to another kind of operation
     */
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> resumeReleasePhoneNumber(String resumeTokenOrOperationId) {
        return SyncPollerImpl.resume(ops.pipeline(),
            ops.resumeState(resumeTokenOrOperationId, PhoneNumbersOperations.RELEASE), ops.releaseDefinition(), null);
    }

    // ---------------------------------------------------------------- operator information

    /**
     * Looks up formatting data of numbers (the service currently accepts one number per request).
     *
     * @param phoneNumbers the numbers in E.164 format
     * @return the information per number
     * @throws IllegalArgumentException if the list is empty or a number is malformed
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("operatorInformationSearch")
    public OperatorInformationResult searchOperatorInformation(List<String> phoneNumbers) {
        return searchOperatorInformation(phoneNumbers, null);
    }

    /**
     * Looks up formatting and, optionally, operator data of numbers.
     *
     * @param phoneNumbers the numbers in E.164 format
     * @param options      whether to include the country, number type and operator, or {@code null}
     * @return the information per number
     * @throws IllegalArgumentException if the list is empty or a number is malformed
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("operatorInformationSearch")
    public OperatorInformationResult searchOperatorInformation(List<String> phoneNumbers,
                                                               OperatorInformationOptions options) {
        return ops.pipeline().send(ops.searchOperatorInformation(phoneNumbers, options));
    }

    // ---------------------------------------------------------------- browse and reservations

    /**
     * Finds numbers that can be reserved right now. They are not held until added to a reservation.
     *
     * @param countryCode     the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number
     * @return the numbers found
     * @throws IllegalArgumentException if an argument is missing or malformed
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("browseAvailableNumbers")
    public PhoneNumbersBrowseResult browseAvailablePhoneNumbers(String countryCode, PhoneNumberType phoneNumberType) {
        return browseAvailablePhoneNumbers(countryCode, phoneNumberType, null);
    }

    /**
     * Finds numbers that can be reserved right now, filtered by capabilities, assignment type and prefixes.
     *
     * @param countryCode     the ISO 3166-1 alpha-2 country code
     * @param phoneNumberType the kind of number
     * @param options         filters, or {@code null}
     * @return the numbers found
     * @throws IllegalArgumentException if an argument is missing or malformed
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("browseAvailableNumbers")
    public PhoneNumbersBrowseResult browseAvailablePhoneNumbers(String countryCode, PhoneNumberType phoneNumberType,
                                                                BrowseOptions options) {
        return ops.pipeline().send(ops.browseAvailablePhoneNumbers(countryCode, phoneNumberType, options));
    }

    /**
     * Creates a reservation, or changes one: adds numbers (as returned by browsing) and removes numbers, in one
     * merge-patch. When some numbers cannot be reserved the service still applies the rest (HTTP 207): the result
     * is then returned normally and {@link PhoneNumbersReservation#getFailedPhoneNumbers()} shows the failures.
     *
     * @param reservationId a UUID the caller chooses, for example {@code UUID.randomUUID().toString()}
     * @param add           numbers to hold, or {@code null}; each needs an id or a phone number
     * @param remove        numbers to let go (E.164 numbers or number ids), or {@code null}
     * @return the reservation after the change
     * @throws IllegalArgumentException if the id is not a UUID, a number is malformed, or a number is both added
     *                                  and removed
     * @throws CommunicationException   if the service refuses the whole change
     */
    @ImplementsOperation("createOrUpdateReservation")
    public PhoneNumbersReservation createOrUpdateReservation(String reservationId, Collection<AvailablePhoneNumber> add,
                                                             Collection<String> remove) {
        return ops.pipeline().send(ops.createOrUpdateReservation(reservationId, add, remove));
    }

    /**
     * Reads a reservation with its numbers.
     *
     * @param reservationId the reservation's UUID
     * @return the reservation
     * @throws IllegalArgumentException if the id is not a UUID
     * @throws CommunicationException   if there is no such reservation (404) or the call fails
     */
    @ImplementsOperation("getReservation")
    public PhoneNumbersReservation getReservation(String reservationId) {
        return ops.pipeline().send(ops.getReservation(reservationId));
    }

    /**
     * Lists the reservations, without their numbers; expired ones stay listed for a while.
     *
     * @return the reservations, fetched lazily
     */
    @ImplementsOperation("listReservations")
    public PagedIterable<PhoneNumbersReservation> listReservations() {
        return listReservations(null);
    }

    /**
     * Lists the reservations with a page size.
     *
     * @param options the page size, or {@code null}
     * @return the reservations, fetched lazily
     */
    @ImplementsOperation("listReservations")
    public PagedIterable<PhoneNumbersReservation> listReservations(ListReservationsOptions options) {
        return Paging.of(ops.pipeline(), ops.listReservations(options));
    }

    /**
     * Deletes a reservation and lets its numbers go.
     *
     * @param reservationId the reservation's UUID
     * @throws IllegalArgumentException if the id is not a UUID
     * @throws CommunicationException   if the call fails
     */
    @ImplementsOperation("deleteReservation")
    public void deleteReservation(String reservationId) {
        ops.pipeline().send(ops.deleteReservation(reservationId));
    }

    /**
     * Starts buying every number of a reservation.
     *
     * @param reservationId the reservation's UUID
     * @return the poller; its final result is {@code null}
     * @throws IllegalArgumentException if the id is not a UUID
     * @throws CommunicationException   if the service refuses (for example 400 for an empty reservation)
     */
    @ImplementsOperation("purchaseReservation")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginReservationPurchase(String reservationId) {
        return beginReservationPurchase(reservationId, null);
    }

    /**
     * Starts buying every number of a reservation, agreeing not to resell them where required.
     *
     * @param reservationId the reservation's UUID
     * @param options       {@code agreeToNotResell} and poll interval, or {@code null}
     * @return the poller; its final result is {@code null}
     * @throws IllegalArgumentException if the id is not a UUID
     * @throws CommunicationException   if the service refuses
     */
    @ImplementsOperation("purchaseReservation")
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> beginReservationPurchase(String reservationId, PurchaseOptions options) {
        // a lost answer is recovered by looking up reservationPurchase_<id>, never by blindly buying again
        return SyncPollerImpl.resume(ops.pipeline(), StartRecovery.start(ops.pipeline(),
                ops.startReservationPurchase(reservationId, options), ops.lookupReservationPurchase(reservationId)),
            ops.reservationPurchaseDefinition(), options == null ? null : options.getPollInterval());
    }

    /**
     * Continues following a reservation purchase started elsewhere.
     *
     * @param resumeTokenOrOperationId a poller's {@code getResumeToken()}, or the operation id
     *                                 ({@code reservationPurchase_...})
     * @return the poller
     * @throws IllegalArgumentException if the token is malformed or belongs to another kind of operation
     */
    @ImplementsOperation("getOperation")
    public SyncPoller<Void> resumeReservationPurchase(String resumeTokenOrOperationId) {
        return SyncPollerImpl.resume(ops.pipeline(),
            ops.resumeState(resumeTokenOrOperationId, PhoneNumbersOperations.RESERVATION_PURCHASE),
            ops.reservationPurchaseDefinition(), null);
    }

    /**
     * Reads a long-running operation by its bare id, as printed in a log line or shown in the Azure portal
     * ({@code search_<guid>}, {@code purchase_<searchId>}, {@code reservationPurchase_<id>}, {@code release_<guid>},
     * {@code capabilities_<guid>}). To follow it to the end, pass the same id to the matching {@code resume...}
     * method.
     *
     * @param operationId the operation id
     * @return the operation's current state
     * @throws IllegalArgumentException if the id is blank or not of the service's form
     * @throws CommunicationException   404 when no such operation exists
     */
    @ImplementsOperation("getOperation")
    public PhoneNumberOperation getOperation(String operationId) {
        return ops.pipeline().send(ops.getOperation(operationId));
    }
}
