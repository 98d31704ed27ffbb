package io.github.acsnumbers.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Installed for every test class of every module that depends on this one (JUnit extension auto-detection, enabled
 * in the parent POM's surefire configuration): it captures everything written
 * to stdout/stderr during each test (the SDK logs there at DEBUG through slf4j-simple) and fails the test if any
 * of it, or the message of an exception the test threw, contains a secret: a registered access key, an HMAC
 * signature, a connection string's access key, a bearer token or a JWT (identity access token).
 */
public final class SecretGuard implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    TestExecutionExceptionHandler {
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<Pattern> PATTERNS = List.of(
        Pattern.compile("Signature=[A-Za-z0-9+/]{20,}={0,2}"),
        Pattern.compile("(?i)accesskey(=|\\\\u003d|%3d)[A-Za-z0-9+/_-]{16,}"),
        Pattern.compile("Bearer\\s+[A-Za-z0-9._~+/-]{12,}"),
        Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    private static final Tee OUT = new Tee(System.out);
    private static final Tee ERR = new Tee(System.err);

    static {
        System.setOut(new PrintStream(OUT, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(ERR, true, StandardCharsets.UTF_8));
    }

    /**
     * @return true while a test runs under the guard (its output is being captured); lets each module prove that
     *         the guard is really installed there
     */
    public static boolean isGuarding() {
        return ERR.capturing() && OUT.capturing();
    }

    /**
     * Registers a secret (a key, a token) that must never be printed.
     *
     * @param secret the secret text
     */
    public static void register(String secret) {
        if (secret != null && secret.length() >= 8) {
            SECRETS.add(secret);
        }
    }

    /**
     * @param text any text
     * @return the secrets found in it (described, not quoted), empty when clean
     */
    public static List<String> findSecrets(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String s : SECRETS) {
            for (String v : variants(s)) {
                if (lower.contains(v)) {
                    found.add("a registered secret (" + s.length() + " chars)");
                    break;
                }
            }
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                found.add("text matching " + p.pattern());
            }
        }
        return found;
    }

    /**
     * The forms a secret takes when printed by other code: as is, lower- or upper-cased, with '=' escaped by Gson
     * ({@code \u003d}) or by URL encoding ({@code %3D}, with '+' and '/' as {@code %2B} and {@code %2F}), and in
     * base64url (with '-' and '_', without padding). All lower-cased, to be found in lower-cased text.
     */
    static List<String> variants(String secret) {
        String s = secret.toLowerCase(java.util.Locale.ROOT);
        String unpadded = s.replaceAll("=+$", "");
        List<String> v = new ArrayList<>();
        v.add(s);
        v.add(s.replace("=", "\\u003d"));
        v.add(s.replace("%", "%25").replace("+", "%2b").replace("/", "%2f").replace("=", "%3d"));
        v.add(unpadded.replace('+', '-').replace('/', '_'));
        v.add(unpadded);
        return v;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // output of @BeforeAll methods and class-level fixtures is checked at the first test (or at afterAll)
        OUT.startCapture();
        ERR.startCapture();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // output of @AfterAll methods, and late output of background threads started by the class's tests
        String captured = OUT.stopCapture() + ERR.stopCapture();
        List<String> found = findSecrets(captured);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret printed by " + context.getDisplayName() + " outside its tests "
                + "(@BeforeAll, @AfterAll or a background thread): " + found);
        }
    }

    /**
     * Checks a file the test wrote or was given (a log file, a child process's output) for secrets.
     *
     * @param what a description of the text, for the failure message
     * @param text the text
     * @throws AssertionError if it holds a secret
     */
    public static void check(String what, String text) {
        List<String> found = findSecrets(text);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret in " + what + ": " + found);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String before = OUT.stopCapture() + ERR.stopCapture();
        List<String> early = findSecrets(before);
        if (!early.isEmpty()) {
            OUT.startCapture();
            ERR.startCapture();
            throw new AssertionError("Secret printed before " + context.getDisplayName()
                + " (@BeforeAll, or a background thread of an earlier test): " + early);
        }
        OUT.startCapture();
        ERR.startCapture();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String captured = OUT.stopCapture() + ERR.stopCapture();
        // keep capturing: @AfterAll output and late output of this test's threads are checked later
        OUT.startCapture();
        ERR.startCapture();
        List<String> found = findSecrets(captured);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret printed during " + context.getDisplayName() + ": " + found);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            List<String> found = findSecrets(t.getMessage());
            if (!found.isEmpty()) {
                AssertionError e = new AssertionError("Secret in an exception message: " + found);
                e.addSuppressed(new RuntimeException(t.getClass().getName()));
                throw e;
            }
        }
        throw throwable;
    }

    /** Writes through to the real stream and keeps a copy while capturing. */
    private static final class Tee extends OutputStream {
        private final PrintStream target;
        private ByteArrayOutputStream copy;

        Tee(PrintStream target) {
            this.target = target;
        }

        synchronized void startCapture() {
            copy = new ByteArrayOutputStream();
        }

        synchronized boolean capturing() {
            return copy != null;
        }

        synchronized String stopCapture() {
            String s = copy == null ? "" : copy.toString(StandardCharsets.UTF_8);
            copy = null;
            return s;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            if (copy != null) {
                copy.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            target.write(b, off, len);
            if (copy != null) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
