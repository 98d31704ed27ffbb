package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every injectable parameter works against the emulator, sync and async alike. */
@AcsEmulatorTest(purchased = 2, sipDomains = "contoso.example")
class InjectionTest {

    private PhoneNumbersEmulator fromBeforeEach;

    @BeforeEach
    void lifecycleMethodsGetParametersToo(PhoneNumbersEmulator emulator) {
        fromBeforeEach = emulator;
    }

    @Test
    void emulatorAndConnectionString(PhoneNumbersEmulator emulator, @EmulatorConnectionString String connectionString) {
        assertSame(fromBeforeEach, emulator);
        assertEquals(emulator.connectionString(), connectionString);
        assertTrue(connectionString.startsWith("endpoint=http://127.0.0.1:"), "loopback endpoint");
        assertEquals(2, emulator.state().purchasedNumbers().size(), "the annotation's options apply");
    }

    @Test
    void phoneNumberClients(PhoneNumbersClient client, PhoneNumbersAsyncClient async) throws Exception {
        assertEquals(2, client.listPurchasedPhoneNumbers().stream().count());
        AtomicInteger countries = new AtomicInteger();
        async.listAvailableCountries().forEach(c -> countries.incrementAndGet()).get(20, TimeUnit.SECONDS);
        assertEquals(42, countries.get());
    }

    @Test
    void sipClients(SipRoutingClient sip, SipRoutingAsyncClient async, PhoneNumbersEmulator emulator)
            throws Exception {
        sip.setTrunk(new SipTrunk("sbc.contoso.example", 5061));
        assertEquals(1, async.listTrunks().get(20, TimeUnit.SECONDS).size());
        assertTrue(emulator.sipAndIdentity().sip().configuration().trunks().containsKey("sbc.contoso.example"));
    }

    @Test
    void identityClients(CommunicationIdentityClient identity, CommunicationIdentityAsyncClient async,
                         PhoneNumbersEmulator emulator) throws Exception {
        CommunicationUserIdentifier sync = identity.createUser();
        CommunicationUserIdentifier other = async.createUser().get(20, TimeUnit.SECONDS);
        String stored = emulator.sipAndIdentity().identity().snapshot().toString();
        assertTrue(stored.contains(sync.getId()) && stored.contains(other.getId()), "both users exist");
    }
}
