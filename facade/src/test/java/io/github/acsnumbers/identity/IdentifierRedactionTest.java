package io.github.acsnumbers.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.implementation.http.FakeTime;
import io.github.acsnumbers.implementation.http.LogRedaction;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * {@code redactIdentifiers(true)} keeps phone numbers and user ids out of the SDK's log lines (the DEBUG request
 * lines and the INFO retry lines), on the sync and the async clients; without it they appear (the check can fail).
 */
class IdentifierRedactionTest {
    private static final String NUMBER = "+14255550123";
    private static final String NUMBER_JSON = "{\"id\":\"14255550123\",\"phoneNumber\":\"" + NUMBER + "\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"geographic\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-06-17T16:40:22.5120904+00:00\","
        + "\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";
    private static final String USER_DIGITS = IdentityFixtures.USER_ID.substring("8:acs:".length(), 30);

    /** One throttled then successful number lookup and one user deletion; returns the SDK's log lines. */
    private static List<String> calls(boolean redact, boolean async) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(NUMBER_JSON).build());
            server.enqueue(new MockResponse.Builder().code(204).build());
            server.enqueue(new MockResponse.Builder().code(204).build());
            String endpoint = "http://127.0.0.1:" + server.getPort() + "/";
            FakeTime time = new FakeTime();
            PhoneNumbersClientBuilder numbers = new PhoneNumbersClientBuilder().endpoint(endpoint)
                .credential(new KeyCredential(IdentityFixtures.ACCESS_KEY)).clock(time).sleeper(time)
                .retryOptions(RetryOptions.defaults().withJitter(0)).redactIdentifiers(redact);
            CommunicationIdentityClientBuilder identity = new CommunicationIdentityClientBuilder().endpoint(endpoint)
                .credential(new KeyCredential(IdentityFixtures.ACCESS_KEY)).clock(time).sleeper(time)
                .redactIdentifiers(redact);
            CommunicationUserIdentifier user = new CommunicationUserIdentifier(IdentityFixtures.USER_ID);
            List<String> lines;
            CapturingSlf4jProvider.start();
            try {
                if (async) {
                    PhoneNumbersAsyncClient client = numbers.buildAsyncClient();
                    assertEquals(NUMBER, client.getPurchasedPhoneNumber(NUMBER).get(30, TimeUnit.SECONDS).getPhoneNumber());
                    identity.buildAsyncClient().deleteUser(user).get(30, TimeUnit.SECONDS);
                    identity.buildAsyncClient().deleteTeamsExtensionAssignment(IdentityFixtures.TENANT_ID,
                        IdentityFixtures.OBJECT_ID).get(30, TimeUnit.SECONDS);
                } else {
                    PhoneNumbersClient client = numbers.buildClient();
                    assertEquals(NUMBER, client.getPurchasedPhoneNumber(NUMBER).getPhoneNumber());
                    identity.buildClient().deleteUser(user);
                    identity.buildClient().deleteTeamsExtensionAssignment(IdentityFixtures.TENANT_ID,
                        IdentityFixtures.OBJECT_ID);
                }
            } finally {
                lines = CapturingSlf4jProvider.stop();
            }
            return lines.stream().filter(l -> l.contains("io.github.acsnumbers")).collect(Collectors.toList());
        }
    }

    private static boolean leaks(List<String> lines) {
        return lines.stream().anyMatch(l -> l.contains("14255550123") || l.contains(USER_DIGITS)
            || l.contains(IdentityFixtures.TENANT_ID) || l.contains(IdentityFixtures.OBJECT_ID));
    }

    @Test
    void redactedLogLinesNameNoNumberAndNoUserOnBothSides() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            List<String> lines = calls(true, async);
            String all = String.join("\n", lines);
            assertFalse(leaks(lines), all);
            assertTrue(lines.stream().anyMatch(l -> l.contains("--> GET /phoneNumbers/***?api-version=")), all);
            assertTrue(lines.stream().anyMatch(l -> l.contains("Retrying GET /phoneNumbers/*** in 1 s")), all);
            assertTrue(lines.stream().anyMatch(l -> l.contains("--> DELETE /identities/***?api-version=")), all);
            assertTrue(lines.stream().anyMatch(l -> l.contains("/tenants/***/assignments/***?api-version=")), all);
        }
    }

    @Test
    void withoutTheOptionTheLinesNameThem() throws Exception {
        for (boolean async : new boolean[] {false, true}) {
            List<String> lines = calls(false, async);
            assertTrue(leaks(lines), String.join("\n", lines));
        }
    }

    @Test
    void whatIsMaskedAndWhatIsKept() {
        assertEquals("/phoneNumbers/***/capabilities", LogRedaction.redactPath("/phoneNumbers/%2B14255550123/capabilities"));
        assertEquals("/phoneNumbers/operations/release_0a1b", LogRedaction.redactPath("/phoneNumbers/operations/release_0a1b"));
        assertEquals("/phoneNumbers", LogRedaction.redactPath("/phoneNumbers"));
        assertEquals("/identities/***/:issueAccessToken", LogRedaction.redactPath("/identities/8%3Aacs%3Aabc/:issueAccessToken"));
        assertEquals("/availablePhoneNumbers/countries/US/:search",
            LogRedaction.redactPath("/availablePhoneNumbers/countries/US/:search"));
        assertEquals("/sip:testRoutesWithNumber", LogRedaction.redactPath("/sip:testRoutesWithNumber"));
        assertEquals("/somewhere/***", LogRedaction.redactPath("/somewhere/+14255550123"));
    }
}
