package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.AvailabilityStatus;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListReservationsOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformation;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationResult;
import io.github.acsnumbers.phonenumbers.models.OperatorNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browse, reservations (merge-patch, 207 partial failures), reservation purchase and operator lookups. */
class ReservationsE2eTest {
    private PhoneNumbersEmulator emulator;
    private PhoneNumbersClient client;
    private PhoneNumbersAsyncClient async;

    @BeforeEach
    void start() {
        emulator = E2e.emulator();
        client = E2e.phoneNumbers(emulator).buildClient();
        async = E2e.phoneNumbers(emulator).buildAsyncClient();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** The numbers the reservation holds (a 207 answer also lists the failed ones, with status error). */
    private static Set<String> phones(PhoneNumbersReservation r) {
        return r.getPhoneNumbers().values().stream().filter(n -> !n.hasError())
            .map(AvailablePhoneNumber::getPhoneNumber).collect(Collectors.toSet());
    }

    @Test
    void browseReserveUpdateRemovePartialFailurePurchaseSync() {
        PhoneNumbersBrowseResult browse = client.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            new BrowseOptions().withAssignmentType(PhoneNumberAssignmentType.APPLICATION)
                .withCapabilities(new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
                    PhoneNumberCapabilityType.INBOUND_OUTBOUND))
                .withPhoneNumberPrefixes(List.of("1888")));
        List<AvailablePhoneNumber> found = browse.getPhoneNumbers();
        assertTrue(found.size() >= 4, "browse found " + found.size());
        for (AvailablePhoneNumber n : found) {
            assertTrue(n.getPhoneNumber().startsWith("+1888"), n.getPhoneNumber());
            assertNotNull(n.getId());
            assertEquals(PhoneNumberType.TOLL_FREE, n.getPhoneNumberType());
        }
        AvailablePhoneNumber a = found.get(0);
        AvailablePhoneNumber b = found.get(1);
        AvailablePhoneNumber c = found.get(2);

        // create with two numbers
        String id = UUID.randomUUID().toString();
        PhoneNumbersReservation created = client.createOrUpdateReservation(id, List.of(a, b), null);
        assertEquals(id, created.getId());
        assertEquals(ReservationStatus.ACTIVE, created.getStatus());
        assertEquals(Set.of(a.getPhoneNumber(), b.getPhoneNumber()), phones(created));
        assertTrue(created.getFailedPhoneNumbers().isEmpty());
        // the expiry itself (15 minutes after the last change) is checked on a ManualClock in
        // ExpiryAndReliabilityE2eTest; here only that it is sent, without comparing with the wall clock
        assertNotNull(created.getExpiresAt());
        created.getPhoneNumbers().values().forEach(n -> assertEquals(AvailabilityStatus.RESERVED, n.getStatus()));
        assertEquals("reservation:" + id, emulator.state().holds().get(a.getPhoneNumber()));

        // add one, and remove one by sending null (merge-patch) in the same request
        PhoneNumbersReservation changed = client.createOrUpdateReservation(id, List.of(c), List.of(a.getPhoneNumber()));
        assertEquals(Set.of(b.getPhoneNumber(), c.getPhoneNumber()), phones(changed));
        assertFalse(emulator.state().holds().containsKey(a.getPhoneNumber()));

        // a second reservation cannot take b: 207, returned normally, with the failure per number
        String otherId = UUID.randomUUID().toString();
        PhoneNumbersReservation partial = client.createOrUpdateReservation(otherId, List.of(a, b), null);
        assertEquals(Set.of(a.getPhoneNumber()), phones(partial));
        assertEquals(1, partial.getFailedPhoneNumbers().size(), partial.getFailedPhoneNumbers()::toString);
        AvailablePhoneNumber failed = partial.getFailedPhoneNumbers().values().iterator().next();
        assertEquals(b.getPhoneNumber(), failed.getPhoneNumber());
        assertTrue(failed.hasError());
        assertEquals(AvailabilityStatus.ERROR, failed.getStatus());
        assertEquals("NumberNotAvailable", failed.getError().getCode());
        assertEquals("reservation:" + id, emulator.state().holds().get(b.getPhoneNumber()));

        // get and list
        PhoneNumbersReservation read = client.getReservation(id);
        assertEquals(Set.of(b.getPhoneNumber(), c.getPhoneNumber()), phones(read));
        List<Page<PhoneNumbersReservation>> pages = new ArrayList<>();
        client.listReservations(new ListReservationsOptions().withPageSize(1)).byPage().forEach(pages::add);
        assertEquals(2, pages.size());
        assertEquals(Set.of(id, otherId), pages.stream().flatMap(p -> p.items().stream())
            .map(PhoneNumbersReservation::getId).collect(Collectors.toSet()));

        // purchase the first, delete the second
        SyncPoller<Void> purchase = client.beginReservationPurchase(id,
            new PurchaseOptions().withAgreeToNotResell(true));
        assertTrue(purchase.getOperationId().startsWith("reservationPurchase_"), purchase.getOperationId());
        assertNull(purchase.getFinalResult());
        assertEquals(Set.of(b.getPhoneNumber(), c.getPhoneNumber()), emulator.state().purchasedNumbers());
        assertEquals(b.getPhoneNumber(), client.getPurchasedPhoneNumber(b.getPhoneNumber()).getPhoneNumber());
        assertEquals(ReservationStatus.COMPLETED, client.getReservation(id).getStatus());

        client.deleteReservation(otherId);
        assertServiceError(404, () -> client.getReservation(otherId));
        assertFalse(emulator.state().holds().containsKey(a.getPhoneNumber()));
        assertEquals(Set.of(id), client.listReservations().stream().map(PhoneNumbersReservation::getId)
            .collect(Collectors.toSet()));
    }

    @Test
    void browseReserveAndPurchaseAsync() {
        PhoneNumbersBrowseResult browse = await(async.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE));
        List<AvailablePhoneNumber> found = browse.getPhoneNumbers();
        assertTrue(found.size() >= 3);
        String id = UUID.randomUUID().toString();
        PhoneNumbersReservation created = await(async.createOrUpdateReservation(id, found.subList(0, 2), null));
        assertEquals(2, created.getPhoneNumbers().size());
        PhoneNumbersReservation removed = await(async.createOrUpdateReservation(id, null,
            List.of(found.get(0).getId())));
        assertEquals(Set.of(found.get(1).getPhoneNumber()), phones(removed));

        String otherId = UUID.randomUUID().toString();
        PhoneNumbersReservation partial = await(async.createOrUpdateReservation(otherId,
            List.of(found.get(1), found.get(2)), null));
        assertEquals(Set.of(found.get(2).getPhoneNumber()), phones(partial));
        assertEquals(1, partial.getFailedPhoneNumbers().size());

        assertEquals(Set.of(found.get(1).getPhoneNumber()), phones(await(async.getReservation(id))));
        List<PhoneNumbersReservation> listed = new CopyOnWriteArrayList<>();
        await(async.listReservations(new ListReservationsOptions().withPageSize(1)).forEach(listed::add));
        assertEquals(Set.of(id, otherId), listed.stream().map(PhoneNumbersReservation::getId)
            .collect(Collectors.toSet()));

        AsyncPoller<Void> purchase = await(async.beginReservationPurchase(id));
        assertNull(await(purchase.getFinalResult()));
        assertEquals(Set.of(found.get(1).getPhoneNumber()), emulator.state().purchasedNumbers());

        // the purchase can be followed from its id by another client
        PhoneNumbersAsyncClient other = E2e.phoneNumbers(emulator).buildAsyncClient();
        assertNull(await(other.resumeReservationPurchase(purchase.getOperationId()).getFinalResult()));
        PhoneNumbersClient otherSync = E2e.phoneNumbers(emulator).buildClient();
        assertNull(otherSync.resumeReservationPurchase(purchase.getResumeToken()).getFinalResult());

        await(async.deleteReservation(otherId));
        CommunicationException gone = assertServiceError(404, () -> await(async.getReservation(otherId)));
        assertNotNull(gone.getErrorCode());
    }

    @Test
    void reservationErrors() {
        // an empty reservation cannot be purchased
        String id = UUID.randomUUID().toString();
        PhoneNumbersReservation empty = client.createOrUpdateReservation(id, List.of(), null);
        assertTrue(empty.getPhoneNumbers().isEmpty());
        CommunicationException e = assertServiceError(400, () -> client.beginReservationPurchase(id));
        assertEquals("ReservationIsEmpty", e.getErrorCode());
        // an unknown reservation
        String unknown = UUID.randomUUID().toString();
        assertServiceError(404, () -> client.getReservation(unknown));
        assertServiceError(404, () -> client.beginReservationPurchase(unknown));
        assertServiceError(404, () -> await(async.beginReservationPurchase(unknown)));
    }

    @Test
    void aReservationOfNumbersThatNeedTheDoNotResellAgreement() {
        List<AvailablePhoneNumber> fr = client.browseAvailablePhoneNumbers("FR", PhoneNumberType.TOLL_FREE)
            .getPhoneNumbers();
        assertTrue(fr.get(0).isAgreementToNotResellRequired());
        String id = UUID.randomUUID().toString();
        client.createOrUpdateReservation(id, fr.subList(0, 1), null);
        assertServiceError(400, () -> client.beginReservationPurchase(id));
        assertTrue(emulator.state().purchasedNumbers().isEmpty());
        assertNull(client.beginReservationPurchase(id, new PurchaseOptions().withAgreeToNotResell(true))
            .getFinalResult());
        assertEquals(Set.of(fr.get(0).getPhoneNumber()), emulator.state().purchasedNumbers());
    }

    @Test
    void operatorInformationSyncAndAsync() {
        OperatorInformationResult plain = client.searchOperatorInformation(List.of("+14255550123"));
        assertEquals(1, plain.getValues().size());
        OperatorInformation info = plain.getValues().get(0);
        assertEquals("+14255550123", info.getPhoneNumber());
        assertEquals("(425) 555-0123", info.getNationalFormat());
        assertEquals("+1 425-555-0123", info.getInternationalFormat());
        assertNull(info.getOperatorDetails());

        OperatorInformationResult detailed = await(async.searchOperatorInformation(List.of("+14255550123"),
            new OperatorInformationOptions().withIncludeAdditionalOperatorDetails(true)));
        OperatorInformation d = detailed.getValues().get(0);
        assertEquals("US", d.getIsoCountryCode());
        assertEquals(OperatorNumberType.GEOGRAPHIC, d.getNumberType());
        assertEquals("Emulated Operator", d.getOperatorDetails().getName());

        // the service takes one number per request
        assertServiceError(400, () -> client.searchOperatorInformation(List.of("+14255550123", "+14255550124")));
    }
}
