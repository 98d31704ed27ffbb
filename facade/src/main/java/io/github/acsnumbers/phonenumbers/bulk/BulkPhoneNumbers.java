package io.github.acsnumbers.phonenumbers.bulk;

import io.github.acsnumbers.implementation.bulk.BulkExecutor;
import io.github.acsnumbers.core.bulk.BulkOutcome;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.implementation.util.Validation;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Operations on many numbers at once, as operators run them at scale: update capabilities of, or release, a list
 * of numbers with bounded concurrency. Each number gets its own outcome (the updated number, or the exception),
 * and one failure never hides the others. Each item is a full long-running operation (start, poll, result).
 *
 * <pre>{@code
 * BulkPhoneNumbers bulk = new BulkPhoneNumbers(asyncClient, 8);
 * List<BulkOutcome<String, PurchasedPhoneNumber>> results =
 *     bulk.updateCapabilities(numbers, PhoneNumberCapabilityType.INBOUND_OUTBOUND, null).join();
 * }</pre>
 */
public final class BulkPhoneNumbers {
    private final PhoneNumbersAsyncClient client;
    private final int concurrency;

    /**
     * @param client      the async client to run the operations with
     * @param concurrency how many operations run at once (1–256)
     */
    public BulkPhoneNumbers(PhoneNumbersAsyncClient client, int concurrency) {
        this.client = Validation.requireNonNull(client, "client");
        this.concurrency = Validation.requireRange(concurrency, 1, 256, "concurrency");
    }

    /**
     * Changes the capabilities of every number in the list.
     *
     * @param phoneNumbers numbers in E.164 format (each checked before anything is sent)
     * @param calling      the new calling capability, or null to keep it
     * @param sms          the new SMS capability, or null to keep it
     * @return completes when every number is done, with one outcome per number in input order
     */
    public CompletableFuture<List<BulkOutcome<String, PurchasedPhoneNumber>>> updateCapabilities(
        List<String> phoneNumbers, PhoneNumberCapabilityType calling, PhoneNumberCapabilityType sms) {
        checkNumbers(phoneNumbers);
        if (calling == null && sms == null) {
            throw new IllegalArgumentException("At least one of 'calling' and 'sms' must be given.");
        }
        return BulkExecutor.run(phoneNumbers, concurrency, n -> client.beginUpdatePhoneNumberCapabilities(n, calling, sms)
            .thenCompose(AsyncPoller::getFinalResult));
    }

    /**
     * Releases every number in the list.
     *
     * @param phoneNumbers numbers in E.164 format
     * @return completes when every number is done, with one outcome per number in input order
     */
    public CompletableFuture<List<BulkOutcome<String, Void>>> release(List<String> phoneNumbers) {
        checkNumbers(phoneNumbers);
        return BulkExecutor.run(phoneNumbers, concurrency, n -> client.beginReleasePhoneNumber(n)
            .thenCompose(AsyncPoller::getFinalResult));
    }

    private static void checkNumbers(List<String> phoneNumbers) {
        Validation.requireNonEmpty(phoneNumbers, "phoneNumbers");
        for (String n : phoneNumbers) {
            Validation.requireE164(n, "phoneNumbers[]");
        }
    }

    @Override
    public String toString() {
        return "BulkPhoneNumbers{concurrency=" + concurrency + "}";
    }
}
