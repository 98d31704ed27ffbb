package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo: walks through the SDK's scenarios (search, purchase, browse and reserve, purchase the reservation,
 * list, get, update capabilities, release, operator lookup, SIP trunks and routes, route dry-run, identity) and
 * prints what happens.
 *
 * <p>Without a connection string it starts the emulator in-process, so it runs with no Azure account. With
 * {@code --connection-string} or {@code COMMUNICATION_SERVICES_CONNECTION_STRING} it runs against that resource,
 * read-only unless {@code --allow-changes} is given (buying numbers costs money, SIP changes alter live routing).
 */
@Command(name = "acs-phonenumbers-demo", mixinStandardHelpOptions = true, version = "acs-phonenumbers demo",
    description = "Runs the SDK's scenarios against the embedded emulator, or against a resource given by "
        + "--connection-string / COMMUNICATION_SERVICES_CONNECTION_STRING (read-only unless --allow-changes).")
public final class DemoMain implements Callable<Integer> {
    /** The environment variable read when no --connection-string is given. */
    public static final String ENVIRONMENT_VARIABLE = "COMMUNICATION_SERVICES_CONNECTION_STRING";

    @Option(names = "--connection-string", description = "Target resource (or a standalone emulator). "
        + "Default: $" + ENVIRONMENT_VARIABLE + ", else an embedded emulator.")
    String connectionString;

    @Option(names = "--allow-changes", description = "Run the scenarios that buy, release or reconfigure (always on "
        + "for the embedded emulator).")
    boolean allowChanges;

    @Option(names = "--verbose", description = "Log every request and response line at DEBUG (no secrets).")
    boolean verbose;

    @Option(names = "--country", defaultValue = "US", description = "Country for the phone-number scenarios "
        + "(default: ${DEFAULT-VALUE}).")
    String country;

    @Option(names = "--poll-interval", description = "Wait between polls of long-running operations, e.g. PT2S "
        + "(default: 200 ms on loopback, 2 s otherwise).")
    Duration pollInterval;

    private DemoMain() {
    }

    /**
     * Entry point.
     *
     * @param args command line
     */
    public static void main(String[] args) {
        // the log level must be chosen before the first logger exists
        for (String a : args) {
            if ("--verbose".equals(a)) {
                System.setProperty("org.slf4j.simpleLogger.log.io.github.acsnumbers", "debug");
            }
        }
        int code = new CommandLine(new DemoMain())
            .setExecutionExceptionHandler((e, cmd, parsed) -> {
                cmd.getErr().println("Demo failed: " + describe(e));
                return 2;
            })
            .execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        String target = connectionString != null ? connectionString : System.getenv(ENVIRONMENT_VARIABLE);
        if (target != null && !target.isBlank()) {
            boolean loopback = target.contains("//127.") || target.contains("//localhost");
            Console out = new Console(System.out);
            out.heading("Running against " + endpointOf(target)
                + (allowChanges ? " (changes allowed)" : " (read-only; add --allow-changes to buy and configure)"));
            return new Scenarios(out, target, allowChanges, country,
                pollInterval != null ? pollInterval : loopback ? Duration.ofMillis(200) : Duration.ofSeconds(2)).runAll();
        }
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(5).start()) {
            Console out = new Console(System.out);
            out.heading("Started the embedded emulator at " + emulator.endpoint() + " (no Azure account needed)");
            return new Scenarios(out, emulator.connectionString(), true, country,
                pollInterval != null ? pollInterval : Duration.ofMillis(200)).runAll();
        }
    }

    /** The endpoint part of a connection string, for the banner (the key is never printed). */
    static String endpointOf(String connectionString) {
        for (String part : connectionString.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "endpoint=", 0, 9)) {
                return p.substring(9);
            }
        }
        return "the configured resource";
    }

    /** One line for an exception: its message, never a stack trace. */
    static String describe(Throwable e) {
        if (e instanceof CommunicationException || e instanceof IllegalArgumentException
            || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
