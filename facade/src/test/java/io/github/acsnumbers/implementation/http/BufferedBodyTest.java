package io.github.acsnumbers.implementation.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * A successful response's body stays in the buffer it was read into and the JSON reader consumes it there:
 * the text it reads must be exactly the UTF-8 decoding of the bytes (ASCII, non-ASCII, malformed, bodies larger
 * than the reader's chunk and okio's segment), and every other use of the body still sees the same bytes.
 */
class BufferedBodyTest {
    private static final HttpUrl URL = HttpUrl.get("http://127.0.0.1:8080/phoneNumbers/%2B14255550100");

    private static ServiceResponse buffered(byte[] bytes) {
        return new ServiceResponse(200, Headers.of(), new Buffer().write(bytes), "GET", URL, "id");
    }

    @Test
    void theReaderGivesTheUtf8TextOfTheBytesWhateverTheyAre() throws Exception {
        Random random = new Random(14);
        for (int k = 0; k < 600; k++) {
            int size = k % 10 == 0 ? 9_000 + random.nextInt(12_000) : random.nextInt(3_000);
            byte[] bytes = new byte[size];
            int kind = k % 4;
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) (kind == 0 ? 0x20 + random.nextInt(0x5F) : random.nextInt(50) == 0
                    ? random.nextInt(256) : 0x20 + random.nextInt(0x5F));
            }
            if (kind == 2 && size > 10) {
                byte[] e = "\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(e, 0, bytes, random.nextInt(size - e.length), e.length);
            }
            Reader r = new ServiceResponse.BufferReader(new Buffer().write(bytes));
            StringBuilder text = new StringBuilder();
            char[] chunk = new char[1 + random.nextInt(1500)];
            for (int n; (n = r.read(chunk, 0, 1 + random.nextInt(chunk.length))) >= 0; ) {
                text.append(chunk, 0, n);
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), text.toString(), "body " + k);
        }
    }

    @Test
    void jsonFromTheBufferEqualsJsonFromTheBytes() {
        String json = "{\"phoneNumber\":\"+14255550100\",\"note\":\"caf\u00e9 \u20ac\",\"n\":12.5,\"list\":[1,2,3]}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Gson gson = new Gson();
        JsonObject fromBuffer = buffered(bytes).json(JsonObject.class, gson);
        JsonObject fromBytes = new ServiceResponse(200, Headers.of(), bytes, "GET", "/x", "id").json(JsonObject.class,
            gson);
        assertEquals(fromBytes, fromBuffer);
        assertEquals("caf\u00e9 \u20ac", fromBuffer.get("note").getAsString());
    }

    @Test
    void everyOtherUseOfTheBodySeesTheSameBytes() {
        byte[] bytes = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        ServiceResponse r = buffered(bytes);
        assertFalse(r.isEmpty());
        assertEquals("{\"a\":1}", r.bodyString());
        assertArrayEquals(bytes, r.body());
        assertEquals(1, r.jsonTree().getAsJsonObject().get("a").getAsInt());
        // once the bytes were asked for, the JSON reader reads them (as many times as asked)
        assertEquals(Map.of("a", 1.0), r.json(Map.class, new Gson()));
        assertEquals(Map.of("a", 1.0), r.json(Map.class, new Gson()));
        assertTrue(r.toString().endsWith("7 bytes}"), r.toString());
    }

    @Test
    void aBodyReadAsJsonFromItsBufferIsReadOnce() {
        ServiceResponse r = buffered("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("a", 1.0), r.json(Map.class, new Gson()));
        assertFalse(r.isEmpty(), "the size is still known");
        IllegalStateException e = assertThrows(IllegalStateException.class, r::bodyString);
        assertTrue(e.getMessage().contains("already consumed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> r.json(Map.class, new Gson()));
    }

    @Test
    void releasingGivesTheBufferBackAndAnEmptyBodyNeedsNone() {
        Buffer b = new Buffer().writeUtf8("{\"a\":1}");
        ServiceResponse r = new ServiceResponse(200, Headers.of(), b, "GET", URL, "id");
        r.release();
        assertEquals(0, b.size(), "the segments were given back");
        assertThrows(IllegalStateException.class, r::body);
        r.release(); // twice is harmless
        ServiceResponse empty = new ServiceResponse(204, Headers.of(), new Buffer(), "DELETE", URL, "id");
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.body().length);
        assertEquals("", empty.bodyString());
        empty.release();
        assertEquals(0, empty.body().length, "an empty body has nothing to give back");
        assertThrows(IllegalArgumentException.class, () -> empty.json(Map.class, new Gson()));
    }
}
