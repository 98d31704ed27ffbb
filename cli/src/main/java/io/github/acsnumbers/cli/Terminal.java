package io.github.acsnumbers.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the tool needs from the world outside its arguments: standard input (for confirmations), whether a person
 * sits at it, whether standard error is a terminal (progress bars), and the environment. Tests pass their own.
 */
final class Terminal {
    private final InputStream stdin;
    private final boolean interactive;
    private final boolean progressBars;
    private final Function<String, String> environment;
    private BufferedReader reader;

    /**
     * @param stdin        where confirmations are read from
     * @param interactive  whether a person can answer a question on {@code stdin}
     * @param progressBars whether progress can be drawn in place (a terminal) rather than printed as lines
     * @param environment  environment variable lookup
     */
    Terminal(InputStream stdin, boolean interactive, boolean progressBars, Function<String, String> environment) {
        this.stdin = Objects.requireNonNull(stdin);
        this.interactive = interactive;
        this.progressBars = progressBars;
        this.environment = Objects.requireNonNull(environment);
    }

    /** @return the process's own terminal: stdin, {@code System.console()} and the environment */
    static Terminal system() {
        boolean console = System.console() != null;
        return new Terminal(System.in, console, console, System::getenv);
    }

    /** @return a terminal for tests and pipelines: the given input, the given environment */
    static Terminal of(InputStream stdin, boolean interactive, Map<String, String> environment) {
        return new Terminal(stdin, interactive, false, environment::get);
    }

    boolean isInteractive() {
        return interactive;
    }

    boolean progressBars() {
        return progressBars;
    }

    String env(String name) {
        return environment.apply(name);
    }

    /** @return the next line of standard input, or null at its end */
    synchronized String readLine() {
        try {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            }
            return reader.readLine();
        } catch (IOException e) {
            throw new UserError("INPUT", "Cannot read the answer from standard input (" + e.getMessage()
                + "); pass --yes to skip the question.");
        }
    }
}
