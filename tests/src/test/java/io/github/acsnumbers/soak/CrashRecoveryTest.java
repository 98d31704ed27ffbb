package io.github.acsnumbers.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.retry.RetryOptions;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.testing.SecretGuard;
import io.github.acsnumbers.testing.Skip;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone emulator with a data file, as a real process: a burst of writes (purchases, SIP trunks, identity
 * users) is running when the process is killed with SIGKILL; restarted on the same file, it still has everything
 * it had acknowledged. Writes in flight at the moment of the kill were never acknowledged and are not checked.
 */
class CrashRecoveryTest {
    private static final int WANTED_PER_KIND = 15;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everythingAcknowledgedBeforeSigkillSurvivesTheRestart() throws Exception {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String key = Base64.getEncoder().encodeToString(raw);
        SecretGuard.register(key);
        Path data = dir.resolve("emulator.mv.db");
        List<String> args = List.of("--port", "0", "--access-key", key, "--data-file", data.toString(),
            "--operation-delay", "50ms");

        long pid;
        EmulatorProcess first;
        try {
            first = EmulatorProcess.start(args);
        } catch (EmulatorProcess.Unavailable e) {
            Skip.because("CrashRecoveryTest", "no process can be launched here: " + e.getMessage());
            return;
        }
        List<String> boughtNumbers = new CopyOnWriteArrayList<>();
        Map<String, Integer> trunks = new ConcurrentHashMap<>();
        List<CommunicationUserIdentifier> users = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        AtomicInteger failuresAfterKill = new AtomicInteger();
        List<Thread> burst = new ArrayList<>();
        // each writer counts down once: when its kind has enough acknowledged writes, or when it stops
        CountDownLatch ready = new CountDownLatch(3);
        try {
            String cs = first.connectionString();
            // no retries: the process is about to die, and the burst should notice at once
            PhoneNumbersClient numbers = new PhoneNumbersClientBuilder().connectionString(cs)
                .retryOptions(RetryOptions.none()).pollInterval(Duration.ofMillis(20)).buildClient();
            SipRoutingClient sip = new SipRoutingClientBuilder().connectionString(cs).retryOptions(RetryOptions.none())
                .buildClient();
            CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder().connectionString(cs)
                .retryOptions(RetryOptions.none()).buildClient();
            // one writer per kind, so that writes of every kind are in flight when the kill comes
            for (int kind = 0; kind < 3; kind++) {
                int k = kind;
                Thread t = new Thread(() -> {
                    boolean counted = false;
                    try {
                        for (int i = 0; ; i++) {
                            if (!counted && (k == 0 ? boughtNumbers.size() >= 2 * WANTED_PER_KIND
                                    : k == 1 ? trunks.size() >= WANTED_PER_KIND : users.size() >= WANTED_PER_KIND)) {
                                counted = true;
                                ready.countDown();
                            }
                            try {
                                switch (k) {
                                    case 0 -> {
                                        PhoneNumberSearchResult s = numbers.beginSearchAvailablePhoneNumbers("US",
                                            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
                                            new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
                                                PhoneNumberCapabilityType.INBOUND_OUTBOUND),
                                            new SearchOptions().withQuantity(2)).getFinalResult();
                                        numbers.beginPurchasePhoneNumbers(s.getSearchId(),
                                            new PurchaseOptions().withAgreeToNotResell(true)).getFinalResult();
                                        boughtNumbers.addAll(s.getPhoneNumbers());
                                    }
                                    case 1 -> {
                                        String fqdn = "t" + i + ".crash.contoso.com";
                                        sip.setTrunk(new SipTrunk(fqdn, 5000 + i));
                                        trunks.put(fqdn, 5000 + i);
                                    }
                                    default -> users.add(identity.createUser());
                                }
                            } catch (CommunicationException e) {
                                if (killed.get()) {
                                    failuresAfterKill.incrementAndGet();
                                } else {
                                    unexpected.set(e);
                                }
                                return;
                            } catch (RuntimeException e) {
                                unexpected.set(e);
                                return;
                            }
                        }
                    } finally {
                        if (!counted) {
                            ready.countDown();
                        }
                    }
                }, "crash-burst-" + kind);
                burst.add(t);
            }
            burst.forEach(Thread::start);
            // an event count, not a deadline: the wait is bounded by the test's @Timeout
            ready.await();
            assertEquals(null, unexpected.get(), "the burst failed before the kill");
            assertTrue(boughtNumbers.size() >= 2 * WANTED_PER_KIND && trunks.size() >= WANTED_PER_KIND
                && users.size() >= WANTED_PER_KIND, "a writer stopped before " + WANTED_PER_KIND + " writes of its kind");
            // SIGKILL while the burst goes on: no shutdown hook, no final flush
            killed.set(true);
            pid = first.pid();
            first.kill();
        } finally {
            first.close();
        }
        for (Thread t : burst) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertTrue(!t.isAlive(), "every writer noticed the kill");
        }
        List<String> ackNumbers = new ArrayList<>(boughtNumbers);
        Map<String, Integer> ackTrunks = Map.copyOf(trunks);
        List<CommunicationUserIdentifier> ackUsers = new ArrayList<>(users);

        try (EmulatorProcess second = EmulatorProcess.start(args)) {
            String cs = second.connectionString();
            PhoneNumbersClient numbers = new PhoneNumbersClientBuilder().connectionString(cs).buildClient();
            SipRoutingClient sip = new SipRoutingClientBuilder().connectionString(cs).buildClient();
            CommunicationIdentityClient identity = new CommunicationIdentityClientBuilder().connectionString(cs)
                .buildClient();
            List<String> lostNumbers = new ArrayList<>();
            for (String n : ackNumbers) {
                try {
                    numbers.getPurchasedPhoneNumber(n);
                } catch (CommunicationException e) {
                    lostNumbers.add(n + " (HTTP " + e.getStatusCode() + ")");
                }
            }
            Map<String, Integer> after = sip.listTrunks().stream()
                .collect(Collectors.toMap(SipTrunk::getFqdn, SipTrunk::getSipSignalingPort));
            List<String> lostTrunks = new ArrayList<>();
            ackTrunks.forEach((fqdn, port) -> {
                if (!port.equals(after.get(fqdn))) {
                    lostTrunks.add(fqdn + " (now " + after.get(fqdn) + ")");
                }
            });
            List<String> lostUsers = new ArrayList<>();
            for (CommunicationUserIdentifier u : ackUsers) {
                try {
                    identity.revokeTokens(u); // 404 IdentityNotFound if the user was lost
                } catch (CommunicationException e) {
                    lostUsers.add(u.getId() + " (HTTP " + e.getStatusCode() + ")");
                }
            }
            System.out.println("CRASH RECOVERY: killed pid " + pid + " with SIGKILL during a burst; acknowledged before the "
                + "kill: " + ackNumbers.size() + " purchased numbers, " + ackTrunks.size() + " trunks, "
                + ackUsers.size() + " users; lost after the restart: " + lostNumbers.size() + " numbers "
                + lostNumbers + ", " + lostTrunks.size() + " trunks " + lostTrunks + ", " + lostUsers.size()
                + " users " + lostUsers + "; the burst saw " + failuresAfterKill.get() + " failure(s) after the kill");
            assertTrue(ackNumbers.size() >= 2 * WANTED_PER_KIND && ackTrunks.size() >= WANTED_PER_KIND
                && ackUsers.size() >= WANTED_PER_KIND, "enough writes were acknowledged before the kill");
            assertEquals(List.of(), lostNumbers, "purchased numbers acknowledged before the kill");
            assertEquals(List.of(), lostTrunks, "trunk writes acknowledged before the kill");
            assertEquals(List.of(), lostUsers, "identity users acknowledged before the kill");
        }
    }
}
