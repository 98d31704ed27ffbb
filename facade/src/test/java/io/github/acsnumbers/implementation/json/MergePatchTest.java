package io.github.acsnumbers.implementation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** A merge-patch body keeps its nulls (they delete entries) and its text exactly. */
class MergePatchTest {

    @Test
    void nullsAreKeptAndTextIsNotHtmlEscaped() throws Exception {
        JsonObject trunks = new JsonObject();
        trunks.add("old.contoso.com", JsonNull.INSTANCE);
        JsonObject trunk = new JsonObject();
        trunk.addProperty("sipSignalingPort", 5061);
        trunks.add("new.contoso.com", trunk);
        JsonObject patch = new JsonObject();
        patch.add("trunks", trunks);
        patch.addProperty("description", "<a & b='c'>");
        String expected = "{\"trunks\":{\"old.contoso.com\":null,\"new.contoso.com\":{\"sipSignalingPort\":5061}},"
            + "\"description\":\"<a & b='c'>\"}";
        assertEquals(expected, MergePatch.toJson(patch));

        RequestBody body = MergePatch.body(patch);
        assertEquals("application/merge-patch+json", body.contentType().toString());
        Buffer sink = new Buffer();
        body.writeTo(sink);
        assertEquals(expected, sink.readUtf8());
    }
}
