package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code recover} handles runtime failures only: an Error or a cancellation passes through, on both interpreters. */
class RecoverLimitsTest {
    private final HttpPipeline pipeline = new OfflineService().pipeline();

    @Test
    void anErrorIsNeverRecovered() {
        OutOfMemoryError oom = new OutOfMemoryError("simulated");
        Exchange<String> e = Exchange.<String>defer(() -> {
            throw oom;
        }).recover(x -> Exchange.value("recovered"));
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> e.send(pipeline)));
        ExecutionException async = assertThrows(ExecutionException.class,
            () -> e.sendAsync(pipeline).get(30, TimeUnit.SECONDS));
        assertSame(oom, async.getCause());
    }

    @Test
    void aCancellationIsNeverRecovered() {
        CancellationException stop = new CancellationException("stop");
        Exchange<String> e = Exchange.<String>defer(() -> {
            throw stop;
        }).recover(x -> Exchange.value("recovered"));
        assertSame(stop, assertThrows(CancellationException.class, () -> e.send(pipeline)));
        // a future that ends with a CancellationException reports it as such, not wrapped
        assertSame(stop, assertThrows(CancellationException.class,
            () -> e.sendAsync(pipeline).get(30, TimeUnit.SECONDS)));
        assertEquals("recovered", Exchange.<String>defer(() -> {
            throw new IllegalStateException("runtime");
        }).recover(x -> Exchange.value("recovered")).send(pipeline));
    }
}
