package io.github.acsnumbers.identity;

import java.util.List;

/**
 * Public access to the test logging capture ({@link CapturingSlf4jProvider}) for tests in other packages: what the
 * SDK logs, formatted, level and logger name first.
 */
public final class LogCapture {
    private LogCapture() {
    }

    /** Starts a fresh capture (every level is enabled while it runs). */
    public static void start() {
        CapturingSlf4jProvider.start();
    }

    /** @return the lines logged since {@link #start()}; capturing stops */
    public static List<String> stop() {
        return CapturingSlf4jProvider.stop();
    }

    /** @return true when the capturing provider is the one SLF4J uses (else nothing can be captured) */
    public static boolean active() {
        return org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName()
            .startsWith(CapturingSlf4jProvider.class.getName());
    }
}
