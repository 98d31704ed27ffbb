package io.github.acsnumbers.implementation.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop that replaced the E.164 regular expression answers as the expression did. */
class E164CheckTest {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    @Test
    void agreesWithTheRegexOnEdgesAndRandomTexts() {
        List<String> edges = List.of("+1425555", "+142555", "+123456789012345", "+1234567890123456", "+0425555010",
            "14255550100", "+1425555010a", "++14255550", "+", "", "+ 14255550", "+\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668");
        for (String s : edges) {
            assertEquals(E164.matcher(s).matches(), Validation.isE164(s), s);
        }
        Random r = new Random(7);
        String alphabet = "+0123456789a ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(19);
            for (int k = 0; k < n; k++) {
                b.append(k == 0 && r.nextInt(4) > 0 ? '+' : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(E164.matcher(s).matches(), Validation.isE164(s), s);
        }
        assertEquals("+14255550100", Validation.requireE164(" +14255550100 ".trim(), "phoneNumber"));
        assertThrows(IllegalArgumentException.class, () -> Validation.requireE164("+1425", "phoneNumber"));
    }
}
