package io.github.acsnumbers.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds Node and npm, installs the JS peer's pinned dependencies ({@code npm ci} from its package-lock.json) and
 * runs {@code peer.js}. When Node or npm is missing, too old, or {@code npm ci} fails (no registry, offline),
 * {@link #prepare} returns a reason instead and the Java figures are measured alone.
 */
final class JsPeer {
    static final String SCRIPT = "peer.js";
    static final String PACKAGE = "@azure/communication-phone-numbers";

    private final String node;
    private final Path dir;
    private final String version;

    private JsPeer(String node, Path dir, String version) {
        this.node = node;
        this.dir = dir;
        this.version = version;
    }

    /** The outcome of {@link #prepare}: a ready peer or why there is none. */
    record Prepared(JsPeer peer, String skipReason) {
    }

    String describe() {
        return "node " + version + ", " + PACKAGE + " " + installedVersion() + " in " + dir;
    }

    String installedVersion() {
        Path pkg = dir.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
        try {
            JsonObject o = JsonParser.parseString(Files.readString(pkg)).getAsJsonObject();
            return o.get("version").getAsString();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * @param dir the peer directory (package.json, package-lock.json, peer.js)
     * @param out where npm's progress goes
     */
    static Prepared prepare(Path dir, PrintStream out) {
        if (dir == null || !Files.isRegularFile(dir.resolve(SCRIPT)) || !Files.isRegularFile(dir.resolve(
            "package-lock.json"))) {
            return new Prepared(null, "no JS peer directory with " + SCRIPT + " and package-lock.json at " + dir
                + " (the build copies bench/peer-js to bench/target/peer-js; or pass --peer-js=DIR)");
        }
        String node = System.getenv().getOrDefault("ACS_BENCH_NODE", "node");
        Result v = run(List.of(node, "--version"), dir, 30);
        if (v.code != 0) {
            return new Prepared(null, "Node.js not found ('" + node + " --version' failed: " + v.output.trim()
                + "); install Node 18+ and npm to measure the JS SDK");
        }
        String version = v.output.trim();
        int major = parseMajor(version);
        if (major < 18) {
            return new Prepared(null, "Node.js " + version + " is too old for " + PACKAGE + " (needs 18+)");
        }
        Path installed = dir.resolve("node_modules").resolve(PACKAGE).resolve("package.json");
        Path marker = dir.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.isRegularFile(installed) || !Files.isRegularFile(marker) || olderThanLock(marker, dir)) {
            String npm = System.getenv().getOrDefault("ACS_BENCH_NPM", "npm");
            Result n = run(List.of(npm, "--version"), dir, 60);
            if (n.code != 0) {
                return new Prepared(null, "npm not found ('" + npm + " --version' failed: " + n.output.trim()
                    + "); it installs the pinned " + PACKAGE);
            }
            out.println("    npm ci in " + dir + " (npm " + n.output.trim() + ")");
            Result ci = run(List.of(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"),
                dir, 600);
            if (ci.code != 0 || !Files.isRegularFile(installed)) {
                String text = ci.output.trim();
                return new Prepared(null, "npm ci failed (exit " + ci.code + "): "
                    + last(text, 400));
            }
        }
        return new Prepared(new JsPeer(node, dir, version), null);
    }

    private static boolean olderThanLock(Path marker, Path dir) {
        try {
            return Files.getLastModifiedTime(marker).compareTo(Files.getLastModifiedTime(
                dir.resolve("package-lock.json"))) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    static int parseMajor(String version) {
        try {
            String v = version.startsWith("v") ? version.substring(1) : version;
            return Integer.parseInt(v.substring(0, v.indexOf('.')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** {@code node [flags] peer.js MODE}. */
    List<String> command(String mode, String... nodeFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(node);
        cmd.addAll(List.of(nodeFlags));
        cmd.add(SCRIPT);
        cmd.add(mode);
        return cmd;
    }

    Path dir() {
        return dir;
    }

    /** Starts {@code peer.js serve} against the emulator; waits for its ready line. */
    ChildProcess serve(String connectionString) {
        ChildProcess p = ChildProcess.start("js-peer", command("serve"), dir,
            Map.of("ACS_BENCH_CONNECTION_STRING", connectionString));
        JsonObject ready = parse(p.awaitLine("peer ", Duration.ofSeconds(60)));
        if (!ready.get("ok").getAsBoolean()) {
            p.close();
            throw new IllegalStateException("the JS peer did not start: " + ready);
        }
        return p;
    }

    /** Sends one command to a serving peer and returns its answer; an error answer throws. */
    static JsonObject ask(ChildProcess serving, String command, Duration timeout) {
        serving.send(command);
        JsonObject answer = parse(serving.awaitLine("peer ", timeout));
        if (!answer.get("ok").getAsBoolean()) {
            throw new IllegalStateException("the JS peer answered an error: " + answer.get("error"));
        }
        return answer;
    }

    static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> cmd, Path dir, int timeoutSeconds) {
        try {
            Path log = Files.createTempFile("acs-bench-cmd", ".log");
            try {
                Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    return new Result(-1, "timed out after " + timeoutSeconds + " s: "
                        + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Result(-1, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static String last(String text, int max) {
        return text.length() <= max ? text : "..." + text.substring(text.length() - max);
    }
}
