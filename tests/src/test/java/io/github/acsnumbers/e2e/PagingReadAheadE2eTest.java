package io.github.acsnumbers.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing through the public API against the emulator reads one page ahead, sync and async: while the caller is on
 * the last item of a page, the request for the next page has already gone out (seen by a user interceptor), and
 * every number arrives once, in order.
 */
class PagingReadAheadE2eTest {
    private static final int NUMBERS = 250;
    private static final int PAGE = 50;

    private PhoneNumbersEmulator emulator;
    /** Released once per page request that went out. */
    private final Semaphore pageRequests = new Semaphore(0);
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        emulator = E2e.start(PhoneNumbersEmulator.builder().purchased(NUMBERS));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private <B extends io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder> B counting(B builder) {
        builder.addInterceptor(chain -> {
            if (chain.request().url().encodedPath().equals("/phoneNumbers")) {
                requested.add(chain.request().url().toString());
                pageRequests.release();
            }
            return chain.proceed(chain.request());
        });
        return builder;
    }

    /** On the last item of page k (k below the last page), page k+1 must already have been requested. */
    private Consumer<PurchasedPhoneNumber> checking(List<String> seen) {
        return n -> {
            seen.add(n.getPhoneNumber());
            int count = seen.size();
            if (count % PAGE == 0 && count < NUMBERS) {
                int page = count / PAGE;
                try {
                    // page k+1 is the (k+1)-th page request; permits count the requests seen so far
                    if (!pageRequests.tryAcquire(page + 1, 20, TimeUnit.SECONDS)) {
                        fail("page " + (page + 1) + " was not requested while the caller was on page " + page);
                    }
                    pageRequests.release(page + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail(e);
                }
            }
        };
    }

    private void assertAllOnce(List<String> seen) {
        assertEquals(NUMBERS, seen.size());
        Set<String> unique = new HashSet<>(seen);
        assertEquals(NUMBERS, unique.size(), "every number once");
        assertEquals(NUMBERS / PAGE, requested.size(), "one request per page: " + requested);
    }

    @Test
    void syncListingReadsOnePageAhead() {
        PhoneNumbersClient client = counting(E2e.phoneNumbers(emulator)).buildClient();
        List<String> seen = new ArrayList<>();
        Consumer<PurchasedPhoneNumber> check = checking(seen);
        for (PurchasedPhoneNumber n : client.listPurchasedPhoneNumbers(
            new ListPurchasedPhoneNumbersOptions().withPageSize(PAGE))) {
            check.accept(n);
        }
        assertAllOnce(seen);
        // the same listing page by page (on demand) agrees, item for item
        List<String> byPage = new ArrayList<>();
        client.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(PAGE)).byPage()
            .forEach(p -> p.items().forEach(n -> byPage.add(n.getPhoneNumber())));
        assertEquals(seen, byPage);
    }

    @Test
    void asyncListingReadsOnePageAhead() throws Exception {
        PhoneNumbersAsyncClient client = counting(E2e.phoneNumbers(emulator)).buildAsyncClient();
        List<String> seen = new CopyOnWriteArrayList<>();
        client.listPurchasedPhoneNumbers(new ListPurchasedPhoneNumbersOptions().withPageSize(PAGE))
            .forEach(checking(seen)).get(60, TimeUnit.SECONDS);
        assertAllOnce(seen);
        assertTrue(seen.get(0).startsWith("+"), seen.get(0));
    }
}
