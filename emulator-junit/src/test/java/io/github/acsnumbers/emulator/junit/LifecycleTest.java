package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Runs small fixture classes through the JUnit launcher and watches which emulators their tests got: one per class
 * or one per test, reset or not, and every one closed when its class or test ended.
 */
class LifecycleTest {

    /** Emulators the fixtures saw, in test order. */
    static final List<PhoneNumbersEmulator> SEEN = Collections.synchronizedList(new ArrayList<>());
    /** Trunk counts the fixtures saw at the start of each test. */
    static final List<Integer> TRUNKS = Collections.synchronizedList(new ArrayList<>());

    private static TestExecutionSummary run(Class<?> fixture) {
        SEEN.clear();
        TRUNKS.clear();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(fixture)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        assertEquals(0, summary.getTotalFailureCount(), () -> {
            StringBuilder sb = new StringBuilder();
            summary.getFailures().forEach(f -> sb.append(f.getTestIdentifier().getDisplayName()).append(": ")
                    .append(f.getException()).append('\n'));
            return sb.toString();
        });
        return summary;
    }

    private static void assertClosed(PhoneNumbersEmulator emulator) {
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
                s.getInputStream();
            }
        }, "the emulator still listens after its scope ended");
    }

    /** Adds a trunk, remembering the emulator and how many trunks it had before. */
    static void record(PhoneNumbersEmulator emulator, SipRoutingClient sip, String fqdn) {
        SEEN.add(emulator);
        TRUNKS.add(emulator.sipAndIdentity().sip().configuration().trunks().size());
        sip.setTrunk(new SipTrunk(fqdn, 5061));
    }

    @Test
    void perClassSharesOneEmulatorAndKeepsStateWithoutReset() {
        TestExecutionSummary s = run(PerClassFixture.class);
        assertEquals(3, s.getTestsSucceededCount());
        assertEquals(3, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1));
        assertSame(SEEN.get(0), SEEN.get(2), "a @Nested class shares its outer class's emulator");
        assertEquals(List.of(0, 1, 2), TRUNKS, "state carries over between tests");
        assertClosed(SEEN.get(0));
    }

    @Test
    void resetBetweenTestsStartsEachTestFromTheStartingState() {
        run(ResetFixture.class);
        assertEquals(2, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1), "the same emulator, reset");
        assertEquals(List.of(0, 0), TRUNKS);
        assertClosed(SEEN.get(0));
    }

    @Test
    void perTestStartsAndClosesOneEmulatorPerTest() {
        run(PerTestFixture.class);
        assertEquals(2, SEEN.size());
        assertNotSame(SEEN.get(0), SEEN.get(1));
        assertEquals(List.of(0, 0), TRUNKS);
        SEEN.forEach(LifecycleTest::assertClosed);
    }

    @Test
    void registeredExtensionTakesBuilderOptions() {
        run(RegisteredFixture.class);
        assertEquals(2, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1));
        assertEquals(List.of(0, 0), TRUNKS, "reset between tests");
        assertTrue(SEEN.get(0).toString().startsWith("PhoneNumbersEmulator["));
        assertClosed(SEEN.get(0));
    }

    @AcsEmulatorTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassFixture {
        @Test
        @Order(1)
        void first(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "a.example.com");
        }

        @Test
        @Order(2)
        void second(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "b.example.com");
        }

        @Nested
        class Inner {
            @Test
            void third(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
                record(emulator, sip, "c.example.com");
            }
        }
    }

    @AcsEmulatorTest(resetBetweenTests = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetFixture {
        @Test
        @Order(1)
        void first(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "a.example.com");
        }

        @Test
        @Order(2)
        void second(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "b.example.com");
        }
    }

    @AcsEmulatorTest(lifecycle = Lifecycle.PER_TEST)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerTestFixture {
        @Test
        @Order(1)
        void first(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "a.example.com");
        }

        @Test
        @Order(2)
        void second(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "b.example.com");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class RegisteredFixture {
        @RegisterExtension
        static final AcsEmulatorExtension ACS = AcsEmulatorExtension.perClass()
                .configure(b -> b.seed(5).sipDomains("example.com"))
                .resetBetweenTests();

        @Test
        @Order(1)
        void first(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            record(emulator, sip, "a.example.com");
        }

        @Test
        @Order(2)
        void second(PhoneNumbersEmulator emulator, SipRoutingClient sip) {
            assertThrows(RuntimeException.class, () -> sip.setTrunk(new SipTrunk("sbc.elsewhere.org", 5061)),
                    "the configured SIP domain applies after the reset too");
            record(emulator, sip, "b.example.com");
        }
    }
}
