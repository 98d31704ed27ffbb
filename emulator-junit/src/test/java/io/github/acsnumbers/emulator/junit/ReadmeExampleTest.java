package io.github.acsnumbers.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import org.junit.jupiter.api.Test;

/** The README's "Testing your code" example, compiled and run (ReadmeSnippetTest checks the README quotes it). */
// README:begin
@AcsEmulatorTest(resetBetweenTests = true, sipDomains = "contoso.example")
class ReadmeExampleTest {

    @Test
    void buysATollFreeNumber(PhoneNumbersClient client, PhoneNumbersEmulator emulator) {
        PhoneNumberSearchResult search = client.beginSearchAvailablePhoneNumbers("US",
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE))
            .getFinalResult();
        client.beginPurchasePhoneNumbers(search.getSearchId()).getFinalResult();
        assertEquals(1, emulator.state().purchasedNumbers().size());
    }

    @Test
    void configuresATrunk(SipRoutingClient sip, PhoneNumbersEmulator emulator) {
        sip.setTrunk(new SipTrunk("sbc.contoso.example", 5061));
        assertEquals(0, emulator.state().purchasedNumbers().size()); // reset: the other test's number is gone
    }
}
// README:end
