package io.github.acsnumbers.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.spectools.SpecDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of README "Taking a new api-version": {@code src/test/resources/specs/phonenumbers-next.yaml}
 * is a synthetic next version of our phone-numbers document with one operation added ({@code listRegulations}),
 * one response field added ({@code PurchasedPhoneNumber.carrierName}), one enum value added
 * ({@code PhoneNumberType shortCode}) and one optional parameter removed ({@code skip} of {@code listPhoneNumbers}).
 * Each step of the walkthrough is checked here: the spec diff reports every change with the facade methods and
 * emulator routes it touches, the stubs regenerate and compile, and the coverage check names the new operation.
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
}
