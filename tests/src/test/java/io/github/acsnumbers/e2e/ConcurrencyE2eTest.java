package io.github.acsnumbers.e2e;

import static io.github.acsnumbers.e2e.E2e.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.identity.TokenStatus;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.testing.SecretGuard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many clients at once through the public API: no number sold or reserved twice, no SIP update lost. */
class ConcurrencyE2eTest {
    private static final int THREADS = 8;

    private PhoneNumbersEmulator emulator;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        emulator = E2e.emulator();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        emulator.close();
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = pool.invokeAll(tasks, 30, TimeUnit.SECONDS);
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    @Test
    void oneNumberReservedByManyAtOnceEndsUpInExactlyOneReservation() throws Exception {
        PhoneNumbersClient client = E2e.phoneNumbers(emulator).buildClient();
        AvailablePhoneNumber wanted = client.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE)
            .getPhoneNumbers().get(0);
        List<Callable<PhoneNumbersReservation>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            PhoneNumbersClient own = E2e.phoneNumbers(emulator).buildClient();
            tasks.add(() -> own.createOrUpdateReservation(UUID.randomUUID().toString(), List.of(wanted), null));
        }
        List<PhoneNumbersReservation> results = runAll(tasks);
        long holders = results.stream().filter(r -> r.getFailedPhoneNumbers().isEmpty()
            && r.getPhoneNumbers().size() == 1).count();
        long refused = results.stream().filter(r -> r.getFailedPhoneNumbers().size() == 1).count();
        assertEquals(1, holders, results::toString);
        assertEquals(THREADS - 1, refused, results::toString);
    }

    @Test
    void concurrentSearchesAndPurchasesNeverShareANumber() throws Exception {
        PhoneNumberCapabilities caps = new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
            PhoneNumberCapabilityType.INBOUND_OUTBOUND);
        List<Callable<PhoneNumberSearchResult>> searches = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            PhoneNumbersClient own = E2e.phoneNumbers(emulator).buildClient();
            searches.add(() -> own.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION, caps, new SearchOptions().withAreaCode("833").withQuantity(3))
                .getFinalResult());
        }
        List<PhoneNumberSearchResult> found = runAll(searches);
        List<String> all = found.stream().flatMap(r -> r.getPhoneNumbers().stream()).toList();
        assertEquals(THREADS * 3, all.size());
        assertEquals(all.size(), new HashSet<>(all).size(), "a number was held by two searches: " + all);

        // every search bought twice at once: the purchase is repeatable by search id, nothing is sold twice
        List<Callable<Void>> purchases = new ArrayList<>();
        for (PhoneNumberSearchResult r : found) {
            for (int k = 0; k < 2; k++) {
                PhoneNumbersClient own = E2e.phoneNumbers(emulator).buildClient();
                purchases.add(() -> own.beginPurchasePhoneNumbers(r.getSearchId()).getFinalResult());
            }
        }
        runAll(purchases);
        assertEquals(Set.copyOf(all), emulator.state().purchasedNumbers());
        PhoneNumbersClient reader = E2e.phoneNumbers(emulator).buildClient();
        assertEquals(Set.copyOf(all), reader.listPurchasedPhoneNumbers().stream().map(p -> p.getPhoneNumber())
            .collect(Collectors.toSet()));
    }

    @Test
    void concurrentSetTrunkCallsLoseNoUpdate() throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 3 * THREADS; i++) {
            int n = i;
            SipRoutingClient own = E2e.sip(emulator, n % 2 == 0 ? SipRoutingServiceVersion.V2023_03_01
                : SipRoutingServiceVersion.V2024_11_15_PREVIEW).buildClient();
            tasks.add(() -> {
                own.setTrunk(new SipTrunk("sbc" + n + ".contoso.example", 5000 + n));
                return null;
            });
        }
        runAll(tasks);
        assertEquals(3 * THREADS, emulator.sipAndIdentity().sip().configuration().trunks().size());
        assertEquals(3 * THREADS, E2e.sip(emulator, SipRoutingServiceVersion.V2023_03_01).buildClient()
            .listTrunks().size());
    }

    @Test
    void manyAsyncCallsInFlightOnOneClient() {
        CommunicationIdentityAsyncClient identity = E2e.identity(emulator).buildAsyncClient();
        CommunicationUserIdentifier user = await(identity.createUser());
        List<CompletableFuture<AccessToken>> inFlight = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inFlight.add(identity.getToken(user, List.of(CommunicationTokenScope.CHAT)));
        }
        Set<String> tokens = new HashSet<>();
        for (CompletableFuture<AccessToken> f : inFlight) {
            AccessToken t = await(f);
            SecretGuard.register(t.getToken());
            assertEquals(TokenStatus.VALID, emulator.sipAndIdentity().identity().checkToken(t.getToken()));
            tokens.add(t.getToken());
        }
        assertEquals(20, tokens.size());

        PhoneNumbersAsyncClient numbers = E2e.phoneNumbers(emulator).buildAsyncClient();
        PhoneNumberCapabilities caps = new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
            PhoneNumberCapabilityType.NONE);
        List<CompletableFuture<PhoneNumberSearchResult>> searches = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            searches.add(numbers.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.GEOGRAPHIC,
                PhoneNumberAssignmentType.APPLICATION, caps).thenCompose(AsyncPoller::getFinalResult));
        }
        Set<String> held = new HashSet<>();
        for (CompletableFuture<PhoneNumberSearchResult> s : searches) {
            held.addAll(await(s).getPhoneNumbers());
        }
        assertEquals(6, held.size());
    }
}
