package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.phonenumbers.models.OperatorInformation;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorNumberType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorInformationTest extends PhoneNumbersTestBase {

    @Test
    void plainLookupAlwaysSendsTheOptionsObjectAndKeepsNullFields() throws Exception {
        server.enqueue(json(200, "{\"values\":[{\"phoneNumber\":\"+18881232034\",\"nationalFormat\":\"(888) 123-2034\","
            + "\"internationalFormat\":\"+1 888-123-2034\",\"isoCountryCode\":null,\"numberType\":null,"
            + "\"operatorDetails\":null}]}"));

        OperatorInformation info = client.searchOperatorInformation(List.of("+18881232034")).getValues().get(0);

        assertEquals("(888) 123-2034", info.getNationalFormat());
        assertEquals("+1 888-123-2034", info.getInternationalFormat());
        assertNull(info.getIsoCountryCode());
        assertNull(info.getNumberType());
        assertNull(info.getOperatorDetails());
        assertEquals("{\"phoneNumbers\":[\"+18881232034\"],\"options\":{\"includeAdditionalOperatorDetails\":false}}",
            body(take("POST", "/operatorInformation/:search?" + V)));
    }

    @Test
    void additionalDetails() throws Exception {
        server.enqueue(json(200, "{\"values\":[{\"phoneNumber\":\"+18881232034\",\"nationalFormat\":\"(888) 123-2034\","
            + "\"internationalFormat\":\"+1 888-123-2034\",\"isoCountryCode\":\"US\",\"numberType\":\"other\","
            + "\"operatorDetails\":{\"name\":\"Multiple OCN Listing\",\"mobileNetworkCode\":null,"
            + "\"mobileCountryCode\":null}}]}"));

        OperatorInformation info = client.searchOperatorInformation(List.of("+18881232034"),
            new OperatorInformationOptions().withIncludeAdditionalOperatorDetails(true)).getValues().get(0);

        assertEquals("US", info.getIsoCountryCode());
        assertEquals(OperatorNumberType.OTHER, info.getNumberType());
        assertEquals("Multiple OCN Listing", info.getOperatorDetails().getName());
        assertEquals("{\"phoneNumbers\":[\"+18881232034\"],\"options\":{\"includeAdditionalOperatorDetails\":true}}",
            body(take()));
    }

    @Test
    void twoNumbersAreRefusedByTheService() {
        server.enqueue(error(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Can only accept one phoneNumber\"}}"));
        CommunicationException e = assertThrows(CommunicationException.class,
            () -> client.searchOperatorInformation(List.of("+18881232034", "+18881232035")));
        assertEquals("Can only accept one phoneNumber", e.getServiceMessage());
    }

    @Test
    void inputsAreCheckedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> client.searchOperatorInformation(List.of()));
        assertThrows(IllegalArgumentException.class, () -> client.searchOperatorInformation(null));
        assertThrows(IllegalArgumentException.class,
            () -> client.searchOperatorInformation(Arrays.asList("+18881232034", null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.searchOperatorInformation(List.of("8881232034")));
        assertEquals(true, e.getMessage().contains("phoneNumbers[0]"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
