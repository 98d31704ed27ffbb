package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A number the service answers that is not E.164 is reported exactly as sent, by both clients. */
class ServiceNumbersAsSentTest extends PhoneNumbersTestBase {
    private static final String ODD = "{\"phoneNumbers\":[" + PurchasedPhoneNumbersTest.number("4255550100", "tollFree")
        .replace("\"+4255550100\"", "\"4255550100\"") + ","
        + PurchasedPhoneNumbersTest.number("14255550101", "tollFree").replace("\"+14255550101\"",
            "\"+1 (425) 555-0101\"") + ","
        + PurchasedPhoneNumbersTest.number("99999999999999999", "tollFree") + "]}";

    @Test
    void nonE164NumbersAreListedAsSentOnBothSides() throws Exception {
        List<String> expected = List.of("4255550100", "+1 (425) 555-0101", "+99999999999999999");
        server.enqueue(json(200, ODD));
        List<String> sync = StreamSupport.stream(client.listPurchasedPhoneNumbers().spliterator(), false)
            .map(PurchasedPhoneNumber::getPhoneNumber).collect(Collectors.toList());
        assertEquals(expected, sync);
        server.enqueue(json(200, ODD));
        List<String> async = new java.util.ArrayList<>();
        builder().buildAsyncClient().listPurchasedPhoneNumbers().forEach(n -> async.add(n.getPhoneNumber()))
            .get(30, TimeUnit.SECONDS);
        assertEquals(expected, async);
    }
}
