package io.github.acsnumbers.implementation.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy value is made on the first get, once, and then kept. */
class LazyTest {

    @Test
    void theFactoryRunsOnFirstUseOnly() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertEquals(0, made.get(), "nothing is made before the first get");
        Object first = lazy.get();
        assertSame(first, lazy.get());
        assertSame(first, lazy.get());
        assertEquals(1, made.get());
    }

    @Test
    void aMissingFactoryIsRefused() {
        assertEquals("'factory' is required and must not be null.",
            assertThrows(IllegalArgumentException.class, () -> Lazy.of(null)).getMessage());
    }
}
