package io.github.acsnumbers.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.bulk.BulkOutcome;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.bulk.BulkPhoneNumbers;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.testing.SecretGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bulk capability updates and releases against the emulator: per-number outcomes, one failure hides nothing. */
class BulkPhoneNumbersEmulatorTest {
    @Test
    void updatesAndReleasesManyNumbersWithPerNumberOutcomes() throws Exception {
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(12)
            .operationDelay(Duration.ofMillis(60)).start()) {
            SecretGuard.register(emulator.accessKey());
            PhoneNumbersClientBuilder builder = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString()).pollInterval(Duration.ofMillis(20));
            PhoneNumbersClient sync = builder.buildClient();
            PhoneNumbersAsyncClient async = builder.buildAsyncClient();
            List<String> owned = sync.listPurchasedPhoneNumbers().stream().map(PurchasedPhoneNumber::getPhoneNumber)
                .collect(Collectors.toList());
            assertEquals(12, owned.size());
            List<String> targets = new ArrayList<>(owned.subList(0, 10));
            targets.add(5, "+19999999999"); // not owned: this one fails, the others must not

            List<BulkOutcome<String, PurchasedPhoneNumber>> updated = new BulkPhoneNumbers(async, 4)
                .updateCapabilities(targets, PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.OUTBOUND)
                .get(60, TimeUnit.SECONDS);
            assertEquals(11, updated.size());
            for (BulkOutcome<String, PurchasedPhoneNumber> o : updated) {
                if (o.getKey().equals("+19999999999")) {
                    assertFalse(o.isSuccess());
                    assertTrue(o.getError().orElseThrow() instanceof CommunicationException, o.toString());
                } else {
                    assertTrue(o.isSuccess(), o.toString());
                    assertEquals(PhoneNumberCapabilityType.OUTBOUND, o.getValue().orElseThrow().getCapabilities().getSms());
                    assertEquals(PhoneNumberCapabilityType.OUTBOUND,
                        sync.getPurchasedPhoneNumber(o.getKey()).getCapabilities().getSms(), "really changed");
                }
            }

            List<BulkOutcome<String, Void>> released = new BulkPhoneNumbers(async, 8).release(owned.subList(0, 6))
                .get(60, TimeUnit.SECONDS);
            assertTrue(released.stream().allMatch(BulkOutcome::isSuccess), released.toString());
            assertEquals(6, sync.listPurchasedPhoneNumbers().stream().count());
        }
    }
}
