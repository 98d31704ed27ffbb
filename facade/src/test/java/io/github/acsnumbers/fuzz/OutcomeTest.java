package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness itself: each rule of {@link Outcome} does fail a property that breaks it. */
class OutcomeTest {
    private static void rejects(Outcome.Expectation e, RuntimeException thrown, String why) {
        AssertionFailedError f = assertThrows(AssertionFailedError.class, () -> e.run(() -> {
            throw thrown;
        }));
        assertTrue(f.getMessage().contains(why), f.getMessage());
    }

    @Test
    void onlyTheTwoExceptionTypesAreAllowed() {
        rejects(Outcome.expect("x"), new NullPointerException(), "NullPointerException was thrown");
        rejects(Outcome.expect("x"), new UnsupportedOperationException("JsonObject"), "UnsupportedOperation");
        rejects(Outcome.expect("x").argumentCheck(), new CommunicationException("s", 0, null, null,
            ErrorKind.CLIENT_ERROR, null, null), "where an IllegalArgumentException was expected");
        rejects(Outcome.expect("x").serviceInput(), new IllegalArgumentException("bad"),
            "where a CommunicationException was expected");
        assertThrows(AssertionFailedError.class, () -> Outcome.expect("x").run(() -> {
            throw new StackOverflowError();
        }));
    }

    @Test
    void messagesMustBeClearShortVisibleAndSecretFree() {
        rejects(Outcome.expect("x"), new IllegalArgumentException(" "), "blank message");
        rejects(Outcome.expect("x"), new IllegalArgumentException("y".repeat(Outcome.MAX_MESSAGE + 1)), "chars");
        rejects(Outcome.expect("x").mentioning("'endpoint'"), new IllegalArgumentException("bad"), "names none");
        rejects(Outcome.expect("x").printable(), new IllegalArgumentException("a\nb"), "unprintable");
        String key = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";
        rejects(Outcome.expect("x").secret(key), new IllegalArgumentException("part '" + key + "'"), "secret");
        rejects(Outcome.expect("x").secret(key), new IllegalArgumentException("part '"
            + key.toLowerCase(java.util.Locale.ROOT) + "'"), "secret");
        rejects(Outcome.expect("x").secret(key), new IllegalArgumentException("clean",
            new RuntimeException("cause with " + key)), "secret");
    }

    @Test
    void aCleanOutcomeIsReturned() {
        Outcome<String> ok = Outcome.expect("x").run(() -> "value");
        assertEquals("value", ok.value());
        Outcome<String> refused = Outcome.expect("x").mentioning("endpoint").run(() -> {
            throw new IllegalArgumentException("'endpoint' is bad");
        });
        assertEquals("'endpoint' is bad", refused.message());
    }

    @Test
    void casesAreReproducibleFromTheSeedAndIndex() {
        Gen<String> gen = Gen.anyChars(20);
        String first = Fuzz.cases("p", 5, gen, Fuzz::show).map(a -> a.get()[0].toString())
            .collect(Collectors.joining("|"));
        String again = Fuzz.cases("p", 5, gen, Fuzz::show).map(a -> a.get()[0].toString())
            .collect(Collectors.joining("|"));
        assertEquals(first, again);
        assertTrue(!first.equals(Fuzz.cases("q", 5, gen, Fuzz::show).map(a -> a.get()[0].toString())
            .collect(Collectors.joining("|"))), "another property gets other cases");
    }
}
