package io.github.acsnumbers.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber;
import io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumbers;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The model template override (generator-config/templates/libraries/okhttp-gson/pojo.mustache): every generated
 * model reads straight from the JSON stream (no tree, no tree reader per nested object), skips unknown fields, and
 * still refuses a body that lacks a required field or has a field of the wrong JSON type.
 */
class GeneratedModelStreamingTest {
    private static final Gson PN = io.github.acsnumbers.generated.phonenumbers.JSON.getGson();

    private static final String NUMBER = """
        {"id":"14255550100","phoneNumber":"+14255550100","countryCode":"US","phoneNumberType":"geographic",
         "unknownScalar":7,"unknownObject":{"a":[1,{"b":null}],"c":"d"},
         "capabilities":{"calling":"inbound+outbound","sms":"none","later":true},
         "assignmentType":"application","purchaseDate":"2025-06-01T10:20:30.1234567+00:00",
         "cost":{"amount":1.5,"currencyCode":"USD","billingFrequency":"monthly","extra":[1,2,3]},
         "unknownArray":[{"x":1},[2],"three"]}""";

    @Test
    void readsNestedModelsAndSkipsUnknownFieldsAtAnyDepth() {
        PurchasedPhoneNumber n = PN.fromJson(NUMBER, PurchasedPhoneNumber.class);
        assertEquals("+14255550100", n.getPhoneNumber());
        assertEquals("inbound+outbound", n.getCapabilities().getCalling());
        assertEquals("none", n.getCapabilities().getSms());
        assertEquals(1.5, n.getCost().getAmount());
        assertEquals("monthly", n.getCost().getBillingFrequency());
        assertEquals(OffsetDateTime.parse("2025-06-01T10:20:30.1234567+00:00"), n.getPurchaseDate());
        assertNull(n.getAdditionalProperties(), "unknown fields are skipped, not kept");
    }

    @Test
    void readsAPageOfModelsAndLeavesTheReaderAfterIt() {
        String page = "{\"phoneNumbers\":[" + NUMBER + "," + NUMBER.replace("0100", "0101") + "],\"nextLink\":\"/x?skip=2\"}";
        PurchasedPhoneNumbers p = PN.fromJson(page, PurchasedPhoneNumbers.class);
        assertEquals(2, p.getPhoneNumbers().size());
        assertEquals("+14255550101", p.getPhoneNumbers().get(1).getPhoneNumber());
        assertEquals("/x?skip=2", p.getNextLink());
    }

    @Test
    void aMissingOrNullRequiredFieldIsRefusedWithItsName() {
        for (String field : List.of("phoneNumber", "capabilities", "purchaseDate", "cost")) {
            String without = NUMBER.replaceFirst("\"" + field + "\":", "\"renamed_" + field + "\":");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PN.fromJson(without, PurchasedPhoneNumber.class), field);
            assertTrue(e.getMessage().contains("`" + field + "`") && e.getMessage().contains("(PurchasedPhoneNumber)"),
                e.getMessage());
        }
        String nullCurrency = NUMBER.replace("\"currencyCode\":\"USD\"", "\"currencyCode\":null");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PN.fromJson(nullCurrency, PurchasedPhoneNumber.class));
        assertTrue(e.getMessage().contains("`currencyCode`") && e.getMessage().contains("(PhoneNumberCost)"),
            e.getMessage());
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsRefused() {
        assertThrows(JsonParseException.class, () -> PN.fromJson(
            NUMBER.replace("\"countryCode\":\"US\"", "\"countryCode\":{\"nested\":1}"), PurchasedPhoneNumber.class));
        assertThrows(JsonParseException.class, () -> PN.fromJson(
            NUMBER.replace("\"capabilities\":{", "\"capabilities\":[{").replace("\"later\":true}", "\"later\":true}]"),
            PurchasedPhoneNumber.class));
        // a number that is not one fails in Gson's number reading (as it did before the override); the engine
        // reports any such failure as a response the SDK could not read
        assertThrows(NumberFormatException.class, () -> PN.fromJson(
            NUMBER.replace("\"amount\":1.5", "\"amount\":\"lots\""), PurchasedPhoneNumber.class));
        assertThrows(JsonParseException.class, () -> PN.fromJson(
            "{\"phoneNumbers\":{\"not\":\"an array\"}}", PurchasedPhoneNumbers.class));
    }

    /** The override is in effect in every generated package: the error envelope refuses a missing `error`. */
    @Test
    void everyGeneratedPackageStreamsAndChecksRequiredFields() {
        List<Function<String, Object>> readers = List.of(
            json -> io.github.acsnumbers.generated.phonenumbers.JSON.getGson().fromJson(json,
                io.github.acsnumbers.generated.phonenumbers.model.CommunicationErrorResponse.class),
            json -> io.github.acsnumbers.generated.siprouting.JSON.getGson().fromJson(json,
                io.github.acsnumbers.generated.siprouting.model.CommunicationErrorResponse.class),
            json -> io.github.acsnumbers.generated.siproutingpreview.JSON.getGson().fromJson(json,
                io.github.acsnumbers.generated.siproutingpreview.model.CommunicationErrorResponse.class),
            json -> io.github.acsnumbers.generated.identity.JSON.getGson().fromJson(json,
                io.github.acsnumbers.generated.identity.model.CommunicationErrorResponse.class));
        for (Function<String, Object> read : readers) {
            Object ok = read.apply("{\"error\":{\"code\":\"Bad\",\"message\":\"no\",\"new\":{\"x\":[]}},\"other\":1}");
            assertTrue(ok.toString().contains("Bad"), ok.toString());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read.apply("{\"other\":{\"error\":1}}"));
            assertTrue(e.getMessage().contains("`error`") && e.getMessage().contains("(CommunicationErrorResponse)"),
                e.getMessage());
        }
    }
}
