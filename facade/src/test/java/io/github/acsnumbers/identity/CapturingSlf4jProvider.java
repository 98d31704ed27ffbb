package io.github.acsnumbers.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test-only SLF4J binding (registered in {@code META-INF/services}; test classes come first on the class path, so
 * it is the one SLF4J picks). While a capture is running it enables every level and keeps each formatted line
 * together with the messages of a logged throwable and its causes, so the tests read what the SDK really logs.
 * Everything is also passed on to slf4j-simple when that is on the class path, so other tests log as before.
 */
public final class CapturingSlf4jProvider implements SLF4JServiceProvider {
    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private volatile ILoggerFactory delegate;
    private final ILoggerFactory factory = name -> new CapturingLogger(name, delegate);

    /** Starts a fresh capture. */
    static void start() {
        LINES.clear();
        capturing = true;
    }

    /** @return the lines captured since {@link #start()}; capturing stops */
    static List<String> stop() {
        capturing = false;
        List<String> lines = new ArrayList<>(LINES);
        LINES.clear();
        return lines;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        try {
            SLF4JServiceProvider simple = (SLF4JServiceProvider) Class.forName("org.slf4j.simple.SimpleServiceProvider")
                .getDeclaredConstructor().newInstance();
            simple.initialize();
            delegate = simple.getLoggerFactory();
        } catch (ReflectiveOperationException | LinkageError absent) {
            delegate = null; // capture only
        }
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        private final transient Logger next;

        CapturingLogger(String name, ILoggerFactory delegate) {
            this.name = name;
            this.next = delegate == null ? null : delegate.getLogger(name);
        }

        private boolean passOn(Level level) {
            return next != null && next.isEnabledForLevel(level);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, args);
            if (passOn(level)) {
                next.atLevel(level).setCause(throwable).log(message);
            }
            if (!capturing) {
                return;
            }
            StringBuilder line = new StringBuilder(level + " " + name + " " + message);
            for (Throwable t = throwable; t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            LINES.add(line.toString());
        }

        @Override
        public boolean isTraceEnabled() {
            return capturing || passOn(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return capturing || passOn(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return capturing || passOn(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return capturing || passOn(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return capturing || passOn(Level.ERROR);
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return isDebugEnabled();
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return isInfoEnabled();
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return isWarnEnabled();
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return isErrorEnabled();
        }
    }
}
