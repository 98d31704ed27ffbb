package io.github.acsnumbers.emulator;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh emulator per test on a {@link ManualClock}, with an HMAC-signing {@link TestClient} for it. A test class
 * moves the clock's start with {@link #startTime()} and adds builder options with {@link #configure}.
 */
abstract class EmulatorTestBase {

    /** Where the clock starts unless a test class says otherwise. */
    static final Instant DEFAULT_START = Instant.parse("2025-06-17T10:00:00Z");

    ManualClock clock;
    PhoneNumbersEmulator emulator;
    TestClient client;

    /** Where the clock starts. */
    Instant startTime() {
        return DEFAULT_START;
    }

    /** Options beyond the clock, which is already set. */
    PhoneNumbersEmulator.Builder configure(PhoneNumbersEmulator.Builder builder) {
        return builder;
    }

    @BeforeEach
    void startEmulator() {
        clock = new ManualClock(startTime());
        emulator = configure(PhoneNumbersEmulator.builder().clock(clock).authClock(clock)).start();
        client = new TestClient(emulator, clock);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }
}
