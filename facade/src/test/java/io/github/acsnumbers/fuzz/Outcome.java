package io.github.acsnumbers.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.acsnumbers.core.error.CommunicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The one rule every fuzz property shares: input ends in success, an {@link IllegalArgumentException} or a
 * {@link CommunicationException}, never anything else (no NullPointerException, no StackOverflowError, no
 * DateTimeParseException leaking out), and a failure's message is non-blank, short enough to read, says what is
 * wrong, and contains none of the secrets of the input.
 *
 * <p>Every property says which outcomes it allows: {@link Expectation#mustRefuse()} (the input is known to be wrong:
 * a success fails the case) or {@link Expectation#mayAccept()} (the input may be valid: a success is checked by the
 * property itself). A property that says neither fails, so no property can count a success as a refusal. When the
 * call succeeds, the secrets must not show in the returned value either: not in its {@code toString()} nor in what
 * any of its public no-argument getters returns.
 *
 * <pre>{@code
 * Outcome<ConnectionString> o = Outcome.expect(input).secret(key).mentioning("connection string", "access key")
 *     .run(() -> ConnectionString.parse(input));
 * }</pre>
 *
 * @param <T> the result type
 */
public final class Outcome<T> {
    /** Longest message accepted: a pasted document or a 5 MB body must not become the message. */
    public static final int MAX_MESSAGE = 16_000;

    private final T value;
    private final RuntimeException error;

    private Outcome(T value, RuntimeException error) {
        this.value = value;
        this.error = error;
    }

    /** @return true when the call returned */
    public boolean succeeded() {
        return error == null;
    }

    /** @return the returned value (fails the test when the call threw) */
    public T value() {
        if (error != null) {
            fail("expected success, got " + error, error);
        }
        return value;
    }

    /** @return the exception (fails the test when the call returned) */
    public RuntimeException error() {
        if (error == null) {
            fail("expected a refusal, got " + value);
        }
        return error;
    }

    /** @return the exception's message (fails the test when the call returned) */
    public String message() {
        return error().getMessage();
    }

    /**
     * @param input a description of the input, for failure messages
     * @return an expectation to configure and run
     */
    public static Expectation expect(String input) {
        return new Expectation(input);
    }

    private static boolean isPrintable(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
            && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
            && type != Character.PRIVATE_USE;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** What a failure's message must (not) contain; then {@link #run}. */
    public static final class Expectation {
        private final String input;
        private final List<String> secrets = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private boolean allowIllegalArgument = true;
        private boolean allowCommunication = true;
        private boolean printable;
        private Boolean refuse;

        private Expectation(String input) {
            this.input = input;
        }

        /** @param secret a value that must never appear in a message (ignored when it has fewer than 12 letters
         *  and digits: too short to tell a leak from chance)
         *  @return this */
        public Expectation secret(String secret) {
            if (secret != null && normalize(secret).length() >= 12) {
                secrets.add(secret);
            }
            return this;
        }

        /** @param words a message must contain at least one of these (case-insensitive)
         *  @return this */
        public Expectation mentioning(String... words) {
            keywords.addAll(List.of(words));
            return this;
        }

        /** @return this, also requiring the message to be free of control, format and line-separator characters
         *  and lone surrogates (echoed input must not forge log lines or hide characters) */
        public Expectation printable() {
            printable = true;
            return this;
        }

        /** @return this, failing the case when the call returns (the input is known to be wrong) */
        public Expectation mustRefuse() {
            refuse = Boolean.TRUE;
            return this;
        }

        /** @return this, allowing the call to return (the input may be valid; the property checks the value) */
        public Expectation mayAccept() {
            refuse = Boolean.FALSE;
            return this;
        }

        /** @return this, accepting only IllegalArgumentException as a refusal (argument checks) */
        public Expectation argumentCheck() {
            allowCommunication = false;
            return this;
        }

        /** @return this, accepting only CommunicationException as a refusal (what the service sent) */
        public Expectation serviceInput() {
            allowIllegalArgument = false;
            return this;
        }

        /**
         * Runs the call and checks the rule.
         *
         * @param call the code under test
         * @param <T>  its result type
         * @return the outcome, for the property's own checks
         */
        public <T> Outcome<T> run(Callable<T> call) {
            if (refuse == null) {
                fail("the property must say mustRefuse() or mayAccept() for " + input);
            }
            T result;
            try {
                result = call.call();
            } catch (IllegalArgumentException e) {
                if (!allowIllegalArgument) {
                    fail("IllegalArgumentException where a CommunicationException was expected for " + input, e);
                }
                checkMessage(e);
                return new Outcome<>(null, e);
            } catch (CommunicationException e) {
                if (!allowCommunication) {
                    fail("CommunicationException where an IllegalArgumentException was expected for " + input, e);
                }
                checkMessage(e);
                return new Outcome<>(null, e);
            } catch (Throwable t) {
                fail("Only success, IllegalArgumentException or CommunicationException are allowed, but "
                    + t.getClass().getName() + " was thrown for " + input, t);
                throw new AssertionError(t);
            }
            if (refuse) {
                fail("expected a refusal, but the call returned for " + input);
            }
            checkValue(result);
            return new Outcome<>(result, null);
        }

        /** The secrets must not show in a returned value: its toString, nor any public no-argument getter's. */
        private void checkValue(Object result) {
            if (result == null || secrets.isEmpty()) {
                return;
            }
            List<String> shown = new ArrayList<>();
            shown.add(String.valueOf(result));
            for (java.lang.reflect.Method m : result.getClass().getMethods()) {
                boolean getter = m.getName().startsWith("get") || m.getName().startsWith("is");
                if (m.getParameterCount() == 0 && getter && m.getDeclaringClass() != Object.class
                    && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    try {
                        shown.add(m.getName() + " -> " + m.invoke(result));
                    } catch (ReflectiveOperationException e) {
                        fail("getter " + m.getName() + " of " + result.getClass().getSimpleName() + " failed for "
                            + input, e);
                    }
                }
            }
            for (String text : shown) {
                for (String secret : secrets) {
                    if (text.contains(secret) || normalize(text).contains(normalize(secret))) {
                        fail("the returned " + result.getClass().getSimpleName() + " shows a secret for " + input
                            + " (in toString or " + text.replaceAll(" -> .*", "") + ")");
                    }
                }
            }
        }

        private void checkMessage(RuntimeException e) {
            String m = e.getMessage();
            if (m == null || m.isBlank()) {
                fail("blank message from " + e.getClass().getSimpleName() + " for " + input, e);
            }
            if (m.length() > MAX_MESSAGE) {
                fail("message of " + m.length() + " chars (echoes the input?) for " + input + ": "
                    + Fuzz.show(m));
            }
            // the secret must not show in the message nor in any cause's, not even lower-cased or with its
            // '+', '/' and '=' replaced
            for (Throwable t = e; t != null; t = t.getCause()) {
                String tm = t.getMessage() == null ? "" : t.getMessage();
                for (String secret : secrets) {
                    if (tm.contains(secret) || normalize(tm).contains(normalize(secret))) {
                        fail("message echoes a secret for " + input + ": " + Fuzz.show(tm));
                    }
                }
            }
            if (printable) {
                for (int i = 0; i < m.length(); i++) {
                    if (!isPrintable(m, i)) {
                        fail("message has the unprintable character U+" + String.format("%04X", (int) m.charAt(i))
                            + " for " + input + ": " + Fuzz.show(m));
                    }
                }
            }
            if (!keywords.isEmpty()) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (keywords.stream().noneMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)))) {
                    fail("message names none of " + keywords + " for " + input + ": " + Fuzz.show(m));
                }
            }
        }
    }
}
