package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.emulator.ManualClock;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.ListCountriesOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Time-driven behaviour on an injected clock shared by emulator and client (search holds, reservation expiry,
 * the HMAC date window), the do-not-resell agreement, and the client's retries against injected faults.
 */
class ExpiryAndReliabilityE2eTest {
    private static final PhoneNumberCapabilities TOLL_FREE_CAPS = new PhoneNumberCapabilities(
        PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.INBOUND_OUTBOUND);

    @Test
    void aSearchHoldsItsNumbersForSixteenMinutes() {
        ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (PhoneNumbersEmulator emulator = E2e.start(PhoneNumbersEmulator.builder().clock(clock).authClock(clock)
            .operationDelay(Duration.ZERO))) {
            PhoneNumbersClient client = E2e.phoneNumbers(emulator).clock(clock).buildClient();
            PhoneNumberSearchResult found = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS, new SearchOptions().withQuantity(2))
                .getFinalResult();
            assertEquals(clock.instant().plus(Duration.ofMinutes(16)), found.getSearchExpiresBy().toInstant());
            clock.advance(Duration.ofMinutes(17));
            assertTrue(emulator.state().holds().isEmpty(), emulator.state().holds()::toString);
            CommunicationException e = assertServiceError(400,
                () -> client.beginPurchasePhoneNumbers(found.getSearchId()));
            assertEquals(ErrorKind.BAD_REQUEST, e.getKind());
            assertTrue(emulator.state().purchasedNumbers().isEmpty());
        }
    }

    @Test
    void aReservationExpiresFifteenMinutesAfterItsLastChange() {
        ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (PhoneNumbersEmulator emulator = E2e.start(PhoneNumbersEmulator.builder().clock(clock).authClock(clock)
            .operationDelay(Duration.ZERO))) {
            PhoneNumbersClient client = E2e.phoneNumbers(emulator).clock(clock).buildClient();
            List<AvailablePhoneNumber> found = client.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE)
                .getPhoneNumbers();
            String id = UUID.randomUUID().toString();
            PhoneNumbersReservation r = client.createOrUpdateReservation(id, found.subList(0, 1), null);
            assertEquals(clock.instant().plus(Duration.ofMinutes(15)), r.getExpiresAt().toInstant());
            clock.advance(Duration.ofMinutes(10));
            // a change moves the expiry
            PhoneNumbersReservation changed = client.createOrUpdateReservation(id, found.subList(1, 2), null);
            assertEquals(clock.instant().plus(Duration.ofMinutes(15)), changed.getExpiresAt().toInstant());
            clock.advance(Duration.ofMinutes(16));

            assertEquals(ReservationStatus.EXPIRED, client.getReservation(id).getStatus());
            assertTrue(emulator.state().holds().isEmpty());
            CommunicationException purchase = assertServiceError(400, () -> client.beginReservationPurchase(id));
            assertEquals("ReservationExpired", purchase.getErrorCode());
            assertEquals(ErrorKind.RESERVATION_EXPIRED, purchase.getKind());
            assertServiceError(400, () -> client.createOrUpdateReservation(id, found.subList(2, 3), null));
            assertTrue(emulator.state().purchasedNumbers().isEmpty());
        }
    }

    @Test
    void numbersThatNeedTheDoNotResellAgreement() {
        try (PhoneNumbersEmulator emulator = E2e.emulator()) {
            PhoneNumbersClient client = E2e.phoneNumbers(emulator).buildClient();
            PhoneNumberSearchResult found = client.beginSearchAvailablePhoneNumbers("FR", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, new PhoneNumberCapabilities(
                    PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.NONE)).getFinalResult();
            assertTrue(found.isAgreementToNotResellRequired());
            assertServiceError(400, () -> client.beginPurchasePhoneNumbers(found.getSearchId()));
            assertServiceError(400, () -> client.beginPurchasePhoneNumbers(found.getSearchId(),
                new PurchaseOptions().withAgreeToNotResell(false)));
            assertTrue(emulator.state().purchasedNumbers().isEmpty());
            assertNull(client.beginPurchasePhoneNumbers(found.getSearchId(),
                new PurchaseOptions().withAgreeToNotResell(true)).getFinalResult());
            assertEquals(Set.copyOf(found.getPhoneNumbers()), emulator.state().purchasedNumbers());
            assertTrue(found.getPhoneNumbers().get(0).startsWith("+3380"), found.getPhoneNumbers()::toString);
        }
    }

    @Test
    void aClockOutsideTheDateWindowIsDenied() {
        try (PhoneNumbersEmulator emulator = E2e.emulator()) {
            Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
            PhoneNumbersClient client = E2e.phoneNumbers(emulator).clock(late).buildClient();
            CommunicationException e = assertServiceError(401, () -> client.getPurchasedPhoneNumber("+14255550100"));
            assertEquals(ErrorKind.DENIED, e.getKind());
        }
    }

    @Test
    void retriesRideOutThrottlingAndUnavailability() {
        FaultPlan plan = FaultPlan.of(0.3, 42).withRetryAfterSeconds(1)
            .withKinds(Set.of(FaultKind.THROTTLE_WITH_RETRY_AFTER, FaultKind.THROTTLE_WITHOUT_RETRY_AFTER,
                FaultKind.SERVICE_UNAVAILABLE));
        AtomicInteger waits = new AtomicInteger();
        try (PhoneNumbersEmulator emulator = E2e.start(PhoneNumbersEmulator.builder().faults(plan))) {
            List<String> expected;
            emulator.setFaults(FaultPlan.NONE);
            expected = E2e.phoneNumbers(emulator).buildClient().listAvailableCountries().stream()
                .map(PhoneNumberCountry::getCountryCode).toList();
            emulator.setFaults(plan);

            PhoneNumbersClient client = E2e.phoneNumbers(emulator).sleeper(d -> waits.incrementAndGet())
                .retryOptions(RetryOptions.defaults().withMaxRetries(8)).buildClient();
            for (int i = 0; i < 3; i++) {
                assertEquals(expected, client.listAvailableCountries(new ListCountriesOptions().withPageSize(2))
                    .stream().map(PhoneNumberCountry::getCountryCode).toList());
            }
            PhoneNumberSearchResult found = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS).getFinalResult();
            assertEquals(1, found.getPhoneNumbers().size());

            SipRoutingClient sip = E2e.sip(emulator, SipRoutingServiceVersion.V2023_03_01)
                .sleeper(d -> waits.incrementAndGet()).retryOptions(RetryOptions.defaults().withMaxRetries(8))
                .buildClient();
            for (int i = 0; i < 5; i++) {
                sip.setTrunk(new SipTrunk("sbc" + i + ".contoso.example", 5061 + i));
            }
            assertEquals(5, sip.listTrunks().size());
            assertEquals(5, emulator.sipAndIdentity().sip().configuration().trunks().size());

            long injected = emulator.faultCounts().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(injected > 3, "faults injected: " + emulator.faultCounts());
            assertTrue(waits.get() > 3, "retries waited " + waits.get() + " times");
        }
    }

    @Test
    void withoutRetriesAThrottleSurfacesAsThrottled() {
        FaultPlan always = FaultPlan.of(1.0, 1).withKinds(Set.of(FaultKind.THROTTLE_WITH_RETRY_AFTER))
            .withFamilies(Set.of("catalog"));
        try (PhoneNumbersEmulator emulator = E2e.start(PhoneNumbersEmulator.builder().faults(always))) {
            PhoneNumbersClient client = E2e.phoneNumbers(emulator).retryOptions(RetryOptions.none()).buildClient();
            CommunicationException e = assertServiceError(429,
                () -> client.listAvailableCountries().iterator().hasNext());
            assertEquals(ErrorKind.THROTTLED, e.getKind());
            // other families are not affected
            assertServiceError(404, () -> client.getPurchasedPhoneNumber("+14255550100"));
        }
    }

    @Test
    void aDroppedAnswerIsReplayedOnlyWhereARepeatIsHarmless() {
        try (PhoneNumbersEmulator emulator = E2e.emulator()) {
            CommunicationIdentityClient identity = E2e.identity(emulator).sleeper(d -> { })
                .retryOptions(RetryOptions.defaults().withMaxRetries(3)).buildClient();
            CommunicationUserIdentifier user = identity.createUser();
            emulator.setFaults(new FaultPlan(1.0, 1, Set.of(FaultKind.DROP_AFTER_APPLY), Set.of("identity"),
                Duration.ZERO, 0));

            // creating a user is not repeated: a repeat would create a second one
            long before = emulator.requestCount();
            CommunicationException create = assertThrows(CommunicationException.class, identity::createUser);
            assertEquals(ErrorKind.CLIENT_ERROR, create.getKind());
            assertEquals(1, emulator.requestCount() - before, "createUser must not be replayed");

            // issuing a token is: a repeat only issues one more token
            before = emulator.requestCount();
            assertThrows(CommunicationException.class,
                () -> identity.getToken(user, List.of(CommunicationTokenScope.VOIP)));
            assertEquals(4, emulator.requestCount() - before, "one attempt and three replays");

            // a SIP merge-patch lands in the same state when repeated, so it is replayed too
            emulator.setFaults(new FaultPlan(1.0, 1, Set.of(FaultKind.DROP_AFTER_APPLY), Set.of("sip"),
                Duration.ZERO, 0));
            SipRoutingClient sip = E2e.sip(emulator, SipRoutingServiceVersion.V2023_03_01).sleeper(d -> { })
                .retryOptions(RetryOptions.defaults().withMaxRetries(2)).buildClient();
            before = emulator.requestCount();
            assertThrows(CommunicationException.class, () -> sip.setTrunk(new SipTrunk("sbc.contoso.example", 5061)));
            assertEquals(3, emulator.requestCount() - before);
            assertEquals(1, emulator.sipAndIdentity().sip().configuration().trunks().size());
        }
    }
}
