package io.github.acsnumbers.implementation.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Inputs the fuzz suite (io.github.acsnumbers.fuzz) found echoed invisibly or verbatim into messages. */
class ValidationRegressionTest {
    @Test
    void aZeroWidthSpaceInANumberIsShownNotHidden() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Validation.requireE164("+1425555\u200b0123", "phoneNumber"));
        assertTrue(e.getMessage().contains("'+1425555\\u200B0123'"), e.getMessage());
    }

    @Test
    void lineBreaksCannotForgeALogLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Validation.requireCountryCode("U\r\nERROR fake"));
        assertTrue(e.getMessage().contains("U\\u000D\\u000AERROR fake"), e.getMessage());
    }

    @Test
    void abbreviateKeepsPrintableTextAndEscapesTheRest() {
        assertEquals("plain text \u00e9 \ud83d\ude00", Validation.abbreviate("plain text \u00e9 \ud83d\ude00"));
        assertEquals("a\\uFEFFb\\uD83D", Validation.abbreviate("a\ufeffb\ud83d"));
        assertEquals(64, Validation.abbreviate("x".repeat(1000)).length());
    }
}
