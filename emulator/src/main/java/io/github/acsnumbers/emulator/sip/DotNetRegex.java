package io.github.acsnumbers.emulator.sip;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles route number patterns the way the service (a .NET application using {@code System.Text.RegularExpressions})
 * reads them, by translating the .NET syntax into an equivalent {@link Pattern}.
 *
 * <p>Differences handled, because they occur in number patterns:
 * <ul>
 *   <li><b>Quantified anchors.</b> .NET lets a quantifier follow a zero-width anchor ({@code ^ $ \A \z \Z \b \B \G});
 *       it repeats the empty assertion. So {@code ^+[1-9][0-9]{3,23}$} is accepted by the service (JS SDK tests sent
 *       it and got 200) and means the same as {@code ^[1-9][0-9]{3,23}$}: the {@code +} is <em>not</em> a literal
 *       plus, and {@code +11234567890} does not match it. Java rejects {@code ^+}. The translation keeps the anchor
 *       when the quantifier's minimum is at least 1 and drops anchor and quantifier when the minimum is 0
 *       ({@code ^?}, {@code ^*}: an optional assertion always succeeds).</li>
 *   <li><b>Character-class subtraction</b> {@code [base-[excluded]]} (nestable) becomes Java's intersection with a
 *       negated class, e.g. {@code [\d-[5]]} → {@code [[\d]&&[^5]]}.</li>
 *   <li><b>Possessive quantifiers do not exist in .NET:</b> {@code a++}, {@code a*+}, {@code a{2}{3}} are "nested
 *       quantifier" errors there, so they are rejected here too, as is a quantifier following nothing.</li>
 *   <li>A <code>&#123;</code> that does not start a valid {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier is a literal
 *       in .NET (Java rejects it); a literal {@code [} or {@code &} inside a class is escaped for Java.</li>
 *   <li>{@code (?#comment)} groups are removed, {@code (?'name'...)} becomes {@code (?<name>...)},
 *       {@code \k'name'} becomes {@code \k<name>}, {@code \v} is the single vertical tab, {@code [\b]} is backspace,
 *       {@code \p{IsBlock}} becomes Java's {@code \p{InBlock}}, and escapes .NET does not know are rejected.</li>
 *   <li>Java is run with {@link Pattern#UNICODE_CHARACTER_CLASS} ({@code \d}, {@code \w} are Unicode-aware in .NET)
 *       and {@link Pattern#UNIX_LINES} (in .NET only {@code \n} ends a line).</li>
 * </ul>
 * Not emulated (rare in number patterns; such patterns are rejected or behave like Java): balancing groups, the
 * {@code n} inline option, numeric group names, right-to-left mode.
 *
 * <p>Matching uses {@link java.util.regex.Matcher#find()}: like .NET's {@code Regex.IsMatch}, an unanchored pattern
 * matches anywhere in the number.
 */
public final class DotNetRegex {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

    private DotNetRegex() {
    }

    /**
     * Compiles a .NET pattern.
     *
     * @param dotNetPattern the pattern as the service would receive it
     * @return the equivalent Java pattern
     * @throws IllegalArgumentException when the service would reject the pattern (the message says why)
     */
    public static Pattern compile(String dotNetPattern) {
        String java = toJava(dotNetPattern);
        try {
            return Pattern.compile(java, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
        }
    }

    /**
     * Whether the pattern compiles.
     *
     * @param dotNetPattern the pattern, possibly {@code null}
     * @return {@code true} when {@link #compile(String)} would succeed
     */
    public static boolean isValid(String dotNetPattern) {
        if (dotNetPattern == null) {
            return false;
        }
        try {
            compile(dotNetPattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Translates .NET syntax to Java syntax without compiling the result.
     *
     * @param dotNetPattern the .NET pattern
     * @return Java pattern text
     * @throws IllegalArgumentException when the pattern is {@code null} or invalid in .NET
     */
    public static String toJava(String dotNetPattern) {
        if (dotNetPattern == null) {
            throw new IllegalArgumentException("pattern must not be null");
        }
        return new Translator(dotNetPattern).translate();
    }

    /** What the previous token was, which decides how a following quantifier is read. */
    private enum Last {
        /** Start of pattern, after '(' or '|': a quantifier here follows nothing. */
        NOTHING,
        /** Something a quantifier may repeat. */
        ATOM,
        /** A zero-width anchor (.NET allows quantifying it). */
        ANCHOR,
        /** A quantifier that was copied; a '?' may still make it lazy. */
        QUANTIFIER,
        /** A quantifier on an anchor that was dropped; a lazy '?' after it is dropped too. */
        DROPPED_QUANTIFIER,
        /** A lazy quantifier; nothing may follow it as a quantifier. */
        LAZY
    }

    /** A parsed .NET character class: optional negation, its items in Java syntax, an optional subtracted class. */
    private record CharClass(boolean negated, String items, CharClass subtracted) {

        String toJava() {
            String base = "[" + (negated ? "^" : "") + items + "]";
            if (subtracted == null) {
                return base;
            }
            return "[" + base + "&&" + subtracted.negatedJava() + "]";
        }

        /** The complement of this class. */
        String negatedJava() {
            String complementBase = "[" + (negated ? "" : "^") + items + "]";
            if (subtracted == null) {
                return complementBase;
            }
            // not (A minus B) = (not A) or B
            return "[" + complementBase + subtracted.toJava() + "]";
        }
    }

    private static final class Translator {
        private final String src;
        private final StringBuilder out = new StringBuilder();
        private int pos;
        private Last last = Last.NOTHING;
        private int anchorStart;

        Translator(String src) {
            this.src = src;
        }

        String translate() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                switch (c) {
                    case '\\' -> escapeOutsideClass();
                    case '[' -> {
                        out.append(parseClass().toJava());
                        last = Last.ATOM;
                    }
                    case '(' -> openGroup();
                    case ')' -> {
                        out.append(')');
                        pos++;
                        last = Last.ATOM;
                    }
                    case '|' -> {
                        out.append('|');
                        pos++;
                        last = Last.NOTHING;
                    }
                    case '^', '$' -> {
                        anchorStart = out.length();
                        out.append(c);
                        pos++;
                        last = Last.ANCHOR;
                    }
                    case '*', '+', '?' -> quantifier(String.valueOf(c), c == '+' ? 1 : 0);
                    case '{' -> {
                        int end = braceQuantifierEnd(pos);
                        if (end < 0) {
                            out.append("\\{");
                            pos++;
                            last = Last.ATOM;
                        } else {
                            String q = src.substring(pos, end);
                            quantifier(q, braceMinimum(q));
                        }
                    }
                    default -> {
                        out.append(c);
                        pos++;
                        last = Last.ATOM;
                    }
                }
            }
            return out.toString();
        }

        /** Handles a quantifier token (already known to be one) of length {@code q.length()} at {@code pos}. */
        private void quantifier(String q, int minimum) {
            pos += q.length();
            switch (last) {
                case NOTHING -> throw invalid("quantifier '" + q + "' following nothing");
                case QUANTIFIER -> {
                    if (!q.equals("?")) {
                        throw invalid("nested quantifier '" + q + "'");
                    }
                    out.append('?');
                    last = Last.LAZY;
                }
                case DROPPED_QUANTIFIER -> {
                    if (!q.equals("?")) {
                        throw invalid("nested quantifier '" + q + "'");
                    }
                    last = Last.LAZY;
                }
                case LAZY -> throw invalid("nested quantifier '" + q + "'");
                case ANCHOR -> {
                    if (minimum == 0) {
                        out.setLength(anchorStart);
                    }
                    last = Last.DROPPED_QUANTIFIER;
                }
                case ATOM -> {
                    out.append(q);
                    last = Last.QUANTIFIER;
                }
                default -> throw new IllegalStateException("unexpected state " + last);
            }
        }

        /** End index (exclusive) of a {n}, {n,} or {n,m} quantifier starting at {@code start}, or -1. */
        private int braceQuantifierEnd(int start) {
            int i = start + 1;
            int digits = 0;
            while (i < src.length() && Character.isDigit(src.charAt(i)) && src.charAt(i) < 128) {
                i++;
                digits++;
            }
            if (digits == 0 || i >= src.length()) {
                return -1;
            }
            if (src.charAt(i) == ',') {
                i++;
                while (i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
                    i++;
                }
            }
            if (i < src.length() && src.charAt(i) == '}') {
                return i + 1;
            }
            return -1;
        }

        private static int braceMinimum(String q) {
            int end = 1;
            while (q.charAt(end) >= '0' && q.charAt(end) <= '9') {
                end++;
            }
            String digits = q.substring(1, end);
            return digits.chars().allMatch(ch -> ch == '0') ? 0 : 1;
        }

        private void openGroup() {
            if (src.startsWith("(?#", pos)) {
                int close = src.indexOf(')', pos);
                if (close < 0) {
                    throw invalid("unterminated (?#...) comment");
                }
                // a comment is transparent: the previous token keeps its role for a following quantifier
                pos = close + 1;
                return;
            }
            if (src.startsWith("(?'", pos)) {
                int close = src.indexOf('\'', pos + 3);
                if (close < 0) {
                    throw invalid("unterminated group name");
                }
                out.append("(?<").append(groupName(src.substring(pos + 3, close))).append('>');
                pos = close + 1;
            } else if (src.startsWith("(?<", pos) && pos + 3 < src.length()
                    && src.charAt(pos + 3) != '=' && src.charAt(pos + 3) != '!') {
                int close = src.indexOf('>', pos + 3);
                if (close < 0) {
                    throw invalid("unterminated group name");
                }
                out.append("(?<").append(groupName(src.substring(pos + 3, close))).append('>');
                pos = close + 1;
            } else if (src.startsWith("(?", pos)) {
                // (?: (?= (?! (?<= (?<! (?> mean the same in Java; inline options too, except .NET's 'n'
                for (String prefix : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
                    if (src.startsWith(prefix, pos)) {
                        out.append(prefix);
                        pos += prefix.length();
                        last = Last.NOTHING;
                        return;
                    }
                }
                int end = pos + 2;
                while (end < src.length() && "imsx-".indexOf(src.charAt(end)) >= 0) {
                    end++;
                }
                if (end == pos + 2 || end >= src.length() || (src.charAt(end) != ')' && src.charAt(end) != ':')) {
                    throw invalid("unsupported group construct at index " + pos);
                }
                out.append(src, pos, end + 1);
                pos = end + 1;
            } else {
                out.append('(');
                pos++;
            }
            last = Last.NOTHING;
        }

        private String groupName(String name) {
            if (name.indexOf('-') >= 0) {
                throw invalid("balancing groups are not supported by the emulator");
            }
            return name;
        }

        private void escapeOutsideClass() {
            pos++;
            if (pos >= src.length()) {
                throw invalid("illegal \\ at end of pattern");
            }
            char e = src.charAt(pos);
            switch (e) {
                case 'A', 'z', 'Z', 'b', 'B', 'G' -> {
                    anchorStart = out.length();
                    out.append('\\').append(e);
                    pos++;
                    last = Last.ANCHOR;
                    return;
                }
                case 'k' -> {
                    pos++;
                    out.append(namedBackreference());
                    last = Last.ATOM;
                    return;
                }
                default -> {
                    if (e >= '1' && e <= '9') {
                        int start = pos;
                        while (pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') {
                            pos++;
                        }
                        out.append('\\').append(src, start, pos);
                        last = Last.ATOM;
                        return;
                    }
                    out.append(commonEscape(e, false));
                    last = Last.ATOM;
                }
            }
        }

        private String namedBackreference() {
            if (pos >= src.length() || (src.charAt(pos) != '<' && src.charAt(pos) != '\'')) {
                throw invalid("malformed \\k<...> named backreference");
            }
            char closer = src.charAt(pos) == '<' ? '>' : '\'';
            int close = src.indexOf(closer, pos + 1);
            if (close < 0) {
                throw invalid("malformed \\k<...> named backreference");
            }
            String name = src.substring(pos + 1, close);
            pos = close + 1;
            if (!name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return "\\" + name;
            }
            return "\\k<" + name + ">";
        }

        /**
         * Escapes valid both outside and inside a class; {@code pos} is at the character after the backslash and is
         * advanced past the escape.
         */
        private String commonEscape(char e, boolean inClass) {
            pos++;
            switch (e) {
                case 'd', 'D', 'w', 'W', 's', 'S', 'n', 'r', 't', 'f', 'e', 'a' -> {
                    return "\\" + e;
                }
                case 'v' -> {
                    return "\\x0B";
                }
                case 'b' -> {
                    if (inClass) {
                        return "\\x08";
                    }
                    throw new IllegalStateException("\\b outside a class is an anchor");
                }
                case 'x' -> {
                    return "\\x" + hexDigits(2);
                }
                case 'u' -> {
                    return "\\u" + hexDigits(4);
                }
                case 'c' -> {
                    if (pos >= src.length() || !isAsciiLetter(src.charAt(pos))) {
                        throw invalid("missing control character after \\c");
                    }
                    return "\\c" + Character.toUpperCase(src.charAt(pos++));
                }
                case 'p', 'P' -> {
                    if (pos >= src.length() || src.charAt(pos) != '{') {
                        throw invalid("malformed \\" + e + "{...} escape");
                    }
                    int close = src.indexOf('}', pos);
                    if (close < 0) {
                        throw invalid("malformed \\" + e + "{...} escape");
                    }
                    String name = src.substring(pos + 1, close);
                    pos = close + 1;
                    if (name.startsWith("Is") && name.length() > 2) {
                        name = "In" + name.substring(2); // .NET named blocks are Java's In<Block>
                    }
                    return "\\" + e + "{" + name + "}";
                }
                case '0' -> {
                    int start = pos;
                    while (pos < src.length() && pos - start < 2 && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
                        pos++;
                    }
                    String digits = src.substring(start, pos);
                    return "\\0" + (digits.isEmpty() ? "0" : digits);
                }
                default -> {
                    if (isAsciiLetter(e) || (e >= '0' && e <= '9')) {
                        throw invalid("unrecognized escape sequence \\" + e);
                    }
                    return "\\" + e;
                }
            }
        }

        private String hexDigits(int count) {
            if (pos + count > src.length()) {
                throw invalid("insufficient hexadecimal digits");
            }
            String hex = src.substring(pos, pos + count);
            for (int i = 0; i < hex.length(); i++) {
                if (Character.digit(hex.charAt(i), 16) < 0 || hex.charAt(i) > 127) {
                    throw invalid("insufficient hexadecimal digits");
                }
            }
            pos += count;
            return hex;
        }

        /** Parses a class starting at '[' ({@code pos}); leaves {@code pos} after its closing ']'. */
        private CharClass parseClass() {
            pos++;
            boolean negated = false;
            if (pos < src.length() && src.charAt(pos) == '^') {
                negated = true;
                pos++;
            }
            StringBuilder items = new StringBuilder();
            boolean first = true;
            while (true) {
                if (pos >= src.length()) {
                    throw invalid("unterminated [] set");
                }
                char c = src.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    return new CharClass(negated, items.toString(), null);
                }
                if (c == '-' && !first && pos + 1 < src.length() && src.charAt(pos + 1) == '[') {
                    pos++;
                    CharClass subtracted = parseClass();
                    if (pos >= src.length() || src.charAt(pos) != ']') {
                        throw invalid("a subtraction must be the last element in a character class");
                    }
                    pos++;
                    return new CharClass(negated, items.toString(), subtracted);
                }
                first = false;
                switch (c) {
                    case '\\' -> {
                        pos++;
                        if (pos >= src.length()) {
                            throw invalid("illegal \\ at end of pattern");
                        }
                        char e = src.charAt(pos);
                        if (e >= '1' && e <= '7') {
                            // inside a class .NET reads \1..\7 as an octal escape (up to three digits)
                            int start = pos;
                            while (pos < src.length() && pos - start < 3 && src.charAt(pos) >= '0'
                                    && src.charAt(pos) <= '7') {
                                pos++;
                            }
                            items.append("\\0").append(src, start, pos);
                        } else if (e == '8' || e == '9') {
                            throw invalid("unrecognized escape sequence \\" + e);
                        } else {
                            items.append(commonEscape(e, true));
                        }
                    }
                    case '[', '&', ']', '^' -> {
                        items.append('\\').append(c);
                        pos++;
                    }
                    default -> {
                        items.append(c);
                        pos++;
                    }
                }
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private IllegalArgumentException invalid(String why) {
            return new IllegalArgumentException("invalid regular expression at offset " + pos + ": " + why);
        }
    }
}
