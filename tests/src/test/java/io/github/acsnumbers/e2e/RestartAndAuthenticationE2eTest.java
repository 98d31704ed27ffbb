package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.identity.TokenStatus;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.testing.SecretGuard;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State that survives an emulator restart on the same data file, and HMAC failures. */
class RestartAndAuthenticationE2eTest {
    private static final List<CommunicationTokenScope> VOIP = List.of(CommunicationTokenScope.VOIP);

    private static String randomKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String key = Base64.getEncoder().encodeToString(b);
        SecretGuard.register(key);
        return key;
    }

    @Test
    void aRestartOnTheSameDataFileKeepsNumbersSipConfigurationAndUsers(@TempDir Path dir) {
        Path data = dir.resolve("emulator.mv.db");
        String key = randomKey();
        Set<String> bought;
        CommunicationUserIdentifier user;
        AccessToken token;
        try (PhoneNumbersEmulator first = E2e.start(PhoneNumbersEmulator.builder().dataFile(data).accessKey(key))) {
            PhoneNumbersClient numbers = E2e.phoneNumbers(first).buildClient();
            PhoneNumberSearchResult found = numbers.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, new PhoneNumberCapabilities(
                    PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.INBOUND_OUTBOUND),
                new SearchOptions().withQuantity(2)).getFinalResult();
            numbers.beginPurchasePhoneNumbers(found.getSearchId()).getFinalResult();
            bought = Set.copyOf(found.getPhoneNumbers());

            SipRoutingClient sip = E2e.sip(first, SipRoutingServiceVersion.V2024_11_15_PREVIEW).buildClient();
            sip.apply(sip.plan(new SipConfiguration(List.of(new SipTrunk("sbc.contoso.example", 5061)),
                List.of(new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of("sbc.contoso.example"))))));

            CommunicationIdentityClient identity = E2e.identity(first).buildClient();
            user = identity.createUser();
            token = identity.getToken(user, VOIP);
            SecretGuard.register(token.getToken());
        }

        try (PhoneNumbersEmulator second = E2e.start(PhoneNumbersEmulator.builder().dataFile(data).accessKey(key))) {
            PhoneNumbersClient numbers = E2e.phoneNumbers(second).buildClient();
            Set<String> listed = numbers.listPurchasedPhoneNumbers().stream().map(p -> p.getPhoneNumber())
                .collect(Collectors.toSet());
            assertEquals(bought, listed);
            String one = bought.iterator().next();
            assertEquals(one, numbers.getPurchasedPhoneNumber(one).getPhoneNumber());

            SipRoutingClient sip = E2e.sip(second, SipRoutingServiceVersion.V2023_03_01).buildClient();
            assertEquals(5061, sip.getTrunk("sbc.contoso.example").orElseThrow().getSipSignalingPort());
            assertEquals(List.of("us"), sip.listRoutes().stream().map(SipTrunkRoute::getName).toList());

            CommunicationIdentityClient identity = E2e.identity(second).buildClient();
            assertTrue(second.sipAndIdentity().identity().identityExists(user.getId()));
            assertEquals(TokenStatus.VALID, second.sipAndIdentity().identity().checkToken(token.getToken()));
            AccessToken again = identity.getToken(user, VOIP);
            SecretGuard.register(again.getToken());
            assertEquals(TokenStatus.VALID, second.sipAndIdentity().identity().checkToken(again.getToken()));
            identity.revokeTokens(user);
            assertEquals(TokenStatus.REVOKED, second.sipAndIdentity().identity().checkToken(token.getToken()));

            // and the numbers can still be released after the restart
            numbers.beginReleasePhoneNumber(one).getFinalResult();
            assertFalse(second.state().purchasedNumbers().contains(one));
        }
    }

    @Test
    void anOperationStartedBeforeARestartIsFinishedAfterItFromItsResumeToken(@TempDir Path dir) {
        Path data = dir.resolve("ops.mv.db");
        String key = randomKey();
        String token;
        String operationId;
        try (PhoneNumbersEmulator first = E2e.start(PhoneNumbersEmulator.builder().dataFile(data).accessKey(key)
            .operationDelay(java.time.Duration.ofSeconds(1)))) {
            var poller = E2e.phoneNumbers(first).buildClient().beginSearchAvailablePhoneNumbers("US",
                PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, new PhoneNumberCapabilities(
                    PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.INBOUND_OUTBOUND));
            token = poller.getResumeToken();
            operationId = poller.getOperationId();
        }
        // the second emulator listens on another port: the token must not pin the old one
        try (PhoneNumbersEmulator second = E2e.start(PhoneNumbersEmulator.builder().dataFile(data).accessKey(key))) {
            PhoneNumbersClient client = E2e.phoneNumbers(second).buildClient();
            PhoneNumberSearchResult viaToken = client.resumeSearchAvailablePhoneNumbers(token).getFinalResult();
            assertEquals(operationId, "search_" + viaToken.getSearchId());
            assertEquals(1, viaToken.getPhoneNumbers().size());
            PhoneNumberSearchResult viaId = client.resumeSearchAvailablePhoneNumbers(operationId).getFinalResult();
            assertEquals(viaToken.getPhoneNumbers(), viaId.getPhoneNumbers());
            client.beginPurchasePhoneNumbers(viaId.getSearchId()).getFinalResult();
            assertEquals(Set.copyOf(viaId.getPhoneNumbers()), second.state().purchasedNumbers());
        }
    }

    @Test
    void aWrongKeyIsDeniedByEveryClient() {
        try (PhoneNumbersEmulator emulator = E2e.emulator()) {
            KeyCredential wrong = new KeyCredential(randomKey());
            long rejectedBefore = emulator.rejectedAuthCount();

            PhoneNumbersClient numbers = new PhoneNumbersClientBuilder().endpoint(emulator.endpoint())
                .credential(wrong).buildClient();
            CommunicationException pn = assertServiceError(401,
                () -> numbers.listAvailableCountries().iterator().hasNext());
            assertEquals(ErrorKind.DENIED, pn.getKind());
            // the service's "Denied by the resource provider." is followed by the hint without a second period
            assertTrue(pn.getMessage().contains("provider. ") && !pn.getMessage().contains(".."), pn.getMessage());

            SipRoutingClient sip = new SipRoutingClientBuilder().endpoint(emulator.endpoint()).credential(wrong)
                .buildClient();
            assertEquals(ErrorKind.DENIED, assertServiceError(401, sip::listTrunks).getKind());

            CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder()
                .endpoint(emulator.endpoint()).credential(wrong).buildClient();
            assertEquals(ErrorKind.DENIED, assertServiceError(401, identity::createUser).getKind());

            assertEquals(ErrorKind.DENIED, assertServiceError(401, () -> await(new PhoneNumbersClientBuilder()
                .endpoint(emulator.endpoint()).credential(wrong).buildAsyncClient()
                .getPurchasedPhoneNumber("+14255550100"))).getKind());

            assertTrue(emulator.rejectedAuthCount() - rejectedBefore >= 4);
            // nothing was created with the wrong key
            assertTrue(emulator.sipAndIdentity().sip().configuration().trunks().isEmpty());

            // the right key through the endpoint + credential form works
            PhoneNumbersClient right = new PhoneNumbersClientBuilder().endpoint(emulator.endpoint())
                .credential(new KeyCredential(emulator.accessKey())).buildClient();
            assertTrue(right.listAvailableCountries().iterator().hasNext());
        }
    }

    @Test
    void entraIdBearerTokensWhenTheEmulatorAcceptsThem() {
        String good = "entra-test-token-" + java.util.UUID.randomUUID();
        SecretGuard.register(good);
        try (PhoneNumbersEmulator emulator = E2e.start(PhoneNumbersEmulator.builder().acceptBearerToken(good))) {
            PhoneNumbersClient numbers = new PhoneNumbersClientBuilder().endpoint(emulator.endpoint())
                .tokenCredential(bearer(good)).buildClient();
            assertEquals(42, numbers.listAvailableCountries().stream().count());
            SipRoutingClient sip = new SipRoutingClientBuilder().endpoint(emulator.endpoint())
                .tokenCredential(bearer(good)).buildClient();
            sip.setTrunk(new SipTrunk("sbc.contoso.example", 5061));
            assertEquals(1, emulator.sipAndIdentity().sip().configuration().trunks().size());
            CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder()
                .endpoint(emulator.endpoint()).tokenCredential(bearer(good)).buildClient();
            assertTrue(emulator.sipAndIdentity().identity().identityExists(identity.createUser().getId()));

            String bad = "entra-test-token-" + java.util.UUID.randomUUID();
            SecretGuard.register(bad);
            PhoneNumbersClient denied = new PhoneNumbersClientBuilder().endpoint(emulator.endpoint())
                .tokenCredential(bearer(bad)).buildClient();
            assertEquals(ErrorKind.DENIED, assertServiceError(401,
                () -> denied.listAvailableCountries().iterator().hasNext()).getKind());
        }
    }

    private static com.azure.core.credential.TokenCredential bearer(String token) {
        return context -> reactor.core.publisher.Mono.just(new com.azure.core.credential.AccessToken(token,
            java.time.OffsetDateTime.now().plusHours(1)));
    }
}
