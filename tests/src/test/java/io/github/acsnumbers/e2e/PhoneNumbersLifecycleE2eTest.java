package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.assertServiceError;
import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.phonenumbers.models.UpdateCapabilitiesOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search, purchase, own, change and release numbers through the public API, sync and async, with the emulator's
 * state machines; cancel and resume of pollers; and the errors the service answers with.
 */
class PhoneNumbersLifecycleE2eTest {
    private static final PhoneNumberCapabilities TOLL_FREE_CAPS =
        new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.INBOUND_OUTBOUND);
    private static final PhoneNumberCapabilities GEO_CAPS =
        new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.NONE);

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

    private static Set<String> numbers(Iterable<PurchasedPhoneNumber> list) {
        Set<String> out = new java.util.TreeSet<>();
        list.forEach(p -> out.add(p.getPhoneNumber()));
        return out;
    }

    @Test
    void searchPurchaseListGetUpdateReleaseSync() {
        SyncPoller<PhoneNumberSearchResult> search = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withAreaCode("888").withQuantity(2));
        assertTrue(search.getOperationId().startsWith("search_"), search.getOperationId());
        PhoneNumberSearchResult result = search.getFinalResult();
        assertEquals(OperationStatus.SUCCEEDED, search.getStatus());
        assertEquals(2, result.getPhoneNumbers().size());
        assertEquals("search_" + result.getSearchId(), search.getOperationId());
        result.getPhoneNumbers().forEach(n -> assertTrue(n.startsWith("+1888"), n));
        assertEquals(PhoneNumberType.TOLL_FREE, result.getPhoneNumberType());
        assertEquals(PhoneNumberAssignmentType.APPLICATION, result.getAssignmentType());
        assertEquals(TOLL_FREE_CAPS.getCalling(), result.getCapabilities().getCalling());
        assertEquals(TOLL_FREE_CAPS.getSms(), result.getCapabilities().getSms());
        assertEquals(2.0, result.getCost().getAmount(), 1e-9);
        // the 16-minute hold is checked on a ManualClock in ExpiryAndReliabilityE2eTest; no wall clock here
        assertNotNull(result.getSearchExpiresBy());
        assertFalse(result.isAgreementToNotResellRequired());
        // the emulator holds the found numbers for this search
        result.getPhoneNumbers().forEach(n -> assertTrue(emulator.state().holds().containsKey(n), n));

        SyncPoller<Void> purchase = client.beginPurchasePhoneNumbers(result.getSearchId());
        assertNull(purchase.getFinalResult());
        assertEquals(OperationStatus.SUCCEEDED, purchase.getStatus());
        assertEquals(Set.copyOf(result.getPhoneNumbers()), emulator.state().purchasedNumbers());

        assertEquals(Set.copyOf(result.getPhoneNumbers()), numbers(client.listPurchasedPhoneNumbers()));
        String number = result.getPhoneNumbers().get(0);
        PurchasedPhoneNumber owned = client.getPurchasedPhoneNumber(number);
        assertEquals(number, owned.getPhoneNumber());
        assertEquals("US", owned.getCountryCode());
        assertEquals(PhoneNumberType.TOLL_FREE, owned.getPhoneNumberType());
        assertEquals(PhoneNumberAssignmentType.APPLICATION, owned.getAssignmentType());
        assertEquals(PhoneNumberCapabilityType.INBOUND_OUTBOUND, owned.getCapabilities().getSms());
        assertNotNull(owned.getPurchaseDate());
        assertEquals(2.0, owned.getCost().getAmount(), 1e-9);

        SyncPoller<PurchasedPhoneNumber> update = client.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.OUTBOUND);
        PurchasedPhoneNumber updated = update.getFinalResult();
        assertEquals(number, updated.getPhoneNumber());
        assertEquals(PhoneNumberCapabilityType.INBOUND, updated.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, updated.getCapabilities().getSms());
        // a null capability is kept as it is
        PurchasedPhoneNumber smsOnly = client.beginUpdatePhoneNumberCapabilities(number, null,
            PhoneNumberCapabilityType.NONE).getFinalResult();
        assertEquals(PhoneNumberCapabilityType.INBOUND, smsOnly.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.NONE, smsOnly.getCapabilities().getSms());
        assertEquals("none", emulator.purchasedNumber(number).sms());
        // the options form: each capability lands in its own field, whatever order it was set in
        PurchasedPhoneNumber named = client.beginUpdatePhoneNumberCapabilities(number, new UpdateCapabilitiesOptions()
            .withSms(PhoneNumberCapabilityType.INBOUND).withCalling(PhoneNumberCapabilityType.OUTBOUND))
            .getFinalResult();
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, named.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.INBOUND, named.getCapabilities().getSms());
        assertEquals("inbound", emulator.purchasedNumber(number).sms());

        SyncPoller<Void> release = client.beginReleasePhoneNumber(number);
        assertTrue(release.getOperationId().startsWith("release_"), release.getOperationId());
        assertNull(release.getFinalResult());
        assertFalse(emulator.state().purchasedNumbers().contains(number));
        CommunicationException gone = assertServiceError(404, () -> client.getPurchasedPhoneNumber(number));
        assertEquals(ErrorKind.NOT_FOUND, gone.getKind());
        assertEquals(Set.of(result.getPhoneNumbers().get(1)), numbers(client.listPurchasedPhoneNumbers()));
    }

    @Test
    void searchPurchaseListGetUpdateReleaseAsync() {
        AsyncPoller<PhoneNumberSearchResult> search = await(async.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.GEOGRAPHIC, PhoneNumberAssignmentType.PERSON, GEO_CAPS,
            new SearchOptions().withAreaCode("425").withQuantity(3)));
        PhoneNumberSearchResult result = await(search.getFinalResult());
        assertEquals(3, result.getPhoneNumbers().size());
        result.getPhoneNumbers().forEach(n -> assertTrue(n.startsWith("+1425"), n));
        assertEquals(PhoneNumberAssignmentType.PERSON, result.getAssignmentType());

        AsyncPoller<Void> purchase = await(async.beginPurchasePhoneNumbers(result.getSearchId()));
        assertNull(await(purchase.getFinalResult()));
        assertEquals(OperationStatus.SUCCEEDED, purchase.getStatus());
        assertEquals(Set.copyOf(result.getPhoneNumbers()), emulator.state().purchasedNumbers());

        List<PurchasedPhoneNumber> listed = new CopyOnWriteArrayList<>();
        await(async.listPurchasedPhoneNumbers().forEach(listed::add));
        assertEquals(Set.copyOf(result.getPhoneNumbers()), numbers(listed));

        String number = result.getPhoneNumbers().get(0);
        PurchasedPhoneNumber owned = await(async.getPurchasedPhoneNumber(number));
        assertEquals(PhoneNumberType.GEOGRAPHIC, owned.getPhoneNumberType());
        assertEquals(PhoneNumberCapabilityType.NONE, owned.getCapabilities().getSms());

        AsyncPoller<PurchasedPhoneNumber> update = await(async.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.OUTBOUND, null));
        PurchasedPhoneNumber updated = await(update.getFinalResult());
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, updated.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.NONE, updated.getCapabilities().getSms());
        PurchasedPhoneNumber named = await(await(async.beginUpdatePhoneNumberCapabilities(number,
            new UpdateCapabilitiesOptions().withSms(PhoneNumberCapabilityType.INBOUND))).getFinalResult());
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, named.getCapabilities().getCalling());
        assertEquals(PhoneNumberCapabilityType.INBOUND, named.getCapabilities().getSms());

        AsyncPoller<Void> release = await(async.beginReleasePhoneNumber(number));
        assertNull(await(release.getFinalResult()));
        assertServiceError(404, () -> await(async.getPurchasedPhoneNumber(number)));
        assertEquals(2, emulator.state().purchasedNumbers().size());
    }

    @Test
    void purchasedNumbersPageThroughMoreThanOnePage() {
        emulator.close();
        emulator = E2e.start(PhoneNumbersEmulator.builder().purchased(25));
        client = E2e.phoneNumbers(emulator).buildClient();
        async = E2e.phoneNumbers(emulator).buildAsyncClient();

        List<Page<PurchasedPhoneNumber>> pages = new ArrayList<>();
        client.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(10)).byPage()
            .forEach(pages::add);
        assertEquals(List.of(10, 10, 5), pages.stream().map(p -> p.items().size()).toList());
        assertNull(pages.get(2).continuationToken());
        Set<String> paged = pages.stream().flatMap(p -> p.items().stream()).map(PurchasedPhoneNumber::getPhoneNumber)
            .collect(Collectors.toSet());
        assertEquals(emulator.state().purchasedNumbers(), paged);
        assertEquals(25, paged.size());

        List<PurchasedPhoneNumber> asyncAll = new CopyOnWriteArrayList<>();
        await(async.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(10))
            .forEach(asyncAll::add));
        assertEquals(paged, numbers(asyncAll));
        Page<PurchasedPhoneNumber> first = await(async.listPurchasedPhoneNumbers(
            new ListPurchasedPhoneNumbersOptions().withPageSize(10)).getPage(null));
        Page<PurchasedPhoneNumber> second = await(async.listPurchasedPhoneNumbers(
            new ListPurchasedPhoneNumbersOptions().withPageSize(10)).getPage(first.continuationToken()));
        assertEquals(10, second.items().size());
        assertNotEquals(first.items().get(0).getPhoneNumber(), second.items().get(0).getPhoneNumber());
        // a sync iteration can start from an async page's token (the service's relative nextLink)
        List<PurchasedPhoneNumber> rest = new ArrayList<>();
        client.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(10))
            .byPage(first.continuationToken()).forEach(p -> rest.addAll(p.items()));
        assertEquals(15, rest.size());
    }

    @Test
    void theDefaultPageSizeAndTheLastPageWithoutNextLink() {
        emulator.close();
        emulator = E2e.start(PhoneNumbersEmulator.builder().purchased(250));
        client = E2e.phoneNumbers(emulator).buildClient();
        List<Integer> sizes = new ArrayList<>();
        client.listPurchasedPhoneNumbers().byPage().forEach(p -> sizes.add(p.items().size()));
        assertEquals(List.of(100, 100, 50), sizes);
        assertEquals(250, client.listPurchasedPhoneNumbers().stream().map(PurchasedPhoneNumber::getPhoneNumber)
            .distinct().count());
    }

    @Test
    void cancelASearchLetsItsNumbersGoSync() {
        SyncPoller<PhoneNumberSearchResult> search = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(2));
        assertEquals(2, emulator.state().holds().size());
        search.cancelOperation();
        assertEquals(OperationStatus.CANCELLED, search.getStatus());
        assertTrue(emulator.state().holds().isEmpty(), emulator.state().holds()::toString);
        CommunicationException e = assertThrows(CommunicationException.class, search::getFinalResult);
        assertEquals(search.getOperationId(), e.getOperationId());
        // the operation is gone on the service too
        assertServiceError(404, () -> client.resumeSearchAvailablePhoneNumbers(search.getOperationId()).poll());
    }

    @Test
    void cancelASearchAsync() {
        AsyncPoller<PhoneNumberSearchResult> search = await(async.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(1)));
        assertEquals(1, emulator.state().holds().size());
        await(search.cancelOperation());
        assertTrue(emulator.state().holds().isEmpty());
        // as with the sync poller: cancelled, and the final result is an error naming the operation
        assertEquals(OperationStatus.CANCELLED, search.getStatus());
        CommunicationException e = assertThrows(CommunicationException.class, () -> await(search.getFinalResult()));
        assertEquals(search.getOperationId(), e.getOperationId());
        assertServiceError(404, () -> await(async.resumeSearchAvailablePhoneNumbers(search.getOperationId()).poll()));
    }

    @Test
    void resumeFromTokenAndFromBareOperationIdWithASecondClient() {
        SyncPoller<PhoneNumberSearchResult> started = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(1));
        String token = started.getResumeToken();
        String operationId = started.getOperationId();
        // the token is opaque but must not hold a secret
        assertFalse(token.contains(emulator.accessKey()));

        PhoneNumbersClient other = E2e.phoneNumbers(emulator).buildClient();
        SyncPoller<PhoneNumberSearchResult> fromToken = other.resumeSearchAvailablePhoneNumbers(token);
        PhoneNumberSearchResult viaToken = fromToken.getFinalResult();
        assertEquals(operationId, fromToken.getOperationId());
        assertEquals(operationId, "search_" + viaToken.getSearchId());

        SyncPoller<PhoneNumberSearchResult> fromId = other.resumeSearchAvailablePhoneNumbers(operationId);
        PhoneNumberSearchResult viaId = fromId.getFinalResult();
        assertEquals(viaToken.getSearchId(), viaId.getSearchId());
        assertEquals(viaToken.getPhoneNumbers(), viaId.getPhoneNumbers());

        // the purchase, started by one client, is finished by another from the bare id
        SyncPoller<Void> purchase = client.beginPurchasePhoneNumbers(viaId.getSearchId());
        assertNull(other.resumePurchasePhoneNumbers(purchase.getOperationId()).getFinalResult());
        assertEquals(Set.copyOf(viaId.getPhoneNumbers()), emulator.state().purchasedNumbers());
        String number = viaId.getPhoneNumbers().get(0);

        SyncPoller<PurchasedPhoneNumber> update = client.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE);
        PurchasedPhoneNumber updated = other.resumeUpdatePhoneNumberCapabilities(update.getResumeToken())
            .getFinalResult();
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, updated.getCapabilities().getCalling());
        // from the bare id the number is not known up front: the operation's resourceLocation says where it is
        SyncPoller<PurchasedPhoneNumber> update2 = client.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.INBOUND);
        PurchasedPhoneNumber viaBareId = other.resumeUpdatePhoneNumberCapabilities(update2.getOperationId())
            .getFinalResult();
        assertEquals(number, viaBareId.getPhoneNumber());
        assertEquals(PhoneNumberCapabilityType.INBOUND, viaBareId.getCapabilities().getSms());

        SyncPoller<Void> release = client.beginReleasePhoneNumber(number);
        assertNull(other.resumeReleasePhoneNumber(release.getResumeToken()).getFinalResult());
        assertTrue(emulator.state().purchasedNumbers().isEmpty());

        // a token of one kind is refused by the resume method of another, before any request
        assertThrows(IllegalArgumentException.class, () -> other.resumePurchasePhoneNumbers(token));
    }

    @Test
    void resumeAsyncFromTokenAndId() {
        AsyncPoller<PhoneNumberSearchResult> started = await(async.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(1)));
        PhoneNumbersAsyncClient other = E2e.phoneNumbers(emulator).buildAsyncClient();
        PhoneNumberSearchResult viaToken = await(other.resumeSearchAvailablePhoneNumbers(started.getResumeToken())
            .getFinalResult());
        PhoneNumberSearchResult viaId = await(other.resumeSearchAvailablePhoneNumbers(started.getOperationId())
            .getFinalResult());
        assertEquals(viaToken.getSearchId(), viaId.getSearchId());
        AsyncPoller<Void> purchase = await(async.beginPurchasePhoneNumbers(viaId.getSearchId()));
        assertNull(await(other.resumePurchasePhoneNumbers(purchase.getResumeToken()).getFinalResult()));
        assertEquals(Set.copyOf(viaId.getPhoneNumbers()), emulator.state().purchasedNumbers());
    }

    @Test
    void pollerStatusMovesThroughNonFinalStatesToSucceeded() {
        emulator.close();
        emulator = E2e.start(PhoneNumbersEmulator.builder().operationDelay(Duration.ofSeconds(5)));
        client = E2e.phoneNumbers(emulator).buildClient();
        SyncPoller<PhoneNumberSearchResult> search = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS);
        OperationStatus first = search.poll();
        assertFalse(first.isComplete(), first::toString);
        // a short wait ends before the operation does and reports the last, non-final status
        OperationStatus afterWait = search.waitForCompletion(Duration.ofMillis(120));
        assertFalse(afterWait.isComplete(), afterWait::toString);
        search.cancelOperation();
    }

    @Test
    void errorsFromTheService() {
        // 404: a number the resource does not own
        CommunicationException notOwned = assertServiceError(404,
            () -> client.getPurchasedPhoneNumber("+14255550199"));
        assertEquals(ErrorKind.NOT_FOUND, notOwned.getKind());
        assertEquals("NotFound", notOwned.getErrorCode());
        assertServiceError(404, () -> await(async.getPurchasedPhoneNumber("+14255550199")));

        // 403: changing the capabilities of a number the resource does not own
        CommunicationException forbidden = assertServiceError(403, () -> client.beginUpdatePhoneNumberCapabilities(
            "+14255550199", PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.NONE));
        assertEquals(ErrorKind.INSUFFICIENT_PERMISSIONS, forbidden.getKind());
        assertEquals("InsufficientPermissions", forbidden.getErrorCode());
        assertServiceError(403, () -> await(async.beginUpdatePhoneNumberCapabilities("+14255550199",
            PhoneNumberCapabilityType.INBOUND, null)));

        // 400: a country the service does not know
        CommunicationException badCountry = assertServiceError(400, () -> client.beginSearchAvailablePhoneNumbers(
            "ZZ", PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS));
        assertEquals(ErrorKind.BAD_REQUEST, badCountry.getKind());
        assertServiceError(400, () -> await(async.beginSearchAvailablePhoneNumbers("ZZ", PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS)));
        // 404 purchasing a search that does not exist
        assertServiceError(404, () -> client.beginPurchasePhoneNumbers(java.util.UUID.randomUUID().toString()));
        assertTrue(emulator.state().purchasedNumbers().isEmpty());
    }

    @Test
    void aFailedOperationSurfacesWithItsOperationId() {
        // releasing a number the resource does not own is accepted (202) and then fails
        SyncPoller<Void> release = client.beginReleasePhoneNumber("+14255550123");
        CommunicationException e = assertThrows(CommunicationException.class, release::getFinalResult);
        assertEquals(OperationStatus.FAILED, release.getStatus());
        assertEquals(release.getOperationId(), e.getOperationId());
        assertTrue(e.getOperationId().startsWith("release_"), e.getOperationId());
        // the service's kind, with the status of the poll answer that reported the failure (not OPERATION_FAILED/0)
        assertEquals(ErrorKind.NOT_FOUND, e.getKind());
        assertEquals(200, e.getStatusCode());
        assertEquals("NotFound", e.getErrorCode());
        assertTrue(e.getMessage().contains(release.getOperationId()), e.getMessage());

        AsyncPoller<Void> asyncRelease = await(async.beginReleasePhoneNumber("+14255550124"));
        CommunicationException ae = assertThrows(CommunicationException.class,
            () -> await(asyncRelease.getFinalResult()));
        assertEquals(asyncRelease.getOperationId(), ae.getOperationId());
        assertEquals("NotFound", ae.getErrorCode());
        assertEquals(ErrorKind.NOT_FOUND, ae.getKind());
        assertEquals(200, ae.getStatusCode());
        assertEquals(OperationStatus.FAILED, asyncRelease.getStatus());
    }

    @Test
    void argumentsAreCheckedBeforeAnyRequest() {
        long before = emulator.requestCount();
        assertThrows(IllegalArgumentException.class, () -> client.getPurchasedPhoneNumber("4255550199"));
        assertThrows(IllegalArgumentException.class, () -> client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(0)));
        assertThrows(IllegalArgumentException.class, () -> client.listAvailableLocalities("USA"));
        assertThrows(IllegalArgumentException.class, () -> async.getPurchasedPhoneNumber("+1"));
        assertEquals(before, emulator.requestCount());
    }

    @Test
    void pollIntervalPerCallOverridesTheBuildersAndTheRemainingOverloads() {
        List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.github.acsnumbers.core.retry.Sleeper recording = d -> {
            waits.add(d);
            Thread.sleep(d.toMillis());
        };
        PhoneNumbersClient timed = E2e.phoneNumbers(emulator).sleeper(recording).buildClient();
        PhoneNumberSearchResult found = timed.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            PhoneNumberAssignmentType.APPLICATION, TOLL_FREE_CAPS,
            new SearchOptions().withQuantity(2).withPollInterval(Duration.ofMillis(30))).getFinalResult();
        assertFalse(waits.isEmpty());
        assertEquals(Set.of(Duration.ofMillis(30)), Set.copyOf(waits));

        waits.clear();
        timed.beginPurchasePhoneNumbers(found.getSearchId()).getFinalResult();
        assertEquals(Set.of(E2e.POLL), Set.copyOf(waits), "the builder's interval without a per-call one");

        String number = found.getPhoneNumbers().get(0);
        waits.clear();
        PurchasedPhoneNumber updated = timed.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.OUTBOUND, null,
            new io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions()
                .withPollInterval(Duration.ofMillis(20))).getFinalResult();
        assertEquals(PhoneNumberCapabilityType.OUTBOUND, updated.getCapabilities().getCalling());
        assertEquals(Set.of(Duration.ofMillis(20)), Set.copyOf(waits));

        // async: the options overloads and resume of capabilities and release
        AsyncPoller<PurchasedPhoneNumber> asyncUpdate = await(async.beginUpdatePhoneNumberCapabilities(number,
            PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.INBOUND,
            new io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions()
                .withPollInterval(Duration.ofMillis(20))));
        PurchasedPhoneNumber viaResume = await(E2e.phoneNumbers(emulator).buildAsyncClient()
            .resumeUpdatePhoneNumberCapabilities(asyncUpdate.getResumeToken()).getFinalResult());
        assertEquals(PhoneNumberCapabilityType.INBOUND, viaResume.getCapabilities().getSms());
        AsyncPoller<Void> asyncRelease = await(async.beginReleasePhoneNumber(number,
            new io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions()
                .withPollInterval(Duration.ofMillis(20))));
        assertNull(await(E2e.phoneNumbers(emulator).buildAsyncClient()
            .resumeReleasePhoneNumber(asyncRelease.getOperationId()).getFinalResult()));
        assertFalse(emulator.state().purchasedNumbers().contains(number));
        String second = found.getPhoneNumbers().get(1);
        waits.clear();
        assertNull(timed.beginReleasePhoneNumber(second,
            new io.github.acsnumbers.phonenumbers.models.LongRunningOperationOptions()
                .withPollInterval(Duration.ofMillis(20))).getFinalResult());
        assertEquals(Set.of(Duration.ofMillis(20)), Set.copyOf(waits));
        assertTrue(emulator.state().purchasedNumbers().isEmpty());
        assertEquals(7, client.listAvailableAreaCodes("CA", PhoneNumberType.TOLL_FREE).stream().count());
    }

    @Test
    void asyncPagesAsAFlowPublisher() throws Exception {
        emulator.close();
        emulator = E2e.start(PhoneNumbersEmulator.builder().purchased(23));
        async = E2e.phoneNumbers(emulator).buildAsyncClient();
        java.util.concurrent.CompletableFuture<List<Integer>> done = new java.util.concurrent.CompletableFuture<>();
        List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        async.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(5)).byPage()
            .subscribe(new java.util.concurrent.Flow.Subscriber<Page<PurchasedPhoneNumber>>() {
                private java.util.concurrent.Flow.Subscription subscription;

                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                    subscription = s;
                    s.request(1);
                }

                @Override
                public void onNext(Page<PurchasedPhoneNumber> page) {
                    sizes.add(page.items().size());
                    subscription.request(1);
                }

                @Override
                public void onError(Throwable t) {
                    done.completeExceptionally(t);
                }

                @Override
                public void onComplete() {
                    done.complete(sizes);
                }
            });
        assertEquals(List.of(5, 5, 5, 5, 3), await(done));

        // a subscriber that takes one page and cancels makes no further request
        java.util.concurrent.CompletableFuture<Integer> first = new java.util.concurrent.CompletableFuture<>();
        long before = emulator.requestCount();
        async.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(5)).byPage()
            .subscribe(new java.util.concurrent.Flow.Subscriber<Page<PurchasedPhoneNumber>>() {
                private java.util.concurrent.Flow.Subscription subscription;

                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                    subscription = s;
                    s.request(1);
                }

                @Override
                public void onNext(Page<PurchasedPhoneNumber> page) {
                    subscription.cancel();
                    first.complete(page.items().size());
                }

                @Override
                public void onError(Throwable t) {
                    first.completeExceptionally(t);
                }

                @Override
                public void onComplete() {
                    first.completeExceptionally(new AssertionError("completed after one page of five"));
                }
            });
        assertEquals(5, await(first));
        // an event count, not a pause: a marker request on the same client is answered; a page fetched for the
        // cancelled subscriber would have been sent when the page was delivered, so it would be counted by now
        await(async.getPurchasedPhoneNumber("+14255550199").handle((n, e) -> "answered"));
        assertEquals(2, emulator.requestCount() - before, "the cancelled subscriber fetched another page");
    }
}
