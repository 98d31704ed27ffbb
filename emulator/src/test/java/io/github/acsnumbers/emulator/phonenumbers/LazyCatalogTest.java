package io.github.acsnumbers.emulator.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.acsnumbers.emulator.store.KeyValueStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cold start does not parse the catalog: it is built once, on first use (event counts, no timing). */
class LazyCatalogTest {

    @Test
    void theCatalogIsBuiltOnFirstUseAndOnlyOnce() {
        AtomicInteger built = new AtomicInteger();
        PhoneNumbersModule module = new PhoneNumbersModule(() -> {
            built.incrementAndGet();
            return new Catalog(7);
        }, KeyValueStore.inMemory(), Clock.systemUTC(), OperationTiming.uniform(Duration.ZERO), 0);
        module.register(new io.github.acsnumbers.emulator.http.Router());
        assertEquals(0, built.get(), "starting and registering the routes built no catalog");

        Catalog first = module.state().catalog();
        assertSame(first, module.state().catalog());
        assertEquals(1, built.get());
        assertEquals(42, first.countries().size());
    }

    @Test
    void prePopulatedNumbersNeedTheCatalogAtStart() {
        AtomicInteger built = new AtomicInteger();
        new PhoneNumbersModule(() -> {
            built.incrementAndGet();
            return new Catalog(7);
        }, KeyValueStore.inMemory(), Clock.systemUTC(), OperationTiming.uniform(Duration.ZERO), 2);
        assertEquals(1, built.get());
    }
}
