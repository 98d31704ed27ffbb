package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class PhoneNumbersClientBuilderTest extends PhoneNumbersTestBase {

    @Test
    void theChosenServiceVersionIsTheApiVersionOnTheWireAndRequestsAreSigned() throws Exception {
        PhoneNumbersClient c = builder().serviceVersion(PhoneNumbersServiceVersion.V2025_06_01).buildClient();
        server.enqueue(json(200, PurchasedPhoneNumbersTest.number("14155550100", "geographic")));
        c.getPurchasedPhoneNumber("+14155550100");
        RecordedRequest r = take("GET", "/phoneNumbers/%2B14155550100?api-version=2025-06-01");
        assertTrue(r.getHeaders().get("Authorization").startsWith("HMAC-SHA256 SignedHeaders="),
            r.getHeaders().get("Authorization"));
        assertNotNull(r.getHeaders().get("x-ms-date"));
        assertNotNull(r.getHeaders().get("x-ms-client-request-id"));
        assertEquals("2025-06-01", PhoneNumbersServiceVersion.getLatest().getVersion());
    }

    @Test
    void connectionStringWorksAndMissingSettingsAreReported() throws Exception {
        PhoneNumbersClient c = new PhoneNumbersClientBuilder()
            .connectionString("endpoint=" + endpoint() + "/;accesskey=c2VjcmV0LWtleS1mb3ItdGVzdHM=")
            .buildClient();
        server.enqueue(json(200, PurchasedPhoneNumbersTest.number("14155550100", "geographic")));
        assertEquals("14155550100", c.getPurchasedPhoneNumber("+14155550100").getId());
        take("GET", "/phoneNumbers/%2B14155550100?" + V);

        assertThrows(IllegalStateException.class, () -> new PhoneNumbersClientBuilder().buildClient());
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumbersClientBuilder().serviceVersion(null));
    }
}
