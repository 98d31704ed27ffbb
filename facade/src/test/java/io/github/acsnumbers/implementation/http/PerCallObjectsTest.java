package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.http.RequestOptions;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** What the per-call path no longer makes on every call still says the same thing. */
class PerCallObjectsTest {
    @Test
    void anOperationWithoutOptionsReusesOneImmutableContext() {
        ClientCalls calls = new ClientCalls(null, "PhoneNumbers");
        CallContext a = calls.context("getPurchasedPhoneNumber", null);
        assertEquals("PhoneNumbers.getPurchasedPhoneNumber", a.name());
        assertEquals(null, a.options());
        assertSame(a, calls.context("getPurchasedPhoneNumber", null));
        CallContext b = calls.context("listPurchasedPhoneNumbers", null);
        assertEquals("PhoneNumbers.listPurchasedPhoneNumbers", b.name());
        assertNotSame(a, b);
        // with options: a context of its own, carrying them
        RequestOptions options = new RequestOptions().withTimeout(Duration.ofSeconds(5));
        CallContext c = calls.context("getPurchasedPhoneNumber", options);
        assertEquals("PhoneNumbers.getPurchasedPhoneNumber", c.name());
        assertSame(options, c.options());
        assertSame(a, calls.context("getPurchasedPhoneNumber", null), "the options did not replace the plain one");
        // another client's calls have their own names
        assertEquals("SipRouting.getPurchasedPhoneNumber",
            new ClientCalls(null, "SipRouting").context("getPurchasedPhoneNumber", null).name());
    }

    @Test
    void aResponseReadsItsPathFromTheRequestUrlWhenAskedFor() {
        HttpUrl url = HttpUrl.get("http://127.0.0.1:8080/phoneNumbers/%2B14255550100?api-version=2025-06-01#f");
        ServiceResponse r = new ServiceResponse(200, Headers.of(), (byte[]) null, "GET", url, "id-1");
        assertEquals("/phoneNumbers/%2B14255550100", r.path());
        assertSame(r.path(), r.path());
        assertTrue(r.toString().contains("GET /phoneNumbers/%2B14255550100 -> 200, 0 bytes"), r.toString());
        assertTrue(r.isEmpty());
        assertEquals(0, r.body().length);
        // the public constructor keeps the path it is given
        assertEquals("/x", new ServiceResponse(204, Headers.of(), new byte[0], "DELETE", "/x", null).path());
    }
}
