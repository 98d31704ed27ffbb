package io.github.acsnumbers.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A long-lived child process (the standalone emulator, the JS peer in serve mode) whose standard output is read
 * line by line on a daemon thread, so the caller can wait for one line with a bounded timeout. Closing it ends
 * the process (politely first, then by force) and never leaves it behind.
 */
final class ChildProcess implements AutoCloseable {
    private static final String EOF = "\u0000eof";

    private final String name;
    private final Process process;
    private final BufferedWriter stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    /** The last lines seen, for error messages (the key never appears in them: it travels in the environment). */
    private final Deque<String> tail = new ArrayDeque<>();

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::pump, "bench-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(String name, List<String> command, Path dir, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().putAll(env);
        try {
            return new ChildProcess(name, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command.get(0), e);
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (tail) {
                    // the emulator prints its connection string: keep the key out of any error message
                    tail.addLast(line.replaceAll("(?i)accesskey=[^;\\s]+", "accesskey=***"));
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // the process went away; EOF below tells the waiting caller
        }
        lines.add(EOF);
    }

    /**
     * Waits for the next line that starts with {@code prefix} (other lines are skipped).
     *
     * @return the line without the prefix
     * @throws IllegalStateException on timeout or when the process ends first
     */
    String awaitLine(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IllegalStateException(name + " printed no '" + prefix.trim() + "' line within "
                        + timeout.toSeconds() + " s; last output: " + tail());
                }
                if (line.equals(EOF)) {
                    lines.add(EOF);
                    throw new IllegalStateException(name + " ended before printing '" + prefix.trim()
                        + "'; last output: " + tail());
                }
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    void send(String line) {
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + name + "; last output: " + tail(), e);
        }
    }

    String tail() {
        synchronized (tail) {
            return String.join(" | ", tail);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // the process may already be gone
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
