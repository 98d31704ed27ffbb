package io.github.acsnumbers.emulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone process: the listening line, SIGTERM, and an acknowledged write surviving SIGKILL. */
class EmulatorProcessTest {

    private static final String KEY = "dGVzdC1rZXk=";
    private static final Pattern LINE = Pattern.compile("endpoint=(http://127\\.0\\.0\\.1:(\\d+))/;accesskey=(\\S+)");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Running(Process process, String endpoint) {
    }

    private Running launch(Path dataFile, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(EmulatorMain.class.getName());
        cmd.addAll(List.of("--port", "0", "--access-key", KEY, "--purchased", "5", "--data-file",
                dataFile.toString(), "--operation-delay", "0ms"));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                assertEquals(KEY, m.group(3));
                return new Running(p, m.group(1));
            }
        }
        throw new AssertionError("the emulator exited without printing its connection string");
    }

    private HttpResponse<String> send(String endpoint, String method, String target, String body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        String toSign = method + "\n" + target + "\n" + date + ";" + URI.create(endpoint).getAuthority() + ";" + hash;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
        String sig = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + target))
                .header("x-ms-date", date).header("x-ms-content-sha256", hash)
                .header("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                        + sig)
                .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aConnectionThatStallsMidRequestIsClosedAfterTheReadTimeout() throws Exception {
        Running running = launch(dir.resolve("timeout.mv.db"), "--read-timeout", "1s");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), URI.create(running.endpoint()).getPort())) {
            s.getOutputStream().write(("POST /phoneNumbers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n"
                    + "\r\n{").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.setSoTimeout(20_000); // generous: the server closes after about 1-2 s
            int read;
            try {
                read = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                read = -1; // closed by the server
            }
            assertEquals(-1, read, "the server closed the stalled connection without an answer");
            // and it still serves
            assertEquals(200, send(running.endpoint(), "GET", "/phoneNumbers?api-version=2025-06-01", null)
                    .statusCode());
        } finally {
            running.process().destroy();
            running.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedWritesSurviveAKillAndSigtermStopsCleanly() throws Exception {
        Path data = dir.resolve("process.mv.db");
        Running first = launch(data);
        String number;
        try {
            HttpResponse<String> search = send(first.endpoint(), "POST",
                    "/availablePhoneNumbers/countries/GB/:search?api-version=2025-06-01",
                    "{\"phoneNumberType\":\"geographic\",\"assignmentType\":\"person\",\"capabilities\":"
                            + "{\"calling\":\"inbound\",\"sms\":\"none\"}}");
            assertEquals(202, search.statusCode(), search.body());
            String searchId = search.headers().firstValue("search-id").orElseThrow();
            String results = send(first.endpoint(), "GET", "/availablePhoneNumbers/searchResults/" + searchId
                    + "?api-version=2025-06-01", null).body();
            Matcher m = Pattern.compile("\"phoneNumbers\":\\[\"(\\+44\\d+)\"").matcher(results);
            assertTrue(m.find(), results);
            number = m.group(1);
            assertEquals(202, send(first.endpoint(), "POST", "/availablePhoneNumbers/:purchase?api-version=2025-06-01",
                    "{\"searchId\":\"" + searchId + "\"}").statusCode());
        } finally {
            first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
            first.process().waitFor(10, TimeUnit.SECONDS);
        }

        Running second = launch(data);
        try {
            HttpResponse<String> got = send(second.endpoint(), "GET", "/phoneNumbers/" + number
                    + "?api-version=2025-06-01", null);
            assertEquals(200, got.statusCode(), got.body());
            assertTrue(got.body().contains("\"countryCode\":\"GB\""), got.body());
            assertTrue(send(second.endpoint(), "GET", "/phoneNumbers?api-version=2025-06-01", null).body()
                    .split("\"phoneNumber\":").length - 1 == 6);
        } finally {
            second.process().destroy(); // SIGTERM: the shutdown hook flushes and exits
            assertTrue(second.process().waitFor(10, TimeUnit.SECONDS), "stops on SIGTERM");
        }
        assertEquals(143, second.process().exitValue(), "128 + SIGTERM");
    }
}
