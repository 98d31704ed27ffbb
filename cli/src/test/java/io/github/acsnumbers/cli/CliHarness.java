package io.github.acsnumbers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.testing.SecretGuard;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;

/**
 * Runs {@code acs-numbers} in this process, as {@code main} would, against an in-process emulator: captured
 * standard output and error, an injectable standard input (and whether it counts as a terminal), the connection
 * string in the environment (never on the command line), and a request counter.
 */
final class CliHarness implements AutoCloseable {
    final PhoneNumbersEmulator emulator;
    final AtomicInteger sipPatches = new AtomicInteger();
    final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> env = new HashMap<>();

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    CliHarness(int purchased) {
        emulator = PhoneNumbersEmulator.builder().purchased(purchased).operationDelay(Duration.ofMillis(20)).start();
        SecretGuard.register(emulator.accessKey());
        env.put(Connection.ENVIRONMENT_VARIABLE, emulator.connectionString());
    }

    Map<String, String> env() {
        return env;
    }

    Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), false, args);
    }

    Result runAnswering(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), true, args);
    }

    Result run(InputStream stdin, boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Interceptor counter = chain -> {
            okhttp3.Request r = chain.request();
            requests.add(r.method() + " " + r.url().encodedPath());
            if (r.method().equals("PATCH") && r.url().encodedPath().endsWith("/sip")) {
                sipPatches.incrementAndGet();
            }
            return chain.proceed(r);
        };
        int code = AcsNumbers.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
            Terminal.of(stdin, interactive, env), List.of(counter));
        Result result = new Result(code, out.toString(), err.toString());
        // let SecretGuard see what the tool printed, and check it here too
        System.out.println("$ acs-numbers " + String.join(" ", args) + "   -> exit " + code);
        System.out.print(result.out());
        System.out.print(result.err());
        assertTrue(SecretGuard.findSecrets(result.all()).isEmpty(), "a secret was printed");
        assertFalse(result.all().contains(emulator.accessKey()), "the access key was printed");
        return result;
    }

    /** Asserts a failure printed as one line {@code error [KIND]: ...} without a stack trace. */
    static void assertOneLineError(Result r, String kind) {
        assertEquals(1, r.code(), r.all());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line expected on stderr: " + r.err());
        assertTrue(lines.get(0).startsWith("error [" + kind + "]: "), lines.get(0));
        assertFalse(r.all().contains("\tat "), "stack trace printed");
        assertFalse(r.all().contains("Exception"), "exception class printed: " + r.all());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
