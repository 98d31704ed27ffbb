package io.github.acsnumbers.cli;

import picocli.CommandLine.Option;

/** The options every command takes: where the resource is, how to authenticate, and how to behave. */
final class CommonOptions {
    @Option(names = "--connection-string", paramLabel = "CS",
        description = "endpoint=https://<resource>.communication.azure.com/;accesskey=<key>. "
            + "Default: $" + Connection.ENVIRONMENT_VARIABLE + ".")
    String connectionString;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "The resource's endpoint, authenticated with Entra ID (DefaultAzureCredential: environment, "
            + "managed identity, Azure CLI login, ...).")
    String endpoint;

    @Option(names = "--emulator",
        description = "Run against a fresh embedded emulator (to try the tool out; its state ends with the command).")
    boolean emulator;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation before changing anything.")
    boolean yes;

    @Option(names = "--verbose",
        description = "Log every request line and show stack traces of errors (never a key, signature or token).")
    boolean verbose;
}
