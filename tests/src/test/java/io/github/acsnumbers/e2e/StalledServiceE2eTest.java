package io.github.acsnumbers.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A service that stops answering, through the public API against the emulator: every request is held for 10 s
 * ({@link FaultKind#SLOW_RESPONSE}), and a client with a 3-second call timeout ends the call at its deadline, sync
 * and async alike. A bound of 3 s is the SDK's own attempt timer's (bounds of 2 s and more), not OkHttp's: its thread
 * is running once the call has ended.
 */
class StalledServiceE2eTest {
    private static final String TIMER_THREAD = "acs-phonenumbers attempt timer";

    private PhoneNumbersEmulator emulator;

    @BeforeEach
    void start() {
        emulator = E2e.start(PhoneNumbersEmulator.builder().faults(FaultPlan.of(1.0, 7)
            .withKinds(Set.of(FaultKind.SLOW_RESPONSE)).withSlowDelay(Duration.ofSeconds(10))));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aStalledServiceEndsTheCallAtItsDeadlineSyncAndAsync() {
        PhoneNumbersClientBuilder builder = E2e.phoneNumbers(emulator).callTimeout(Duration.ofSeconds(3));
        endsAtTheDeadline("sync", () -> builder.buildClient().getPurchasedPhoneNumber("+14255550100"));
        endsAtTheDeadline("async", () -> E2e.await(builder.buildAsyncClient()
            .getPurchasedPhoneNumber("+14255550100")));
    }

    private static void endsAtTheDeadline(String mode, Executable call) {
        long start = System.nanoTime();
        CommunicationException e = assertThrows(CommunicationException.class, call);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 2_900 && millis < 8_000, mode + ": ended after " + millis + " ms, not at the 3 s deadline "
            + "(the service would have answered after 10 s)");
        assertTrue(e.getMessage().contains("timed out"), mode + ": " + e.getMessage());
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> TIMER_THREAD.equals(t.getName())),
            mode + ": the SDK's attempt timer bounded the call");
    }
}
