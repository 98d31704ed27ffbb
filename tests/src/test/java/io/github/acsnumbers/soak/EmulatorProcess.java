package io.github.acsnumbers.soak;

import io.github.acsnumbers.testing.SecretGuard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standalone emulator as a real operating-system process: started with the shaded jar
 * ({@code emulator/target/acs-phonenumbers-emulator.jar}) when it has been built, else with this JVM's class path and
 * the emulator's main class. Its output is drained in the background and never printed as is (the listening line
 * carries the access key); the rest of it ({@code --log-requests} lines, warnings) goes through
 * {@link SecretGuard#check} when the process is killed or closed.
 */
final class EmulatorProcess implements AutoCloseable {
    private static final String MAIN = "io.github.acsnumbers.emulator.cli.EmulatorMain";
    private static final String LISTENING = "ACS emulator listening: ";

    /** Set only by {@code EmulatorProcessClassificationTest}, to run the suites against a broken jar. */
    static volatile List<String> launchOverride;

    private final Process process;
    private final String connectionString;
    private final StringBuffer output;

    private EmulatorProcess(Process process, String connectionString, StringBuffer output) {
        this.process = process;
        this.connectionString = connectionString;
        this.output = output;
    }

    /** The java launcher of this JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A file of the build, looked up from the module directory (surefire) or the project root (IDE). */
    static Optional<Path> projectFile(String relative) {
        for (Path base : List.of(Path.of(".."), Path.of("."))) {
            Path p = base.resolve(relative).normalize();
            if (Files.isRegularFile(p)) {
                return Optional.of(p.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the emulator and waits (bounded) for its listening line.
     *
     * @param arguments emulator options such as {@code --data-file F}
     * @return the running process
     * @throws Unavailable if no process can be launched at all (no java launcher, the OS refuses to create a
     *                     process): a reason outside the project, which a suite may report as a printed skip
     * @throws IllegalStateException if the emulator was launched but failed: it ended before listening (a corrupt or
     *                               empty jar, a bad option, a crash), printed no usable listening line, or did not
     *                               come up within 60 s. That is our own failure, and fails the suite.
     */
    static EmulatorProcess start(List<String> arguments) throws Unavailable {
        return start(java(), emulatorLaunch(), arguments, Duration.ofSeconds(60));
    }

    /**
     * How the emulator is launched after the java command: {@code -jar} with the shaded jar when it has been built
     * (even an empty or corrupt one: that must fail, not fall back), else this JVM's class path and the main class.
     */
    static List<String> emulatorLaunch() {
        List<String> override = launchOverride;
        if (override != null) {
            return override;
        }
        Optional<Path> jar = projectFile("emulator/target/acs-phonenumbers-emulator.jar");
        return jar.isPresent() ? List.of("-jar", jar.get().toString())
            : List.of("-cp", System.getProperty("java.class.path"), MAIN);
    }

    /**
     * Starts {@code java launch... arguments...} and waits, at most {@code wait}, for the listening line. The
     * classification of failures is the one of {@link #start(List)}; this form lets a test point it at another
     * launcher or jar.
     */
    static EmulatorProcess start(String java, List<String> launch, List<String> arguments, Duration wait)
        throws Unavailable {
        if (!Files.isExecutable(Path.of(java))) {
            throw new Unavailable("no executable java launcher at " + java);
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(launch);
        command.addAll(arguments);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new Unavailable("the operating system could not start a process: " + e.getMessage());
        }
        StringBuffer output = new StringBuffer();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(LISTENING) && !listening.isDone()) {
                        listening.complete(line.substring(LISTENING.length()).trim());
                    } else {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                output.append("(output ended: ").append(e.getClass().getSimpleName()).append(")\n");
            }
            listening.completeExceptionally(new IOException("the emulator ended before listening; exit "
                + exitOf(p) + ", output:\n" + output));
        }, "emulator-output");
        drain.setDaemon(true);
        drain.start();
        String what = "(" + String.join(" ", launch.subList(0, Math.min(2, launch.size()))) + ")";
        try {
            String cs = listening.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!cs.startsWith("endpoint=")) {
                p.destroyForcibly();
                throw new IllegalStateException("unexpected listening line (no endpoint=) from the emulator " + what);
            }
            return new EmulatorProcess(p, cs, output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for the emulator");
        } catch (ExecutionException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the emulator process failed to start " + what + ": "
                + e.getCause().getMessage());
        } catch (TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the emulator " + what + " did not print its listening line within "
                + wait.toSeconds() + " s");
        }
    }

    /** The exit code once the process has ended (the drain thread reached the end of its output). */
    private static String exitOf(Process p) {
        try {
            return p.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** No process can be launched here: a reason outside the project (the only one a suite may skip for). */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** {@code endpoint=http://127.0.0.1:PORT/;accesskey=...}: carries the key, never print it. */
    String connectionString() {
        return connectionString;
    }

    /** The emulator's output so far (without the listening line). */
    String output() {
        return output.toString();
    }

    /** Kills the process with SIGKILL (no shutdown hook runs, nothing is flushed) and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the emulator did not end within 30 s of SIGKILL");
        }
        checkOutput();
    }

    /**
     * Hands everything the process printed (except the listening line, whose connection string carries the key by
     * design) to {@link SecretGuard#check}; runs when the process is killed or closed.
     */
    void checkOutput() {
        SecretGuard.check("the output of emulator process " + process.pid(), output.toString());
    }

    /** @return the process id */
    long pid() {
        return process.pid();
    }

    /** Stops it (SIGTERM, then SIGKILL after 10 s). */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        checkOutput();
    }
}
