package io.github.acsnumbers.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
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
 * in the parent POM's surefire configuration): it captures everything written to stdout/stderr during each test
 * (where slf4j-simple writes the SDK's DEBUG log in the facade and tests modules; surefire keeps it off the console),
 * and everything appended to watched log files (system property {@value #LOG_FILES_PROPERTY}, or
 * {@link #watchLogFile}), and fails the test if any of it, or the message of an exception
 * the test threw, contains a secret: a registered access key or token, an HMAC signature, a connection string's
 * access key, a bearer token or a JWT (identity access token).
 *
 * <p>Secrets are registered with {@link #register}, and before any test runs from every {@link TestSecrets}
 * implementation a module lists in {@code META-INF/services} (its shared test keys). Text the guard cannot see on its
 * own (a child process's output, a file a test reads back) goes through {@link #check}.
 */
public final class SecretGuard implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    TestExecutionExceptionHandler {
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<Pattern> PATTERNS = List.of(
        Pattern.compile("Signature=[A-Za-z0-9+/]{20,}={0,2}"),
        Pattern.compile("(?i)accesskey(=|\\\\u003d|%3d)[A-Za-z0-9+/_-]{16,}"),
        Pattern.compile("Bearer\\s+[A-Za-z0-9._~+/-]{12,}"),
        Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    /** System property: log files (separated by commas or the path separator) whose new lines are checked. */
    public static final String LOG_FILES_PROPERTY = "secretguard.logFiles";

    private static final Tee OUT = new Tee(System.out);
    private static final Tee ERR = new Tee(System.err);
    private static final List<WatchedFile> LOG_FILES = new CopyOnWriteArrayList<>();
    private static final AtomicLong LOG_LINES_INSPECTED = new AtomicLong();

    static {
        System.setOut(new PrintStream(OUT, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(ERR, true, StandardCharsets.UTF_8));
        String files = System.getProperty(LOG_FILES_PROPERTY, "");
        for (String f : files.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator) + "|,")) {
            if (!f.isBlank()) {
                LOG_FILES.add(new WatchedFile(Path.of(f.trim())));
            }
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (TestSecrets source : ServiceLoader.load(TestSecrets.class,
                loader != null ? loader : SecretGuard.class.getClassLoader())) {
            source.secrets().forEach(SecretGuard::register);
        }
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
     * @param secret a text
     * @return whether it is registered (a module's test proves its shared keys are)
     */
    public static boolean isRegistered(String secret) {
        return SECRETS.contains(secret);
    }

    /**
     * Watches one more log file from now on: what is appended to it is checked with the console output of the
     * running test (or, outside a test, at the next test boundary).
     *
     * @param file the log file (it need not exist yet)
     */
    public static void watchLogFile(Path file) {
        LOG_FILES.add(new WatchedFile(file.toAbsolutePath()));
    }

    /** @return the log files being watched */
    public static List<Path> watchedLogFiles() {
        return LOG_FILES.stream().map(w -> w.path).toList();
    }

    /**
     * @return how many log-file lines the guard has read and checked so far in this JVM (a module's test proves
     *         that its log lines really reach the guard)
     */
    public static long logLinesInspected() {
        return LOG_LINES_INSPECTED.get();
    }

    /**
     * Checks what the watched log files received since they were last read, now (the guard does it at each test
     * boundary anyway).
     *
     * @throws AssertionError if it holds a secret
     */
    public static void checkLogFiles() {
        check("the log files " + watchedLogFiles(), newLogText());
    }

    /**
     * Checks, now, everything the running test has printed (stdout, stderr: where slf4j-simple logs) or appended to
     * a watched log file since its start or since the last call, and goes on capturing. The guard checks the same
     * text after the test anyway; this lets a test see what the guard sees.
     *
     * @return the text that was checked
     * @throws AssertionError if it holds a secret
     */
    public static String checkNow() {
        String text = drain();
        OUT.startCapture();
        ERR.startCapture();
        check("the output of the running test", text);
        return text;
    }

    /** What the watched log files received since they were last read (whole lines only). */
    private static String newLogText() {
        StringBuilder text = new StringBuilder();
        for (WatchedFile f : LOG_FILES) {
            text.append(f.readNewLines());
        }
        return text.toString();
    }

    /** Console output captured so far, plus new log-file lines; capture goes on. */
    private static String drain() {
        return OUT.stopCapture() + ERR.stopCapture() + newLogText();
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
        // capture never stops once the first class has started: what came since the last class ended (a background
        // thread of an earlier class printing late) is checked here; output of @BeforeAll methods and class-level
        // fixtures is checked at the first test (or at afterAll)
        String between = drain();
        OUT.startCapture();
        ERR.startCapture();
        List<String> found = findSecrets(between);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret printed or logged before " + context.getDisplayName()
                + " started (a background thread of an earlier test class): " + found);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // output of @AfterAll methods, and late output of background threads started by the class's tests; capture
        // goes on, so output after this point is checked when the next class starts
        String captured = drain();
        OUT.startCapture();
        ERR.startCapture();
        List<String> found = findSecrets(captured);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret printed or logged by " + context.getDisplayName() + " outside its tests "
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
        String before = drain();
        List<String> early = findSecrets(before);
        if (!early.isEmpty()) {
            OUT.startCapture();
            ERR.startCapture();
            throw new AssertionError("Secret printed or logged before " + context.getDisplayName()
                + " (@BeforeAll, or a background thread of an earlier test): " + early);
        }
        OUT.startCapture();
        ERR.startCapture();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String captured = drain();
        // keep capturing: @AfterAll output and late output of this test's threads are checked later
        OUT.startCapture();
        ERR.startCapture();
        List<String> found = findSecrets(captured);
        if (!found.isEmpty()) {
            throw new AssertionError("Secret printed or logged during " + context.getDisplayName() + ": " + found);
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

    /** A log file read from where the guard last stopped; only whole lines are taken. */
    private static final class WatchedFile {
        private final Path path;
        private long offset;

        WatchedFile(Path path) {
            this.path = path;
        }

        synchronized String readNewLines() {
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size < offset) {
                    offset = 0; // truncated or replaced: read it again from the start
                }
                if (size == offset) {
                    return "";
                }
                ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - offset));
                ch.position(offset);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read to the size seen above
                }
                byte[] bytes = buf.array();
                int end = buf.position();
                while (end > 0 && bytes[end - 1] != '\n') {
                    end--; // a line still being written is read next time
                }
                offset += end;
                String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
                LOG_LINES_INSPECTED.addAndGet(text.chars().filter(c -> c == '\n').count());
                return text;
            } catch (NoSuchFileException notYet) {
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException("SecretGuard could not read the log file " + path, e);
            }
        }
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
