package io.github.acsnumbers.cli;

import static io.github.acsnumbers.cli.CliHarness.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers and operation commands in process against the emulator. */
class NumbersCommandsTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private PhoneNumbersClient client;

    @BeforeEach
    void start() {
        cli = new CliHarness(130); // more than one page of the list
        client = new PhoneNumbersClientBuilder().connectionString(cli.emulator.connectionString()).buildClient();
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private Set<String> owned() {
        return client.listPurchasedPhoneNumbers().stream().map(PurchasedPhoneNumber::getPhoneNumber)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean isOwned(String number) {
        try {
            client.getPurchasedPhoneNumber(number);
            return true;
        } catch (CommunicationException e) {
            return false;
        }
    }

    @Test
    void listsEveryOwnedNumberAsCsvAndJson() {
        Set<String> owned = owned();
        assertEquals(130, owned.size());

        CliHarness.Result csv = cli.run("numbers", "list", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("phoneNumber,countryCode,type,assignment,calling,sms,cost,purchaseDate", lines.get(0));
        assertEquals(owned, lines.stream().skip(1).map(l -> l.split(",")[0])
            .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(131, lines.size());

        CliHarness.Result json = cli.run("numbers", "list", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonArray array = JsonParser.parseString(json.out()).getAsJsonArray();
        Set<String> fromJson = new TreeSet<>();
        array.forEach(e -> fromJson.add(e.getAsJsonObject().get("phoneNumber").getAsString()));
        assertEquals(owned, fromJson);
        assertEquals(130, array.size());
        String first = owned.iterator().next();
        PurchasedPhoneNumber n = client.getPurchasedPhoneNumber(first);
        array.forEach(e -> {
            if (e.getAsJsonObject().get("phoneNumber").getAsString().equals(first)) {
                assertEquals(n.getCapabilities().getCalling().toString(),
                    e.getAsJsonObject().get("calling").getAsString());
            }
        });

        CliHarness.Result table = cli.run("numbers", "list");
        assertTrue(table.out().contains("130 number(s)."), table.out());
    }

    @Test
    void bulkReleaseWithANotOwnedNumberInTheMiddle() throws Exception {
        List<String> numbers = new ArrayList<>(owned()).subList(0, 4);
        String notOwned = "+19995550100";
        assertFalse(isOwned(notOwned));
        Path file = dir.resolve("release.txt");
        Files.writeString(file, "# numbers to let go\n" + numbers.get(0) + "\n" + numbers.get(1) + "\n\n" + notOwned
            + "\n" + numbers.get(2) + "\n" + numbers.get(3) + "\n");

        CliHarness.Result r = cli.run("numbers", "release", "--from-file", file.toString(), "--concurrency", "8",
            "--yes");
        assertEquals(1, r.code(), r.all()); // one failed
        for (String n : numbers) {
            assertFalse(isOwned(n), n + " should be released");
            assertTrue(Pattern.compile("(?m)^\\Q" + n + "\\E\\s+released$").matcher(r.out()).find(), r.out());
        }
        Matcher failed = Pattern.compile("(?m)^\\Q" + notOwned + "\\E\\s+error \\[(\\w+)\\]: .+$").matcher(r.out());
        assertTrue(failed.find(), r.out());
        assertTrue(r.out().contains("4 of 5 numbers released; 1 failed."), r.out());
        // progress without a terminal: one plain line per number
        assertEquals(5, r.err().lines().filter(l -> l.matches("\\[\\d/5\\] \\+\\d+ (released|failed)")).count(),
            r.err());
        assertEquals(126, owned().size());
    }

    @Test
    void releaseAsksUnlessYes() {
        String number = owned().iterator().next();
        CliHarness.Result pipeline = cli.run("numbers", "release", number);
        assertOneLineError(pipeline, "CONFIRMATION_NEEDED");
        assertTrue(isOwned(number));

        CliHarness.Result no = cli.runAnswering("no\n", "numbers", "release", number);
        assertTrue(no.out().contains("Do you want to release 1 number(s) (" + number + ")?"), no.out());
        assertOneLineError(no, "CANCELLED");
        assertTrue(isOwned(number));

        CliHarness.Result eof = cli.runAnswering("", "numbers", "release", number);
        assertOneLineError(eof, "CANCELLED");
        assertTrue(isOwned(number));

        CliHarness.Result yes = cli.runAnswering("yes\n", "numbers", "release", number);
        assertEquals(0, yes.code(), yes.all());
        assertTrue(yes.out().contains("1 of 1 numbers released."), yes.out());
        assertFalse(isOwned(number));
    }

    @Test
    void updateOneAndManyNumbers() throws Exception {
        List<String> numbers = new ArrayList<>(owned()).subList(0, 3);
        CliHarness.Result one = cli.run("numbers", "update", numbers.get(0), "--calling", "inbound+outbound",
            "--sms", "none", "--yes");
        assertEquals(0, one.code(), one.all());
        assertEquals(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
            client.getPurchasedPhoneNumber(numbers.get(0)).getCapabilities().getCalling());

        Path csv = dir.resolve("numbers.csv");
        Files.writeString(csv, "phoneNumber,countryCode\n" + numbers.get(1) + ",US\n" + numbers.get(2) + ",US\n");
        CliHarness.Result many = cli.run("numbers", "update", "--from-file", csv.toString(), "--calling", "inbound",
            "--yes");
        assertEquals(0, many.code(), many.all());
        assertTrue(many.out().contains("2 of 2 numbers updated."), many.out());
        for (String n : numbers.subList(1, 3)) {
            assertEquals(PhoneNumberCapabilityType.INBOUND, client.getPurchasedPhoneNumber(n).getCapabilities()
                .getCalling());
        }
        assertOneLineError(cli.run("numbers", "update", numbers.get(0), "--yes"), "USAGE");
    }

    @Test
    void searchBuyShowAndReattachToTheOperation() {
        CliHarness.Result search = cli.run("numbers", "search", "US", "--type", "tollFree", "--calling", "outbound",
            "--quantity", "2");
        assertEquals(0, search.code(), search.all());
        Matcher id = Pattern.compile("Search id:\\s+(\\S+)").matcher(search.out());
        assertTrue(id.find(), search.out());
        String searchId = id.group(1);
        assertTrue(search.out().contains("Cost:"), search.out());
        Matcher nums = Pattern.compile("Numbers:\\s+(.+)").matcher(search.out());
        assertTrue(nums.find());
        List<String> found = List.of(nums.group(1).trim().split(",\\s*"));
        assertEquals(2, found.size());

        CliHarness.Result shown = cli.run("operation", "show", "search_" + searchId);
        assertEquals(0, shown.code(), shown.all());
        assertTrue(shown.out().contains("Status:      succeeded"), shown.out());
        CliHarness.Result waited = cli.run("operation", "wait", "search_" + searchId);
        assertEquals(0, waited.code(), waited.all());
        assertTrue(waited.out().contains("Search id:  " + searchId), waited.out());

        CliHarness.Result refused = cli.run("numbers", "buy", searchId);
        assertOneLineError(refused, "CONFIRMATION_NEEDED");
        assertTrue(refused.out().contains("Cost: 2 number(s) at "), refused.out()); // what it costs, before asking
        assertFalse(isOwned(found.get(0)));

        CliHarness.Result buy = cli.run("numbers", "buy", searchId, "--yes");
        assertEquals(0, buy.code(), buy.all());
        for (String n : found) {
            assertTrue(isOwned(n), n);
            CliHarness.Result show = cli.run("numbers", "show", n, "--format", "csv");
            assertEquals(0, show.code(), show.all());
            assertTrue(show.out().contains(n + ",US,tollFree,application,outbound"), show.out());
        }
        CliHarness.Result purchase = cli.run("operation", "wait", "purchase_" + searchId);
        assertEquals(0, purchase.code(), purchase.all());
        assertTrue(purchase.out().contains("succeeded"), purchase.out());
    }

    @Test
    void browseReserveAndBuyTheReservation() {
        CliHarness.Result browse = cli.run("numbers", "browse", "US", "--type", "tollFree", "--format", "csv");
        assertEquals(0, browse.code(), browse.all());
        List<String> offered = browse.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertTrue(offered.size() >= 2, browse.out());

        CliHarness.Result reserve = cli.run("numbers", "reserve", "US", offered.get(0), offered.get(1), "--type",
            "tollFree", "--yes");
        assertEquals(0, reserve.code(), reserve.all());
        Matcher id = Pattern.compile("Reservation (\\S+) holds").matcher(reserve.out());
        assertTrue(id.find(), reserve.out());
        CliHarness.Result buy = cli.run("numbers", "buy", "--reservation", id.group(1), "--yes");
        assertEquals(0, buy.code(), buy.all());
        assertTrue(buy.out().contains("Cost: 2 number(s)"), buy.out());
        assertTrue(isOwned(offered.get(0)) && isOwned(offered.get(1)));
    }

    @Test
    void catalog() {
        CliHarness.Result countries = cli.run("numbers", "countries");
        assertEquals(0, countries.code(), countries.all());
        assertTrue(countries.out().lines().anyMatch(l -> l.startsWith("US ")), countries.out());
        CliHarness.Result offerings = cli.run("numbers", "offerings", "US", "--format", "json");
        assertEquals(0, offerings.code(), offerings.all());
        assertFalse(JsonParser.parseString(offerings.out()).getAsJsonArray().isEmpty());
        CliHarness.Result localities = cli.run("numbers", "localities", "US");
        assertEquals(0, localities.code(), localities.all());
        assertTrue(localities.out().lines().count() > 1, localities.out());
        CliHarness.Result areaCodes = cli.run("numbers", "area-codes", "US", "--type", "tollFree");
        assertEquals(0, areaCodes.code(), areaCodes.all());
        assertTrue(areaCodes.out().lines().count() > 1, areaCodes.out());
    }

    @Test
    void errorsAreOneLineWithTheKindAndNoSecret() {
        CliHarness.Result unknown = cli.run("numbers", "show", "+19995550123");
        assertOneLineError(unknown, "NOT_FOUND");
        assertTrue(unknown.err().contains(io.github.acsnumbers.core.error.ErrorKind.NOT_FOUND.getHint()),
            unknown.err());

        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String wrongKey = Base64.getEncoder().encodeToString(raw);
        io.github.acsnumbers.testing.SecretGuard.register(wrongKey);
        cli.env().put(Connection.ENVIRONMENT_VARIABLE, "endpoint=" + cli.emulator.endpoint() + ";accesskey="
            + wrongKey);
        CliHarness.Result denied = cli.run("numbers", "list");
        assertOneLineError(denied, "DENIED");
        assertTrue(denied.err().contains("check the access key"), denied.err());
        assertFalse(denied.all().contains(wrongKey));

        CliHarness.Result verbose = cli.run("numbers", "list", "--verbose");
        assertEquals(1, verbose.code());
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace");
        assertFalse(verbose.all().contains(wrongKey));

        cli.env().remove(Connection.ENVIRONMENT_VARIABLE);
        CliHarness.Result none = cli.run("numbers", "list");
        assertOneLineError(none, "NO_CONNECTION");
        assertTrue(none.err().contains("--emulator"), none.err());

        CliHarness.Result malformed = cli.run("numbers", "list", "--connection-string", "endpoint=nothing");
        assertOneLineError(malformed, "BAD_INPUT");

        CliHarness.Result twoWays = cli.run("numbers", "list", "--emulator", "--endpoint", "https://x.example");
        assertOneLineError(twoWays, "USAGE");
    }

    @Test
    void embeddedEmulator() {
        CliHarness.Result r = cli.run("numbers", "list", "--emulator", "--format", "csv");
        assertEquals(0, r.code(), r.all());
        assertEquals(4, r.out().lines().count(), r.out()); // header and the three numbers it starts with
        assertTrue(r.err().startsWith("Started an embedded emulator at http://127.0.0.1:"), r.err());
    }
}
