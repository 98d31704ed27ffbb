package io.github.acsnumbers.emulator.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DotNetRegexTest {

    private static boolean matches(String pattern, String number) {
        return DotNetRegex.compile(pattern).matcher(number).find();
    }

    @Test
    void quantifiedStartAnchorIsAcceptedAndIsNotALiteralPlus() {
        // the JS SDK tests sent this pattern and the service accepted it
        assertTrue(DotNetRegex.isValid("^+[1-9][0-9]{3,23}$"));
        assertEquals("^[1-9][0-9]{3,23}$", DotNetRegex.toJava("^+[1-9][0-9]{3,23}$"));
        assertTrue(matches("^+[1-9][0-9]{3,23}$", "11234567890"));
        assertFalse(matches("^+[1-9][0-9]{3,23}$", "+11234567890"));
    }

    @Test
    void optionalAnchorIsDropped() {
        assertEquals("abc", DotNetRegex.toJava("^?abc"));
        assertEquals("abc", DotNetRegex.toJava("^*?abc"));
        assertTrue(matches("^?23", "+123"));
        assertEquals("\\b5", DotNetRegex.toJava("\\b{2}5"));
    }

    @Test
    void escapedPlusIsLiteral() {
        assertTrue(matches("^\\+[1-9][0-9]{3,23}$", "+11234567890"));
        assertFalse(matches("^\\+[1-9][0-9]{3,23}$", "11234567890"));
    }

    @Test
    void characterClassSubtractionIsTranslated() {
        assertEquals("[[\\d]&&[^5]]", DotNetRegex.toJava("[\\d-[5]]"));
        assertTrue(matches("^[\\d-[5]]+$", "1234"));
        assertFalse(matches("^[\\d-[5]]+$", "1254"));
        // nested: a-z minus (d-f minus e) keeps e
        assertTrue(matches("^[a-z-[d-f-[e]]]$", "e"));
        assertFalse(matches("^[a-z-[d-f-[e]]]$", "d"));
        assertTrue(matches("^[a-z-[d-f-[e]]]$", "a"));
        // negated base: not a digit, minus x
        assertTrue(matches("^[^0-9-[x]]$", "y"));
        assertFalse(matches("^[^0-9-[x]]$", "x"));
        assertFalse(matches("^[^0-9-[x]]$", "3"));
        // negated subtracted class: digits minus (everything but 1-3) = 1-3
        assertTrue(matches("^[0-9-[^1-3]]$", "2"));
        assertFalse(matches("^[0-9-[^1-3]]$", "7"));
    }

    @Test
    void subtractionMustBeLast() {
        assertThrows(IllegalArgumentException.class, () -> DotNetRegex.compile("[a-z-[e]x]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[0-9]++", "a*+", "a{2}{3}", "a??+", "+1", "|*", "(+)", "\\", "[abc", "(abc", "\\q",
        "\\Qab\\E", "\\h", "[\\8]", "\\xZZ", "\\p{L"})
    void patternsDotNetRejectsAreRejected(String pattern) {
        assertFalse(DotNetRegex.isValid(pattern), pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "^\\+1(425|206)\\d{7}$ ; +14251234567 ; true",
        "^\\+1\\d{10}$ ; +14251234567 ; true",
        "^\\+7\\d+$ ; +14251234567 ; false",
        "^\\+?\\d+$ ; 4251234567 ; true",
        "1425 ; +14251234567 ; true",
        "\\d{,3} ; 1{,3} ; true",
        "^\\+1(?#area code)\\d{3}$ ; +1425 ; true",
        "^\\+(?'cc'1)\\k'cc'$ ; +11 ; true",
        "^\\p{IsBasicLatin}+$ ; +1425 ; true",
        "^[a&&b]$ ; & ; true",
        "^[[]$ ; [ ; true",
        "^\\d$ ; \u0664 ; true",
    })
    void semanticsFollowDotNet(String pattern, String input, boolean expected) {
        assertEquals(expected, matches(pattern, input), pattern);
    }

    @Test
    void classEscapesFollowDotNet() {
        assertTrue(matches("^[\\b]$", "\b"));
        assertTrue(matches("^[\\101]$", "A"));
        assertTrue(matches("^[\\1]$", "\u0001"));
        assertTrue(matches("^\\v$", "\u000B"));
        assertFalse(matches("^\\v$", "\n"));
    }

    @Test
    void nullIsInvalid() {
        assertFalse(DotNetRegex.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> DotNetRegex.toJava(null));
    }
}
