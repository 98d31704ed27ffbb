package io.github.acsnumbers.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classification table: each service code, then the status fallbacks at their boundaries. */
class ErrorKindTableTest {

    @ParameterizedTest
    @CsvSource({
        "OutOfStock, OUT_OF_STOCK", "NoNumbersAvailable, OUT_OF_STOCK",
        "NotEnoughCredit, NOT_ENOUGH_CREDIT", "InsufficientCredit, NOT_ENOUGH_CREDIT",
        "MissingAddress, MISSING_ADDRESS",
        "AuthorizationDenied, AUTHORIZATION_DENIED", "AuthorizationFailed, AUTHORIZATION_DENIED",
        "InsufficientPermissions, INSUFFICIENT_PERMISSIONS",
        "ReservationExpired, RESERVATION_EXPIRED", "ReservationNotFound, RESERVATION_NOT_FOUND",
        "NumberNotAvailable, NUMBER_NOT_AVAILABLE",
        "MissingTrunk, MISSING_TRUNK", "MissingDomain, MISSING_DOMAIN", "InvalidTrunkFqdn, INVALID_TRUNK_FQDN",
        "DuplicatedRoute, DUPLICATED_ROUTE", "Denied, DENIED"})
    void eachKnownCodeHasItsKindWhateverTheStatusAndCase(String code, ErrorKind kind) {
        assertEquals(kind, ErrorKind.classify(400, code, null));
        assertEquals(kind, ErrorKind.classify(500, code.toUpperCase(java.util.Locale.ROOT), null));
        assertEquals(kind, ErrorKind.classify(422, "SomethingGeneric", code), "the inner code counts first");
    }

    @Test
    void theInnerCodeWinsOverTheOuterOne() {
        assertEquals(ErrorKind.MISSING_TRUNK, ErrorKind.classify(422, "Denied", "MissingTrunk"));
        assertEquals(ErrorKind.DENIED, ErrorKind.classify(422, "Denied", "NotAKnownCode"));
    }

    @ParameterizedTest
    @CsvSource({
        "401, DENIED", "429, THROTTLED", "404, NOT_FOUND", "403, INSUFFICIENT_PERMISSIONS",
        "422, INVALID_SIP_CONFIGURATION", "500, SERVICE_ERROR", "503, SERVICE_ERROR", "499, BAD_REQUEST",
        "400, BAD_REQUEST", "409, BAD_REQUEST", "399, CLIENT_ERROR", "302, CLIENT_ERROR", "0, CLIENT_ERROR"})
    void withoutAKnownCodeTheStatusDecides(int status, ErrorKind kind) {
        assertEquals(kind, ErrorKind.classify(status, null, null));
        assertEquals(kind, ErrorKind.classify(status, "Unheard", "OfThis"));
    }

    @Test
    void anUnprocessableConfigurationCodeIsASipConfigurationProblemAtAnyStatus() {
        assertEquals(ErrorKind.INVALID_SIP_CONFIGURATION, ErrorKind.classify(400, "unprocessableconfiguration", null));
    }

    @Test
    void everyKindHasItsOwnOneLineHint() {
        Set<String> hints = new HashSet<>();
        for (ErrorKind k : ErrorKind.values()) {
            String hint = k.getHint();
            assertTrue(hint.length() > 10 && !hint.contains("\n"), k + ": " + hint);
            assertTrue(hints.add(hint), "hint repeated: " + hint);
        }
        assertEquals("The service is throttling requests: slow down or retry later.", ErrorKind.THROTTLED.getHint());
    }
}
