package io.github.acsnumbers.emulator;

import static io.github.acsnumbers.emulator.TestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.faults.FaultInjector;
import io.github.acsnumbers.emulator.http.Route;
import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.http.SpecVersions;
import io.github.acsnumbers.emulator.identity.IdentityModule;
import io.github.acsnumbers.emulator.phonenumbers.PhoneNumbersModule;
import io.github.acsnumbers.emulator.sip.SipModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone numbers, SIP routing and identity are three implementations of one {@link ServiceModule} contract: each
 * registers its own routes, serves the version of its spec document, resets its own state, and its persistence
 * round-trips (a snapshot for SIP and identity, writes through the data file for phone numbers).
 */
class ServiceModuleContractTest extends EmulatorTestBase {

    @TempDir
    Path dir;

    @Test
    void theEmulatorIsTheThreeModulesInOrder() {
        List<ServiceModule> modules = emulator.modules();
        assertEquals(List.of(PhoneNumbersModule.class, SipModule.class, IdentityModule.class),
                modules.stream().map(Object::getClass).collect(Collectors.toList()));
        assertEquals(List.of("phonenumbers", "sip", "identity"),
                modules.stream().map(ServiceModule::name).collect(Collectors.toList()));
    }

    @Test
    void eachModuleRegistersItsOwnRoutesAndTheEmulatorServesThem() {
        Set<String> served = emulator.router().routes().stream().map(r -> r.method() + " " + r.template())
                .collect(Collectors.toSet());
        Map<String, String> oneRoute = Map.of("phonenumbers", "GET /phoneNumbers", "sip", "PATCH /sip",
                "identity", "POST /identities");
        int total = 0;
        for (ServiceModule module : emulator.modules()) {
            Router own = new Router();
            module.register(own);
            List<String> routes = own.routes().stream().map(r -> r.method() + " " + r.template()).toList();
            assertFalse(routes.isEmpty(), module.name());
            assertTrue(routes.contains(oneRoute.get(module.name())), module.name() + ": " + routes);
            assertTrue(served.containsAll(routes), module.name() + " routes are all served");
            total += routes.size();
        }
        long builtIn = emulator.router().routes().stream().map(Route::family)
                .filter(f -> !f.equals(FaultInjector.TEST_SUPPORT_FAMILY)).count();
        assertEquals(builtIn, total, "the emulator's routes are exactly the modules' (and its own state route)");
    }

    @Test
    void eachModuleServesTheVersionOfItsSpecDocument() {
        Map<String, String> spec = Map.of("phonenumbers", SpecVersions.PHONE_NUMBERS, "sip", SpecVersions.SIP_PREVIEW,
                "identity", SpecVersions.IDENTITY);
        for (ServiceModule module : emulator.modules()) {
            List<String> versions = module.apiVersions();
            assertEquals(spec.get(module.name()), versions.get(versions.size() - 1), module.name());
        }
        assertTrue(emulator.modules().get(1).apiVersions().contains(SpecVersions.SIP_STABLE));
    }

    @Test
    void eachModuleResetsItsOwnStateAndLeavesTheOthersAlone() throws Exception {
        makeOneChangeInEachService();
        Map<String, Supplier<String>> views = views();
        Map<String, String> changed = read(views);
        for (ServiceModule module : emulator.modules()) {
            Map<String, String> before = read(views);
            module.reset();
            Map<String, String> after = read(views);
            for (String name : views.keySet()) {
                if (name.equals(module.name())) {
                    assertNotEquals(changed.get(name), after.get(name), name + " was reset");
                } else {
                    assertEquals(before.get(name), after.get(name), module.name() + " reset left " + name + " alone");
                }
            }
        }
    }

    @Test
    void snapshotPersistenceRoundTripsForEveryModuleThatHasIt() throws Exception {
        makeOneChangeInEachService();
        int withSnapshots = 0;
        for (ServiceModule module : emulator.modules()) {
            if (module.persistence().isEmpty()) {
                continue;
            }
            withSnapshots++;
            PhoneNumbersEmulator.PersistentDomain domain = module.persistence().get();
            assertEquals(module.name(), domain.name());
            JsonObject saved = domain.snapshot().get();
            module.reset();
            assertNotEquals(saved, domain.snapshot().get(), module.name() + " reset");
            domain.restore().accept(saved);
            assertEquals(saved, domain.snapshot().get(), module.name() + " restored");
        }
        assertEquals(2, withSnapshots, "SIP and identity keep snapshots");
    }

    @Test
    void everyModulesStateSurvivesARestartWithADataFile() throws Exception {
        emulator.close();
        Path file = dir.resolve("state.mv.db");
        emulator = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).dataFile(file).start();
        client = new TestClient(emulator, clock);
        makeOneChangeInEachService();
        Map<String, String> changed = read(views());
        emulator.close();

        emulator = PhoneNumbersEmulator.builder().clock(clock).authClock(clock).dataFile(file)
                .accessKey(emulator.accessKey()).start();
        assertEquals(changed, read(views()), "phone numbers (written through), SIP and identity (snapshots)");
    }

    private void makeOneChangeInEachService() throws Exception {
        assertEquals(202, client.post("/availablePhoneNumbers/countries/US/:search?api-version=" + V,
                "{\"phoneNumberType\":\"tollFree\",\"assignmentType\":\"application\",\"capabilities\":"
                        + "{\"calling\":\"outbound\",\"sms\":\"none\"}}").status());
        assertEquals(200, client.patch("/sip?api-version=2023-03-01",
                "{\"trunks\":{\"sbc.contoso.example\":{\"sipSignalingPort\":5061}}}").status());
        assertEquals(201, client.post("/identities?api-version=" + SpecVersions.IDENTITY, "{}").status());
    }

    /** One observable view of each module's state. */
    private Map<String, Supplier<String>> views() {
        return Map.of(
                "phonenumbers", () -> emulator.state().searches() + " searches, holds " + emulator.state().holds(),
                "sip", () -> emulator.sipAndIdentity().sip().snapshot().toString(),
                "identity", () -> emulator.sipAndIdentity().identity().snapshot().toString());
    }

    private static Map<String, String> read(Map<String, Supplier<String>> views) {
        return views.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }
}
