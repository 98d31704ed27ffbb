package io.github.acsnumbers.phonenumbers.models;

import java.util.Objects;

/**
 * Why the service could not reserve or purchase one number of a reservation.
 *
 * <p>Immutable value type: equal when all fields are equal.
 */
public final class AvailablePhoneNumberError {
    private final String code;
    private final String message;

    /**
     * Creates an instance (the client builds these from service responses; tests and mocks use {@link PhoneNumbersModelFactory}).
     *
     * @param code the service's error code, for example {@code NumberNotAvailable}.
     * @param message the service's description of the error.
     */
    AvailablePhoneNumberError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /**
     * Returns the service's error code, for example {@code NumberNotAvailable}.
     *
     * @return the service's error code, for example {@code NumberNotAvailable}
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the service's description of the error.
     *
     * @return the service's description of the error
     */
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AvailablePhoneNumberError)) {
            return false;
        }
        AvailablePhoneNumberError other = (AvailablePhoneNumberError) o;
        return Objects.equals(code, other.code)
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    @Override
    public String toString() {
        return "AvailablePhoneNumberError{" + "code=" + code
                + ", " + "message=" + message + "}";
    }
}
