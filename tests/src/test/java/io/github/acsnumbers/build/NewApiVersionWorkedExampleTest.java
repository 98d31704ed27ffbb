package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.http.ApiRequest;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.Route;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.spectools.SpecDiff;
import io.github.acsnumbers.testing.SecretGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of README "Taking a new api-version": {@code src/test/resources/specs/phonenumbers-next.yaml}
 * is a synthetic next version of our phone-numbers document with one operation added ({@code listRegulations}),
 * one response field added ({@code PurchasedPhoneNumber.carrierName}), one enum value added
 * ({@code PhoneNumberType shortCode}) and one optional parameter removed ({@code skip} of {@code listPhoneNumbers}).
 * Each step of the walkthrough is checked here: the spec diff reports every change with the facade methods and
 * emulator routes it touches, the stubs regenerate and compile, the coverage check names the new operation, and the
 * current facade keeps working against an emulator that speaks the new version.
 */
class NewApiVersionWorkedExampleTest {
    static Path nextVersion() throws Exception {
        return Path.of(NewApiVersionWorkedExampleTest.class.getResource("/specs/phonenumbers-next.yaml").toURI());
    }

    @Test
    void specDiffReportsEachChangeAndTheCodeItTouches() throws Exception {
        Path root = RegenerationTest.findRootForTests();
        String report = SpecDiff.report(root.resolve("api-spec/phonenumbers.yaml"), nextVersion(), root);

        // the added operation: no facade method yet, no emulator route yet
        assertTrue(report.contains("- ADDED GET /availablePhoneNumbers/countries/{countryCode}/regulations "
            + "(operationId `listRegulations`)\n  - facade: no method"), report);
        // the removed optional parameter and the added response field both change listPhoneNumbers: the report
        // names the facade methods annotated with it and the emulator route that serves it
        int changed = report.indexOf("- CHANGED GET /phoneNumbers (operationId `listPhoneNumbers`)");
        assertTrue(changed >= 0, report);
        String entry = report.substring(changed, report.indexOf("\n- ", changed + 1) < 0 ? report.length()
            : report.indexOf("\n- ", changed + 1));
        assertTrue(entry.contains("PhoneNumbersClient.listPurchasedPhoneNumbers"), entry);
        assertTrue(entry.contains("PhoneNumbersAsyncClient.listPurchasedPhoneNumbers"), entry);
        assertTrue(entry.matches("(?s).*emulator: PhoneNumbersApi\\.java:\\d+.*"), entry);
        // getByNumber returns the model that gained a field, so it is reported too
        assertTrue(report.contains("- CHANGED GET /phoneNumbers/{phoneNumber} (operationId `getByNumber`)"), report);

        String details = report.substring(report.indexOf("## Changes in detail"));
        assertTrue(details.contains("skip"), "removed parameter in the details:\n" + details);
        assertTrue(details.contains("carrierName"), "added response field in the details:\n" + details);
        assertTrue(details.contains("shortCode"), "added enum value in the details:\n" + details);
    }

    @Test
    void theCoverageCheckNamesTheNewOperation() throws Exception {
        assertEquals(List.of("listRegulations (phonenumbers-next.yaml)"),
            OperationCoverageTest.missingOperations(List.of(nextVersion())));
    }

    @Test
    void theNextVersionRegeneratesAndTheStubsCompile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("gen");
        RegenerationTest.generate(nextVersion(), "phonenumbers", "PhoneNumbers", out);
        Path pkg = out.resolve("src/main/java/io/github/acsnumbers/generated/phonenumbers");
        assertTrue(Files.readString(pkg.resolve("api/PhoneNumbersApi.java")).contains("listRegulations("));
        String purchased = Files.readString(pkg.resolve("model/PurchasedPhoneNumber.java"));
        assertTrue(purchased.contains("getCarrierName()"), "the new response field is in the model");
        assertTrue(purchased.contains("private String phoneNumberType"), "the enum stays an open string");
        RegenerationTest.compile(out, tmp.resolve("classes"));
    }

    /** The api-version of the synthetic next document. */
    static String nextApiVersion() throws Exception {
        Matcher m = Pattern.compile("(?m)^  version:\\s*\"?([^\"\\s]+)").matcher(Files.readString(nextVersion()));
        assertTrue(m.find(), "phonenumbers-next.yaml has an info.version");
        return m.group(1);
    }

    /** What the next version adds to purchased-number answers: the new field and the new enum value. */
    static ApiResult nextVersionAnswers(ApiRequest request, ApiResult result) {
        JsonElement body = result.body();
        if (result.status() != 200 || body == null || !body.isJsonObject()) {
            return result;
        }
        JsonObject o = body.getAsJsonObject();
        List<JsonObject> numbers = new ArrayList<>();
        if (o.has("phoneNumbers") && o.get("phoneNumbers").isJsonArray()) {
            o.getAsJsonArray("phoneNumbers").forEach(n -> numbers.add(n.getAsJsonObject()));
        } else if (request.path().startsWith("/phoneNumbers/") && o.has("phoneNumber")) {
            numbers.add(o);
        }
        for (JsonObject n : numbers) {
            n.addProperty("carrierName", "Emulated Carrier");
            n.addProperty("phoneNumberType", "shortCode");
        }
        return result;
    }

    @Test
    void anOlderFacadeKeepsWorkingAgainstAnEmulatorThatSpeaksTheNewVersion() throws Exception {
        String next = nextApiVersion();
        try (PhoneNumbersEmulator emulator = PhoneNumbersEmulator.builder().purchased(3)
                .newerApiVersion("phonenumbers", next, NewApiVersionWorkedExampleTest::nextVersionAnswers).start()) {
            SecretGuard.register(emulator.accessKey());
            SecretGuard.register(emulator.connectionString());
            Route list = emulator.router().routes().stream()
                .filter(r -> r.method().equals("GET") && r.template().equals("/phoneNumbers")).findFirst().orElseThrow();
            assertTrue(list.versions().accepted().contains(next), "the emulator speaks " + next);
            assertTrue(list.versions().supportedHeader().endsWith(next), list.versions().supportedHeader());

            PhoneNumbersClientBuilder builder = new PhoneNumbersClientBuilder()
                .connectionString(emulator.connectionString());
            PhoneNumberType shortCode = PhoneNumberType.fromString("shortCode");
            assertFalse(List.of(PhoneNumberType.GEOGRAPHIC, PhoneNumberType.TOLL_FREE, PhoneNumberType.MOBILE)
                .contains(shortCode), "the new value is not one this facade knows");
            Set<String> owned = new TreeSet<>(emulator.state().purchasedNumbers());

            // sync: the unknown field is ignored, the unknown enum value comes through as an expandable value
            PhoneNumbersClient sync = builder.buildClient();
            List<PurchasedPhoneNumber> listed = sync.listPurchasedPhoneNumbers().stream().toList();
            assertEquals(owned, numbers(listed));
            for (PurchasedPhoneNumber n : listed) {
                assertEquals(shortCode, n.getPhoneNumberType(), n.getPhoneNumber());
                assertEquals("shortCode", n.getPhoneNumberType().toString());
            }
            PurchasedPhoneNumber one = sync.getPurchasedPhoneNumber(owned.iterator().next());
            assertEquals(shortCode, one.getPhoneNumberType());
            assertEquals(emulator.purchasedNumber(one.getPhoneNumber()).countryCode(), one.getCountryCode(),
                "the known fields read as before");

            // async: the same
            PhoneNumbersAsyncClient async = builder.buildAsyncClient();
            List<PurchasedPhoneNumber> asyncListed = new ArrayList<>();
            async.listPurchasedPhoneNumbers().forEach(asyncListed::add).get(30, TimeUnit.SECONDS);
            assertEquals(owned, numbers(asyncListed));
            asyncListed.forEach(n -> assertEquals(shortCode, n.getPhoneNumberType(), n.getPhoneNumber()));
            assertEquals(shortCode, async.getPurchasedPhoneNumber(owned.iterator().next()).get(30, TimeUnit.SECONDS)
                .getPhoneNumberType());
        }
    }

    private static Set<String> numbers(List<PurchasedPhoneNumber> list) {
        Set<String> out = new TreeSet<>();
        list.forEach(n -> out.add(n.getPhoneNumber()));
        return out;
    }
}
