package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The default api-version is the one of the spec document the stubs were generated from: after a new document is
 * taken (README "Taking a new api-version"), this fails until the version has its constant.
 */
class ServiceVersionsFromSpecTest {
    @Test
    void theDefaultIsTheVersionOfTheGeneratedDocument() {
        assertEquals(PhoneNumbersOperations.SPEC_VERSION, PhoneNumbersServiceVersion.getLatest().getVersion(),
            "add a PhoneNumbersServiceVersion constant for the document's api-version");
    }
}
