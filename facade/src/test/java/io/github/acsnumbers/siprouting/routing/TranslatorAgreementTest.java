package io.github.acsnumbers.siprouting.routing;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For constructs both dialects read alike, the translation must answer exactly like java.util.regex on the raw
 * pattern. Patterns and numbers come from a seeded generator, so a failure is reproducible.
 */
class TranslatorAgreementTest {
    private static final String[] ATOMS = {"0", "1", "4", "9", "\\+", "\\d", ".", "[0-9]", "[1-9]", "[^5]", "[2-4]",
        "[+]", "#", "\\*"};
    private static final String[] QUANTIFIERS = {"", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?"};

    private final Random random = new Random(20261201L);

    private String sequence(int depth) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(10);
            if (pick == 0 && depth < 2) {
                s.append(random.nextBoolean() ? "(" : "(?:").append(sequence(depth + 1));
                if (random.nextBoolean()) {
                    s.append('|').append(sequence(depth + 1));
                }
                s.append(')');
            } else {
                s.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            s.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
        }
        return s.toString();
    }

    private String pattern() {
        String anchorStart = new String[] {"", "^", "^", "^+", "^*"}[random.nextInt(5)];
        String anchorEnd = new String[] {"", "$", "$"}[random.nextInt(3)];
        return anchorStart + sequence(0) + anchorEnd;
    }

    private String number() {
        String digits = "0123456789+#*";
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "+" : "");
        int n = random.nextInt(13);
        for (int i = 0; i < n; i++) {
            s.append(digits.charAt(random.nextInt(digits.length())));
        }
        return s.toString();
    }

    @Test
    void translationAgreesWithJavaWhereTheDialectsAgree() {
        int compared = 0;
        int matched = 0;
        for (int p = 0; p < 1500; p++) {
            String source = pattern();
            NumberPattern translated = NumberPattern.parse(source);
            assertEquals(NumberPattern.Status.SUPPORTED, translated.getStatus(),
                () -> source + ": " + translated.getProblem());
            Pattern raw = Pattern.compile(source);
            for (int i = 0; i < 20; i++) {
                String number = number();
                assertEquals(raw.matcher(number).find(), translated.matches(number),
                    "pattern " + source + " (java " + translated.getJavaRegex() + ") on " + number);
                compared++;
                matched += translated.matches(number) ? 1 : 0;
            }
        }
        // the comparison means something only if both answers occur often: not all "no match", not all "match"
        final int m = matched;
        assertTrue(m > compared / 100 && compared - m > compared / 100,
            () -> m + " of " + 30000 + " numbers matched: the generators no longer exercise both answers");
    }
}
