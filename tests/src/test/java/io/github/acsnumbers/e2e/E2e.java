package io.github.acsnumbers.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingServiceVersion;
import io.github.acsnumbers.testing.SecretGuard;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared plumbing of the end-to-end suite: emulators whose key is registered with {@link SecretGuard}, client
 * builders pointed at them with a short poll interval, and helpers that wait for async results and unwrap their
 * failures so sync and async tests assert the same way.
 */
final class E2e {
    /** Short polls keep the suite fast against the emulator's 300 ms operations. */
    static final Duration POLL = Duration.ofMillis(50);
    /** The longest a single async call may take before the test gives up. */
    private static final Duration ASYNC_TIMEOUT = Duration.ofSeconds(20);

    private E2e() {
    }

    /** @return a started emulator with defaults, its key registered as a secret */
    static PhoneNumbersEmulator emulator() {
        return guarded(PhoneNumbersEmulator.start());
    }

    /**
     * @param builder a configured emulator builder
     * @return the started emulator, its key registered as a secret
     */
    static PhoneNumbersEmulator start(PhoneNumbersEmulator.Builder builder) {
        return guarded(builder.start());
    }

    private static PhoneNumbersEmulator guarded(PhoneNumbersEmulator emulator) {
        SecretGuard.register(emulator.accessKey());
        SecretGuard.register(emulator.connectionString());
        return emulator;
    }

    static PhoneNumbersClientBuilder phoneNumbers(PhoneNumbersEmulator emulator) {
        return new PhoneNumbersClientBuilder().connectionString(emulator.connectionString()).pollInterval(POLL);
    }

    static SipRoutingClientBuilder sip(PhoneNumbersEmulator emulator, SipRoutingServiceVersion version) {
        return new SipRoutingClientBuilder().connectionString(emulator.connectionString()).serviceVersion(version);
    }

    static CommunicationIdentityClientBuilder identity(PhoneNumbersEmulator emulator) {
        return new CommunicationIdentityClientBuilder().connectionString(emulator.connectionString());
    }

    /**
     * Waits for an async result; a failure is rethrown as the exception the future completed with (not wrapped), so
     * that {@code assertThrows(CommunicationException.class, () -> await(...))} works like for the sync client.
     */
    /** The trunks as the emulator stores them: FQDN → port. */
    static java.util.Map<String, Integer> storedTrunks(PhoneNumbersEmulator emulator) {
        return emulator.sipAndIdentity().sip().configuration().trunks().entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                e -> e.getValue().sipSignalingPort()));
    }

    /** The route names as the emulator stores them, in order. */
    static java.util.List<String> storedRouteNames(PhoneNumbersEmulator emulator) {
        return emulator.sipAndIdentity().sip().configuration().routes().stream().map(r -> r.name()).toList();
    }

    /** The names of routes, in order. */
    static java.util.List<String> routeNames(java.util.List<io.github.acsnumbers.siprouting.models.SipTrunkRoute> routes) {
        return routes.stream().map(io.github.acsnumbers.siprouting.models.SipTrunkRoute::getName).toList();
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(ASYNC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("async call failed with a checked exception", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        } catch (TimeoutException e) {
            return fail("async call did not complete within " + ASYNC_TIMEOUT);
        }
    }

    /** Asserts a {@link CommunicationException} with this HTTP status and returns it for more checks. */
    static CommunicationException assertServiceError(int status, Executable call) {
        CommunicationException e = assertThrows(CommunicationException.class, call);
        assertEquals(status, e.getStatusCode(), () -> "status of " + e.getMessage());
        return e;
    }
}
