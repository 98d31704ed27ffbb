package io.github.acsnumbers.emulator.phonenumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The persistent entities of the phone-numbers emulation (immutable; state changes replace them). */
public final class Model {

    private Model() {
    }

    /** How long a search holds its numbers. */
    public static final Duration SEARCH_HOLD = Duration.ofMinutes(16);
    /** A reservation expires this long after its last change... */
    public static final Duration RESERVATION_IDLE = Duration.ofMinutes(15);
    /** ...but never later than this after its creation. */
    public static final Duration RESERVATION_MAX = Duration.ofHours(2);

    /**
     * A number the resource owns.
     *
     * @param phoneNumber     E.164 number
     * @param countryCode     ISO country
     * @param phoneNumberType geographic, tollFree or mobile
     * @param assignmentType  person or application
     * @param calling         calling capability
     * @param sms             SMS capability
     * @param purchaseDate    when it was bought
     * @param amount          monthly cost
     * @param currencyCode    cost currency
     */
    public record PurchasedNumber(String phoneNumber, String countryCode, String phoneNumberType,
                                  String assignmentType, String calling, String sms, Instant purchaseDate,
                                  double amount, String currencyCode) {

        /**
         * The same number with other capabilities.
         *
         * @param newCalling new calling capability
         * @param newSms new SMS capability
         * @return the updated number
         */
        public PurchasedNumber withCapabilities(String newCalling, String newSms) {
            return new PurchasedNumber(phoneNumber, countryCode, phoneNumberType, assignmentType, newCalling, newSms,
                    purchaseDate, amount, currencyCode);
        }
    }

    /**
     * A search and the numbers it holds.
     *
     * @param searchId          id
     * @param countryCode       ISO country
     * @param phoneNumberType   number type
     * @param assignmentType    assignment type
     * @param calling           requested calling capability
     * @param sms               requested SMS capability
     * @param phoneNumbers      numbers found and held
     * @param amount            cost per number
     * @param currencyCode      currency
     * @param agreementRequired whether purchase needs {@code agreeToNotResell}
     * @param createdAt         when the search was made
     * @param error             {@code NoError} or the failure enum value
     * @param state             {@code held}, {@code purchased} or {@code cancelled}
     */
    public record Search(String searchId, String countryCode, String phoneNumberType, String assignmentType,
                         String calling, String sms, List<String> phoneNumbers, double amount, String currencyCode,
                         boolean agreementRequired, Instant createdAt, String error, String state) {

        /**
         * Copies the list.
         *
         * @param searchId id
         * @param countryCode ISO country
         * @param phoneNumberType number type
         * @param assignmentType assignment type
         * @param calling calling capability
         * @param sms SMS capability
         * @param phoneNumbers numbers found and held
         * @param amount cost
         * @param currencyCode currency
         * @param agreementRequired whether purchase needs {@code agreeToNotResell}
         * @param createdAt reported createdDateTime
         * @param error {@code NoError} or the failure enum value
         * @param state {@code held}, {@code purchased} or {@code cancelled}
         */
        public Search {
            phoneNumbers = List.copyOf(phoneNumbers);
        }

        /**
         * When the hold ends.
         *
         * @return when the hold ends
         */
        public Instant expiresBy() {
            return createdAt.plus(SEARCH_HOLD);
        }

        /**
         * The same search in another state.
         *
         * @param newState new state
         * @return the updated search
         */
        public Search withState(String newState) {
            return new Search(searchId, countryCode, phoneNumberType, assignmentType, calling, sms, phoneNumbers,
                    amount, currencyCode, agreementRequired, createdAt, error, newState);
        }
    }

    /**
     * A number inside a reservation.
     *
     * @param id                number without {@code +}
     * @param phoneNumber       E.164 number
     * @param countryCode       ISO country
     * @param phoneNumberType   number type
     * @param assignmentType    assignment type
     * @param calling           calling capability
     * @param sms               SMS capability
     * @param amount            cost
     * @param currencyCode      currency
     * @param agreementRequired whether purchase needs {@code agreeToNotResell}
     */
    public record ReservedNumber(String id, String phoneNumber, String countryCode, String phoneNumberType,
                                 String assignmentType, String calling, String sms, double amount,
                                 String currencyCode, boolean agreementRequired) {
    }

    /**
     * A reservation.
     *
     * @param id                the client-chosen GUID
     * @param createdAt         creation time
     * @param lastChangedAt     time of the last successful change
     * @param numbers           reserved numbers by id (insertion order kept)
     * @param purchaseStartedAt when its purchase was accepted, or {@code null}
     */
    public record Reservation(String id, Instant createdAt, Instant lastChangedAt,
                              Map<String, ReservedNumber> numbers, Instant purchaseStartedAt) {

        /**
         * Copies the map, keeping order.
         *
         * @param id {@code <kind>_<guid>}
         * @param createdAt reported createdDateTime
         * @param lastChangedAt time of the last successful change
         * @param numbers reserved numbers by id (insertion order kept)
         * @param purchaseStartedAt when its purchase was accepted, or {@code null}
         */
        public Reservation {
            numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        }

        /**
         * Expiry: 15 minutes after the last change, at most 2 hours after creation.
         *
         * @return the expiry time
         */
        public Instant expiresAt() {
            Instant idle = lastChangedAt.plus(RESERVATION_IDLE);
            Instant max = createdAt.plus(RESERVATION_MAX);
            return idle.isBefore(max) ? idle : max;
        }

        /**
         * Whether it is still active (not purchased, not expired) at {@code now}.
         *
         * @param now the time
         * @return whether it is still active (not purchased, not expired) at {@code now}
         */
        public boolean activeAt(Instant now) {
            return purchaseStartedAt == null && now.isBefore(expiresAt());
        }
    }

    /**
     * A long-running operation.
     *
     * @param id               {@code <kind>_<guid>}
     * @param operationType    search, purchase, releasePhoneNumber, updatePhoneNumberCapabilities,
     *                         reservationPurchase
     * @param resourceLocation relative result URL or {@code null}
     * @param createdAt        reported createdDateTime
     * @param startedAt        when the emulator accepted it (drives the status)
     * @param errorCode        error code when it fails, else {@code null}
     * @param errorMessage     error message when it fails
     * @param errorTarget      error target when it fails
     * @param subjectId        the search, reservation or release/capabilities id behind it
     */
    public record Operation(String id, String operationType, String resourceLocation, Instant createdAt,
                            Instant startedAt, String errorCode, String errorMessage, String errorTarget,
                            String subjectId) {
    }
}
