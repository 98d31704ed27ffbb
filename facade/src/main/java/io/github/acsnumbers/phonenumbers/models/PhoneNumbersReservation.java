package io.github.acsnumbers.phonenumbers.models;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A temporary hold on phone numbers that can be purchased together. Reservations in a list carry no numbers.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class PhoneNumbersReservation {
    private final String id;
    private final OffsetDateTime expiresAt;
    private final Map<String, AvailablePhoneNumber> phoneNumbers;
    private final ReservationStatus status;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param id the reservation id (a UUID chosen by the client).
     * @param expiresAt when the hold ends, or {@code null}; every change moves it later.
     * @param phoneNumbers the numbers held, keyed by number id (empty in lists).
     * @param status the reservation's status, or {@code null}.
     */
    PhoneNumbersReservation(
            String id,
            OffsetDateTime expiresAt,
            Map<String, AvailablePhoneNumber> phoneNumbers,
            ReservationStatus status) {
        this.id = id;
        this.expiresAt = expiresAt;
        this.phoneNumbers = phoneNumbers == null ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(phoneNumbers));
        this.status = status;
    }

    /**
     * Returns the reservation id (a UUID chosen by the client).
     *
     * @return the reservation id (a UUID chosen by the client)
     */
    public String getId() {
        return id;
    }

    /**
     * Returns when the hold ends, or {@code null}; every change moves it later.
     *
     * @return when the hold ends, or {@code null}; every change moves it later
     */
    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    /**
     * Returns the numbers held, keyed by number id (empty in lists) (never {@code null}; unmodifiable, in the order the service sent).
     *
     * @return the numbers held, keyed by number id (empty in lists)
     */
    public Map<String, AvailablePhoneNumber> getPhoneNumbers() {
        return phoneNumbers;
    }

    /**
     * Returns the reservation's status, or {@code null}.
     *
     * @return the reservation's status, or {@code null}
     */
    public ReservationStatus getStatus() {
        return status;
    }
    /**
     * Returns the numbers for which the service reported an error, as after a change that partly failed
     * (HTTP 207). The other numbers of the change were applied.
     *
     * @return the failed numbers keyed by id (never {@code null}; unmodifiable)
     */
    public Map<String, AvailablePhoneNumber> getFailedPhoneNumbers() {
        Map<String, AvailablePhoneNumber> failed = new LinkedHashMap<>();
        phoneNumbers.forEach((key, number) -> {
            if (number != null && number.hasError()) {
                failed.put(key, number);
            }
        });
        return Collections.unmodifiableMap(failed);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PhoneNumbersReservation)) {
            return false;
        }
        PhoneNumbersReservation other = (PhoneNumbersReservation) o;
        return Objects.equals(id, other.id)
                && Objects.equals(expiresAt, other.expiresAt)
                && Objects.equals(phoneNumbers, other.phoneNumbers)
                && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, expiresAt, phoneNumbers, status);
    }

    @Override
    public String toString() {
        return "PhoneNumbersReservation{" + "id=" + id
                + ", " + "expiresAt=" + expiresAt
                + ", " + "phoneNumbers=" + phoneNumbers
                + ", " + "status=" + status + "}";
    }
}
