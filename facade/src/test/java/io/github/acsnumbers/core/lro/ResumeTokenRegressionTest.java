package io.github.acsnumbers.core.lro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Tokens the fuzz suite (io.github.acsnumbers.fuzz) found escaping as the wrong exception type. */
class ResumeTokenRegressionTest {
    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void membersThatAreObjectsOrArraysAreRefusedAsMalformed() {
        // was UnsupportedOperationException ("JsonObject") and IllegalStateException ("Array must have size 1")
        for (String json : new String[] {
            "{\"kind\":{},\"id\":\"x\",\"operationLocation\":\"/o\"}",
            "{\"kind\":\"search\",\"id\":[],\"operationLocation\":\"/o\"}",
            "{\"kind\":\"search\",\"id\":\"x\",\"operationLocation\":[1,2]}",
            "{\"kind\":\"search\",\"id\":\"x\",\"operationLocation\":\"/o\",\"resourceLocation\":{\"a\":1}}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResumeToken.decode(token(json), "search"), json);
            assertTrue(e.getMessage().contains("'resumeToken'"), e.getMessage());
        }
    }

    @Test
    void aForeignKindIsShownShortAndVisible() {
        String json = "{\"kind\":\"" + "k\\n".repeat(5000) + "\",\"id\":\"x\",\"operationLocation\":\"/o\"}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ResumeToken.decode(token(json), "search"));
        assertTrue(e.getMessage().length() < 500, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
