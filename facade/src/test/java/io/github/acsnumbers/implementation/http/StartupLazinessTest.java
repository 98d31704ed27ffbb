package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.testing.IsolatedClassLoader;
import java.net.InetAddress;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Building a client does no work it can defer: no TLS set-up for a plain-http loopback endpoint (the only place
 * plain http is allowed), and no generated stubs or Gson model adapters until the first request.
 */
class StartupLazinessTest {
    private static final String KEY = "c2VjcmV0LWtleS1mb3ItdGVzdHM=";
    private static final String NUMBER_JSON = "{\"id\":\"14155550100\",\"phoneNumber\":\"+14155550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"tollFree\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-02-07T16:24:00Z\","
        + "\"cost\":{\"amount\":2.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";

    private static HttpPipeline pipeline(String endpoint, OkHttpClient http) {
        return HttpPipeline.builder().endpoint(Endpoints.parse(endpoint)).httpClient(http)
            .authentication(chain -> chain.proceed(chain.request())).build();
    }

    @Test
    void plainHttpLoopbackEndpointGetsACleartextOnlyClient() {
        OkHttpClient c = pipeline("http://127.0.0.1:8080", null).okHttpClient();
        assertEquals(List.of(ConnectionSpec.CLEARTEXT), c.connectionSpecs());
    }

    @Test
    void httpsEndpointKeepsTls() {
        OkHttpClient c = pipeline("https://contoso.communication.azure.com", null).okHttpClient();
        assertTrue(c.connectionSpecs().stream().anyMatch(ConnectionSpec::isTls), c.connectionSpecs().toString());
        assertNotNull(c.sslSocketFactory());
    }

    @Test
    void aClientTheUserGaveKeepsItsOwnConnectionSpecs() {
        OkHttpClient mine = new OkHttpClient.Builder().build();
        OkHttpClient c = pipeline("http://127.0.0.1:8080", mine).okHttpClient();
        assertEquals(mine.connectionSpecs(), c.connectionSpecs());
    }

    @Test
    void cleartextClientWorksThroughThePublicApi() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(NUMBER_JSON).build());
            PhoneNumbersClient client = new PhoneNumbersClientBuilder().endpoint("http://127.0.0.1:"
                + server.getPort()).credential(new KeyCredential(KEY)).buildClient();
            assertEquals("+14155550100", client.getPurchasedPhoneNumber("+14155550100").getPhoneNumber());
        }
    }

    /**
     * In a class loader of its own (so that other tests' loading does not count): after buildClient() neither the
     * generated JSON nor a generated model is loaded; after the first call they are, and the call succeeds.
     */
    @Test
    void generatedStubsAndGsonWaitForTheFirstRequest() throws Exception {
        try (MockWebServer server = new MockWebServer();
             IsolatedClassLoader loader = IsolatedClassLoader.ofTestClassPath()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(NUMBER_JSON).build());
            String cs = "endpoint=http://127.0.0.1:" + server.getPort() + "/;accesskey=" + KEY;
            Object client = loader.phoneNumbersClient(cs);

            String json = "io.github.acsnumbers.generated.phonenumbers.JSON";
            String model = "io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber";
            String apiClient = "io.github.acsnumbers.generated.phonenumbers.ApiClient";
            assertNull(loader.loaded(json), "buildClient() loaded the generated JSON");
            assertNull(loader.loaded(model), "buildClient() loaded a generated model");
            assertNull(loader.loaded(apiClient), "buildClient() loaded the generated ApiClient");

            assertEquals("+14155550100", IsolatedClassLoader.purchasedPhoneNumber(client, "+14155550100"));
            assertNotNull(loader.loaded(json), "the first request initialises the generated JSON");
            assertNotNull(loader.loaded(apiClient));
            assertEquals(loader, loader.loaded(json).getClassLoader(), "loaded by the isolated loader");
        }
    }

    /**
     * Building a client for the real (https) service sets no TLS up: OkHttp does that when its client is built, and
     * the SDK builds it on the first request. OkHttp's certificate chain cleaner, made only by that TLS set-up, is
     * the witness; {@link #httpsEndpointKeepsTls} proves the client then built does have TLS.
     */
    @Test
    void anHttpsClientSetsTlsUpOnlyForItsFirstRequest() throws Exception {
        try (IsolatedClassLoader loader = IsolatedClassLoader.ofTestClassPath()) {
            assertNotNull(loader.phoneNumbersClient("endpoint=https://contoso.communication.azure.com/;accesskey="
                + KEY));
            String cleaner = "okhttp3.internal.tls.CertificateChainCleaner";
            assertNull(loader.loaded(cleaner), "buildClient() set TLS up");
            // the same class path does set it up when an OkHttpClient is built: the witness can fail
            Class<?> okHttp = loader.loadClass(OkHttpClient.class.getName());
            assertNotNull(okHttp.getMethod("sslSocketFactory").invoke(okHttp.getConstructor().newInstance()));
            assertNotNull(loader.loaded(cleaner), "the witness class is what OkHttp's TLS set-up loads");
        }
    }

    @Test
    void theSdksOwnClientRunsManyAsyncRequestsToItsEndpointAtOnce() {
        OkHttpClient c = pipeline("http://127.0.0.1:8080", null).okHttpClient();
        assertEquals(HttpPipeline.DEFAULT_MAX_CONCURRENT_REQUESTS, c.dispatcher().getMaxRequestsPerHost());
        assertEquals(HttpPipeline.DEFAULT_MAX_CONCURRENT_REQUESTS, c.dispatcher().getMaxRequests());
        OkHttpClient mine = new OkHttpClient.Builder().build();
        assertEquals(5, pipeline("http://127.0.0.1:8080", mine).okHttpClient().dispatcher().getMaxRequestsPerHost(),
            "a client the user gave keeps its own dispatcher");
    }

}
