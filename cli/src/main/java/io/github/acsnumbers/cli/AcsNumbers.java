package io.github.acsnumbers.cli;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.siprouting.SipConfigurationChangedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.Interceptor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code acs-numbers}: phone numbers and SIP direct routing of an Azure Communication Services resource from the
 * command line, with the SIP configuration kept as a file (export, plan, apply).
 *
 * <p>Exit codes: 0 success (for {@code sip plan}: in sync), 1 any error (one line on standard error, the error kind
 * and what to do), 2 only from {@code sip plan}: changes are pending.</p>
 */
@Command(name = "acs-numbers", mixinStandardHelpOptions = true, versionProvider = AcsNumbers.Version.class,
    description = {"Phone numbers and SIP direct routing of an Azure Communication Services resource.",
        "",
        "Connection (on every command): --connection-string, or $" + Connection.ENVIRONMENT_VARIABLE
            + ", or --endpoint with Entra ID (DefaultAzureCredential), or --emulator (a fresh embedded emulator).",
        "Commands that change something ask for confirmation unless --yes; without a terminal and without --yes "
            + "they refuse.",
        "Exit codes: 0 success (sip plan: in sync), 1 error, 2 sip plan: changes pending."},
    subcommands = {SipCommands.class, NumbersCommands.class, OperationCommands.class,
        CommandLine.HelpCommand.class})
public final class AcsNumbers implements Callable<Integer> {
    /** Exit code of a failure. */
    static final int ERROR = 1;
    /** Exit code of {@code sip plan} when changes are pending. */
    static final int PENDING = 2;

    @Spec
    CommandSpec spec;

    private final Terminal terminal;
    private final List<Interceptor> interceptors;
    private final List<String> secrets = new ArrayList<>();
    private Connection connection;

    AcsNumbers(Terminal terminal, List<Interceptor> interceptors) {
        this.terminal = terminal;
        this.interceptors = List.copyOf(interceptors);
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // the log level must be chosen before the first logger exists
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.log.io.github.acsnumbers", "debug");
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, Terminal.system(), List.of());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line in this process (what {@link #main} and the tests call).
     *
     * @param args         the command line
     * @param out          standard output
     * @param err          standard error
     * @param terminal     standard input and environment
     * @param interceptors OkHttp interceptors added to every client (tests count requests with them)
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal, List<Interceptor> interceptors) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        AcsNumbers root = new AcsNumbers(terminal, interceptors);
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("error [USAGE]: " + root.redact(e.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return ERROR; // never 2: a pipeline gating on 'sip plan' must not read a typo as "changes pending"
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println(root.redact(describe(e)));
            if (verbose) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                c.getErr().print(root.redact(trace.toString()));
            }
            return ERROR;
        });
        try {
            return cli.execute(args);
        } finally {
            root.closeConnection();
            out.flush();
            err.flush();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ERROR;
    }

    /**
     * One line for a failure: {@code error [KIND]: message}. The SDK's messages already end with the ErrorKind's
     * hint (what to do) and never hold a key, signature or token.
     */
    static String describe(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof UserError) {
            return "error [" + ((UserError) t).kind() + "]: " + t.getMessage();
        }
        if (t instanceof CommunicationException) {
            CommunicationException ce = (CommunicationException) t;
            String line = "error [" + (ce.getKind() == null ? "SERVICE" : ce.getKind().name()) + "]: "
                + oneLine(ce.getMessage());
            if (line.contains("Entra ID token")) {
                line += " For --endpoint, sign in with 'az login', or set AZURE_TENANT_ID, AZURE_CLIENT_ID and "
                    + "AZURE_CLIENT_SECRET (DefaultAzureCredential), or use a connection string.";
            }
            return line;
        }
        if (t instanceof SipConfigurationChangedException) {
            return "error [CONFIGURATION_CHANGED]: " + oneLine(t.getMessage())
                + " Nothing was sent; run 'sip plan' again and review the new plan.";
        }
        if (t instanceof IllegalArgumentException) {
            return "error [BAD_INPUT]: " + oneLine(t.getMessage());
        }
        if (t instanceof IllegalStateException) {
            return "error [INVALID_STATE]: " + oneLine(t.getMessage());
        }
        return "error [UNEXPECTED]: " + t.getClass().getSimpleName() + ": " + oneLine(String.valueOf(t.getMessage()))
            + " (run again with --verbose for details)";
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').trim();
    }

    // ---- shared state of one run, used by the commands ----

    Terminal terminal() {
        return terminal;
    }

    /** Remembers a secret (an access key) so that no line this tool prints can show it. */
    void addSecret(String secret) {
        if (secret != null && secret.length() >= 8) {
            secrets.add(secret);
        }
    }

    String redact(String text) {
        String s = text;
        for (String secret : secrets) {
            s = s.replace(secret, "***");
        }
        return s;
    }

    Connection connection(CommonOptions options) {
        if (connection == null) {
            connection = Connection.open(options, this, interceptors);
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** The version line of {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AcsNumbers.class.getPackage().getImplementationVersion();
            return new String[] {"acs-numbers " + (v == null ? "(development build)" : v)};
        }
    }
}
