package io.github.acsnumbers.siprouting.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberPatternTest {
    private static NumberPattern supported(String p) {
        NumberPattern np = NumberPattern.parse(p);
        assertEquals(NumberPattern.Status.SUPPORTED, np.getStatus(), () -> p + " -> " + np.getProblem());
        return np;
    }

    @Test
    void plainE164PatternMatchesLikeTheService() {
        NumberPattern np = supported("^\\+1(425|206)\\d{7}$");
        assertTrue(np.matches("+14251234567"));
        assertTrue(np.matches("+12065550100"));
        assertFalse(np.matches("+13105550100"));
        assertFalse(np.matches("14251234567"));
        assertTrue(np.getWarnings().isEmpty());
    }

    @Test
    void plusRightAfterCaretRepeatsTheAnchorInDotNet() {
        // .NET's parser makes '^' a quantifiable unit, so '^+' is "one or more start anchors", not a literal '+'
        NumberPattern np = supported("^+[1-9][0-9]{3,23}$");
        assertFalse(np.matches("+14255550100"));
        assertTrue(np.matches("14255550100"));
        assertEquals("(?:^)+[1-9][0-9]{3,23}$", np.getJavaRegex());
        assertEquals(1, np.getWarnings().size());
        assertTrue(np.getWarnings().get(0).contains("does not match a literal '+'"), np.getWarnings().get(0));
        // Java reads it the same way, so there is no dialect difference to report
        assertTrue(np.getJavaDifferences().isEmpty(), np.getJavaDifferences().toString());
        assertFalse(Pattern.compile("^+[1-9][0-9]{3,23}$").matcher("+14255550100").find());
    }

    @Test
    void starAfterCaretLeavesThePatternUnanchored() {
        NumberPattern np = supported("^*1$");
        assertTrue(np.matches("+441"));
        assertTrue(np.getWarnings().get(0).contains("optional"), np.getWarnings().toString());
    }

    @Test
    void classSubtractionExcludesTheSubtractedCharacters() {
        NumberPattern np = supported("^[\\d-[5]]+$");
        assertTrue(np.matches("1234"));
        assertFalse(np.matches("125"));
        assertTrue(np.getJavaDifferences().stream().anyMatch(d -> d.contains("subtracts")),
            np.getJavaDifferences().toString());
        // what plain Java would have answered: it reads the subtraction as a union and matches the 5
        assertTrue(Pattern.compile("^[\\d-[5]]+$").matcher("125").find());
    }

    @Test
    void nestedAndNegatedSubtraction() {
        NumberPattern nested = supported("^[0-9-[2-8-[5]]]$");
        for (String yes : new String[] {"0", "1", "5", "9"}) {
            assertTrue(nested.matches(yes), yes);
        }
        for (String no : new String[] {"2", "4", "6", "8"}) {
            assertFalse(nested.matches(no), no);
        }
        NumberPattern negated = supported("^[^0-4-[7]]$");
        assertTrue(negated.matches("6"));
        assertFalse(negated.matches("3"));
        assertFalse(negated.matches("7"));
    }

    @Test
    void digitClassIsUnicodeAsInDotNet() {
        NumberPattern np = supported("^\\d+$");
        String arabicIndic = "\u0661\u0662\u0663";
        assertTrue(np.matches(arabicIndic));
        assertFalse(Pattern.compile("^\\d+$").matcher(arabicIndic).find());
        assertTrue(np.getJavaDifferences().get(0).contains("Unicode"));
        assertFalse(supported("^\\D$").matches("\u0661"));
        assertTrue(supported("^[\\d]$").matches("\u0661"));
    }

    @Test
    void braceThatIsNoQuantifierIsALiteral() {
        NumberPattern np = supported("^1{x}$");
        assertTrue(np.matches("1{x}"));
        assertTrue(supported("^9{,3}$").matches("9{,3}"));
        assertTrue(np.getJavaDifferences().stream().anyMatch(d -> d.contains("java.util.regex rejects")),
            np.getJavaDifferences().toString());
        assertTrue(supported("^1{2,}$").matches("111"));
        assertFalse(supported("^1{2}$").matches("111"));
    }

    @Test
    void anchorsDotAndLazyQuantifiers() {
        assertTrue(supported("^1$").matches("1\n"));
        assertFalse(supported("^1$").matches("1\r"));
        assertTrue(supported("^.$").matches("\r"));
        assertFalse(supported("^.$").matches("\n"));
        assertTrue(supported("\\A\\+\\d+?\\z").matches("+1"));
        assertTrue(supported("425").matches("+14255550100"), "unanchored patterns match anywhere, like IsMatch");
    }

    @Test
    void groupsCommentsAndEscapes() {
        assertTrue(supported("^(?<cc>\\+1)(?:\\d{10})$").matches("+14255550100"));
        assertTrue(supported("^(?'cc'\\+44)(?#uk)\\d+$").matches("+4420"));
        assertTrue(supported("^\\x2B1\\u0032$").matches("+12"));
        assertTrue(supported("^(?=\\+1)(?!\\+1900)(?>\\+\\d+)$").matches("+1425"));
        assertFalse(supported("^(?=\\+1)(?!\\+1900)(?>\\+\\d+)$").matches("+1900"));
        assertTrue(supported("^[]a]$").matches("]"));
        assertTrue(supported("^[a-]$").matches("-"));
        assertTrue(supported("^[[]$").matches("["));
        assertTrue(supported("^[\\p{Nd}]\\P{L}$").matches("1+"));
        assertTrue(supported("^[+&&]$").matches("&"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "^\\d*+$|nested quantifier",
        "*123|follows nothing",
        "^(\\+1|quantifier",
        "^\\+1)|too many ')'",
        "^[12|unterminated",
        "^\\q|unrecognized escape",
        "^[9-1]$|reverse order",
        "^1{3,1}$|reverse order",
        "^1\\|at the end",
        "^(?Z)|unrecognized grouping",
        "^[a-[b]c]|last element",
        "^[a-\\d]|range cannot end",
    })
    void dotNetSyntaxErrorsAreInvalid(String pattern, String why) {
        NumberPattern np = NumberPattern.parse(pattern);
        if (pattern.equals("^(\\+1")) {
            assertEquals(NumberPattern.Status.INVALID, np.getStatus());
            assertEquals("not enough ')'", np.getProblem());
            return;
        }
        assertEquals(NumberPattern.Status.INVALID, np.getStatus(), pattern);
        assertTrue(np.getProblem().contains(why), np.getProblem());
        assertFalse(np.isEvaluable());
        assertNull(np.getJavaRegex());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "^(\\d)\\1$|back references",
        "(?i)^abc$|inline options",
        "^\\w+$|\\w",
        "^\\s$|\\s",
        "^\\bx|\\b",
        "^\\p{IsGreek}$|IsGreek",
        "^(?<a-b>x)$|balancing",
        "^(?(1)a)$|conditional",
        "(?<=\\d+)1|lookbehind",
    })
    void constructsTheDryRunCannotEvaluateAreUnsupported(String pattern, String why) {
        NumberPattern np = NumberPattern.parse(pattern);
        assertEquals(NumberPattern.Status.UNSUPPORTED, np.getStatus(), pattern);
        assertTrue(np.getProblem().contains(why), np.getProblem());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> np.matches("+1"));
        assertTrue(e.getMessage().contains("cannot be evaluated locally"), e.getMessage());
    }

    @Test
    void nullArgumentsGiveClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(null));
        assertEquals("'numberPattern' must not be null", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> supported("1").matches(null));
    }
}
