package io.github.acsnumbers.core.error;

import java.util.List;

/**
 * One error as the service describes it: {@code code}, {@code message}, optional {@code target}, nested
 * {@code details} and an {@code innererror}.
 *
 * @param code       the service's error code, e.g. {@code NotFound}
 * @param message    the service's message
 * @param target     what the error is about, e.g. {@code phonenumber}; may be null
 * @param details    nested errors; never null
 * @param innerError the inner error; may be null
 */
public record CommunicationError(String code, String message, String target, List<CommunicationError> details,
                                 CommunicationError innerError) {
    /**
     * Makes the details list immutable and never null.
     *
     * @param code       the service's error code
     * @param message    the service's message
     * @param target     what the error is about; may be null
     * @param details    nested errors; null is read as none
     * @param innerError the inner error; may be null
     */
    public CommunicationError {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
