package io.github.acsnumbers.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one typed field reader: values, absence, and every wrong type reported through the service's errors. */
class JsonFieldsTest {

    private final JsonFields fields = new JsonFields((member, expected) ->
            new IllegalStateException(member + ":" + expected));

    private static JsonObject json(String s) {
        return JsonParser.parseString(s.replace('\'', '"')).getAsJsonObject();
    }

    private void fails(String expected, Runnable read) {
        assertEquals(expected, assertThrows(IllegalStateException.class, read::run).getMessage());
    }

    @Test
    void readsValuesAndAbsence() {
        JsonObject o = json("{'s':'x','b':true,'i':5.0,'o':{},'l':['a','b'],'n':null}");
        assertEquals("x", fields.string(o, "s", true));
        assertEquals(true, fields.bool(o, "b"));
        assertEquals(5, fields.int32(o, "i"));
        assertEquals(new JsonObject(), fields.object(o, "o", true));
        assertEquals(List.of("a", "b"), fields.strings(o, "l", true));
        assertNull(fields.string(o, "n", false));
        assertNull(fields.int32(null, "i"));
        fails("n:PRESENT", () -> fields.string(o, "n", true));
        fails("missing:PRESENT", () -> fields.strings(o, "missing", true));
    }

    @Test
    void wrongTypesAreTheServicesErrors() {
        JsonObject o = json("{'s':1,'b':'yes','f':5.5,'big':99999999999,'o':[],'l':['a',1],'m':'a'}");
        fails("s:STRING", () -> fields.string(o, "s", false));
        fails("b:BOOLEAN", () -> fields.bool(o, "b"));
        fails("f:INTEGER", () -> fields.int32(o, "f"));
        fails("big:INTEGER", () -> fields.int32(o, "big"));
        fails("m:INTEGER", () -> fields.int32(o, "m"));
        fails("o:OBJECT", () -> fields.object(o, "o", false));
        fails("l:STRINGS", () -> fields.strings(o, "l", false));
        fails("m:STRINGS", () -> fields.strings(o, "m", false));
        fails("o:STRING", () -> fields.string(o, "o", false));
    }
}
