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
        rejects(Outcome.expect("x").mayAccept(), new NullPointerException(), "NullPointerException was thrown");
        rejects(Outcome.expect("x").mayAccept(), new UnsupportedOperationException("JsonObject"), "UnsupportedOperation");
        rejects(Outcome.expect("x").mayAccept().argumentCheck(), new CommunicationException("s", 0, null, null,
            ErrorKind.CLIENT_ERROR, null, null), "where an IllegalArgumentException was expected");
        rejects(Outcome.expect("x").mayAccept().serviceInput(), new IllegalArgumentException("bad"),
            "where a CommunicationException was expected");
        assertThrows(AssertionFailedError.class, () -> Outcome.expect("x").mayAccept().run(() -> {
            throw new StackOverflowError();
        }));
    }

    @Test
    void messagesMustBeClearShortVisibleAndSecretFree() {
        rejects(Outcome.expect("x").mayAccept(), new IllegalArgumentException(" "), "blank message");
        rejects(Outcome.expect("x").mayAccept(), new IllegalArgumentException("y".repeat(Outcome.MAX_MESSAGE + 1)), "chars");
        rejects(Outcome.expect("x").mayAccept().mentioning("'endpoint'"), new IllegalArgumentException("bad"), "names none");
        rejects(Outcome.expect("x").mayAccept().printable(), new IllegalArgumentException("a\nb"), "unprintable");
        String key = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";
        rejects(Outcome.expect("x").mayAccept().secret(key), new IllegalArgumentException("part '" + key + "'"), "secret");
        rejects(Outcome.expect("x").mayAccept().secret(key), new IllegalArgumentException("part '"
            + key.toLowerCase(java.util.Locale.ROOT) + "'"), "secret");
        rejects(Outcome.expect("x").mayAccept().secret(key), new IllegalArgumentException("clean",
            new RuntimeException("cause with " + key)), "secret");
    }

    /** A value whose getter or toString shows what it was given. */
    public static final class Leaky {
        private final String shown;
        private final boolean inToString;

        Leaky(String shown, boolean inToString) {
            this.shown = shown;
            this.inToString = inToString;
        }

        public String getEndpoint() {
            return inToString ? "clean" : shown;
        }

        @Override
        public String toString() {
            return inToString ? "Leaky{" + shown + "}" : "Leaky{***}";
        }
    }

    @Test
    void aPropertyMustSayWhetherASuccessIsAllowed() {
        AssertionFailedError f = assertThrows(AssertionFailedError.class,
            () -> Outcome.expect("x").run(() -> "value"));
        assertTrue(f.getMessage().contains("mustRefuse() or mayAccept()"), f.getMessage());
        f = assertThrows(AssertionFailedError.class, () -> Outcome.expect("x").mustRefuse().run(() -> "value"));
        assertTrue(f.getMessage().contains("expected a refusal"), f.getMessage());
        // a refusal is what mustRefuse wants
        assertEquals("bad", Outcome.expect("x").mustRefuse().run(() -> {
            throw new IllegalArgumentException("bad");
        }).message());
    }

    @Test
    void aSuccessMustNotShowTheSecretInToStringOrAnyGetter() {
        String key = "c2VjcmV0LWtleS0xMjM0NTY3ODkw";
        AssertionFailedError f = assertThrows(AssertionFailedError.class,
            () -> Outcome.expect("x").mayAccept().secret(key).run(() -> new Leaky(key, true)));
        assertTrue(f.getMessage().contains("shows a secret"), f.getMessage());
        f = assertThrows(AssertionFailedError.class,
            () -> Outcome.expect("x").mayAccept().secret(key).run(() -> new Leaky("https://h/" + key, false)));
        assertTrue(f.getMessage().contains("getEndpoint"), f.getMessage());
        assertEquals("Leaky{***}", Outcome.expect("x").mayAccept().secret(key)
            .run(() -> new Leaky("https://h/", false)).value().toString());
    }

    @Test
    void aCleanOutcomeIsReturned() {
        Outcome<String> ok = Outcome.expect("x").mayAccept().run(() -> "value");
        assertEquals("value", ok.value());
        Outcome<String> refused = Outcome.expect("x").mayAccept().mentioning("endpoint").run(() -> {
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
