package io.github.acsnumbers.emulator.cli;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.faults.FaultKind;
import io.github.acsnumbers.emulator.faults.FaultPlan;
import io.github.acsnumbers.emulator.http.EmulatorHttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the emulator as a process: {@code java -jar acs-phonenumbers-emulator.jar --port 8080 --access-key KEY}.
 * Prints one line with the connection string once listening, and stops cleanly (data file flushed) on SIGTERM
 * or Ctrl-C.
 */
@Command(name = "acs-phonenumbers-emulator", mixinStandardHelpOptions = true,
        description = {"Local emulator of Azure Communication Services on 127.0.0.1, one port and one access key for "
                + "three services:",
            "  Phone Numbers (/availablePhoneNumbers, /phoneNumbers, /operatorInformation),",
            "  SIP Routing (/sip: trunks, routes, domains),",
            "  Identity (/identities, access tokens, Teams token exchange)."})
public final class EmulatorMain implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port = 0;

    @Option(names = "--access-key", description = "Base64 access key; random when omitted.")
    String accessKey;

    @Option(names = "--seed", description = "Inventory seed. Default: ${DEFAULT-VALUE}")
    long seed = 0;

    @Option(names = "--purchased", description = "Pre-populated purchased numbers. Default: ${DEFAULT-VALUE}")
    int purchased = 0;

    @Option(names = "--data-file", description = "H2 MVStore file; state survives restarts. Default: memory only.")
    Path dataFile;

    @Option(names = "--faults", description = "Share of responses that fault, 0..1. Default: ${DEFAULT-VALUE}")
    double faultRate = 0;

    @Option(names = "--fault-seed", description = "Seed of the fault sequence. Default: ${DEFAULT-VALUE}")
    long faultSeed = 0;

    @Option(names = "--fault-kinds", split = ",",
            description = "Fault kinds to draw from (default all): throttle-with-retry-after, "
                    + "throttle-without-retry-after, service-unavailable, internal-error, drop-before-apply, "
                    + "drop-after-apply, slow-response")
    List<String> faultKinds;

    @Option(names = "--fault-families", split = ",",
            description = "Route families eligible for faults (default all), e.g. numbers,search,purchase,"
                    + "release,capabilities,operations,catalog,browse,reservations,operatorInformation,sip,identity")
    List<String> faultFamilies;

    @Option(names = "--slow-delay", converter = DurationConverter.class,
            description = "Delay of SLOW_RESPONSE faults (e.g. 2s, 500ms). Default: 2s")
    Duration slowDelay = Duration.ofSeconds(2);

    @Option(names = "--retry-after", description = "Retry-After seconds on 429 faults. Default: ${DEFAULT-VALUE}")
    int retryAfter = 1;

    @Option(names = "--operation-delay", converter = DurationConverter.class,
            description = "Time each long-running operation takes (e.g. 300ms, 8s, PT20S). Default: 300ms")
    Duration operationDelay = Duration.ofMillis(300);

    @Option(names = "--realistic-timing", description = "Operation durations like the real service (8-20 s).")
    boolean realistic;

    @Option(names = "--bearer-token", description = "Also accept this bearer token (Authorization: Bearer ...).")
    String bearerToken;

    @Option(names = "--sip-domains", split = ",",
            description = "SIP domains registered on the resource (e.g. contoso.com,fabrikam.com); trunks must then "
                    + "lie in one of them (422 MissingDomain otherwise). Default: none, any trunk is accepted.")
    List<String> sipDomains;

    @Option(names = "--log-requests", description = "Print one line per request: method, path and query, status, "
            + "time (never headers or bodies, so no key, signature or token).")
    boolean logRequests;

    @Option(names = "--read-timeout", converter = DurationConverter.class,
            description = "Close a connection whose request has not fully arrived (and been answered) after this "
                    + "long, whole seconds (e.g. 10s). Default: 30s")
    Duration readTimeout;

    /** Starts the emulator and blocks until the process is asked to stop. */
    @Override
    public Integer call() throws InterruptedException {
        if (readTimeout != null) {
            if (readTimeout.getSeconds() < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--read-timeout must be at least 1s");
            }
            // read by the JDK server once, when the first server starts: set it before starting
            System.setProperty(EmulatorHttpServer.READ_TIMEOUT_PROPERTY, Long.toString(readTimeout.getSeconds()));
        }
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        if (faultKinds != null) {
            faultKinds.forEach(k -> kinds.add(FaultPlan.parseKind(k)));
        }
        Set<String> families = new LinkedHashSet<>();
        if (faultFamilies != null) {
            faultFamilies.forEach(f -> families.add(f.trim()));
        }
        FaultPlan plan = new FaultPlan(faultRate, faultSeed, kinds, families, slowDelay, retryAfter);
        PhoneNumbersEmulator.Builder b = PhoneNumbersEmulator.builder().port(port).seed(seed).purchased(purchased)
                .dataFile(dataFile).faults(plan);
        if (accessKey != null) {
            b.accessKey(accessKey);
        }
        if (realistic) {
            b.realisticOperationDelays();
        } else {
            b.operationDelay(operationDelay);
        }
        if (bearerToken != null) {
            b.acceptBearerToken(bearerToken);
        }
        if (logRequests) {
            b.requestLog(line -> {
                System.out.println(line);
                System.out.flush();
            });
        }
        if (sipDomains != null) {
            b.sipDomains(sipDomains.toArray(String[]::new));
        }
        PhoneNumbersEmulator emulator = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "acs-emulator-shutdown"));
        // the one line callers wait for; it carries the key the user chose or was given
        System.out.println("ACS emulator listening: " + emulator.connectionString());
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        CommandLine cmd = new CommandLine(new EmulatorMain());
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return 2;
        });
        int code = cmd.execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parses {@code 300ms}, {@code 8s}, {@code 2m} or ISO-8601 {@code PT8S}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt") || v.startsWith("p")) {
                    return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
                }
                if (v.endsWith("s")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                }
                if (v.endsWith("m")) {
                    return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()) * 60);
                }
                return Duration.ofMillis(Long.parseLong(v));
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("invalid duration '" + value
                        + "' (use e.g. 300ms, 8s, 2m or PT8S)");
            }
        }
    }
}
