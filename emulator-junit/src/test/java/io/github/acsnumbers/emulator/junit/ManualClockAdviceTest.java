package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.ManualClock;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's advice works as written: a {@link ManualClock} (here years in the past) drives the emulator's
 * expiry while the SDK signs with the real time, and moving the clock never turns requests into 401s.
 */
class ManualClockAdviceTest {

    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2025-06-17T10:00:00Z"));

    @RegisterExtension
    static final AcsEmulatorExtension ACS = AcsEmulatorExtension.perClass()
            .configure(b -> b.clock(CLOCK).operationDelay(Duration.ZERO));

    @Test
    void aSearchHoldExpiresWhenTheTestMovesTheClock(PhoneNumbersClient client, PhoneNumbersEmulator emulator) {
        PhoneNumberSearchResult search = client.beginSearchAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.APPLICATION,
                new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE))
                .getFinalResult();
        CLOCK.advance(Duration.ofMinutes(17)); // the hold lasts about 16 minutes
        CommunicationException e = assertThrows(CommunicationException.class,
                () -> client.beginPurchasePhoneNumbers(search.getSearchId()).getFinalResult());
        assertEquals(400, e.getStatusCode(), "an expired search, not a refused signature");
        assertEquals(0, emulator.rejectedAuthCount());
        assertEquals(0, emulator.state().purchasedNumbers().size());
    }
}
