package io.github.acsnumbers.siprouting.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates .NET regular expression syntax (RegexOptions.None) into java.util.regex syntax. The parsing rules
 * follow .NET's parser where the two dialects disagree: a quantifier is legal after an anchor, '{' is a literal
 * unless it starts a well-formed {n}, {n,} or {n,m}, '-[' inside a class subtracts, '[' inside a class is a plain
 * character, two quantifiers in a row are an error (Java would read "*+" as possessive), and \d means any Unicode
 * decimal digit.
 */
final class DotNetRegexTranslator {
    /** Unicode general categories, which both dialects spell the same way. */
    private static final Set<String> CATEGORIES = Set.of("L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs",
        "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn");

    private static final String JAVA_META = "\\^$.|?*+()[]{}";

    private final String p;
    private int pos;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> differences = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    private DotNetRegexTranslator(String pattern) {
        this.p = pattern;
    }

    /** Problem found while reading; {@code invalid} distinguishes .NET syntax errors from unsupported constructs. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean invalid;

        Stop(boolean invalid, String message) {
            super(message, null, false, false);
            this.invalid = invalid;
        }
    }

    static NumberPattern translate(String pattern) {
        DotNetRegexTranslator t = new DotNetRegexTranslator(pattern);
        try {
            t.scan();
        } catch (Stop stop) {
            return new NumberPattern(pattern, stop.invalid ? NumberPattern.Status.INVALID
                : NumberPattern.Status.UNSUPPORTED, null, null, stop.getMessage(), List.copyOf(t.differences),
                List.copyOf(t.warnings));
        }
        String java = t.out.toString();
        Pattern compiled;
        try {
            compiled = Pattern.compile(java, Pattern.UNIX_LINES);
        } catch (PatternSyntaxException e) {
            // a translation Java cannot compile is reported, never guessed around
            return new NumberPattern(pattern, NumberPattern.Status.UNSUPPORTED, null, null,
                "no Java equivalent (" + e.getDescription() + ")", List.copyOf(t.differences),
                List.copyOf(t.warnings));
        }
        List<String> diffs = new ArrayList<>(t.differences);
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            diffs.add("java.util.regex rejects the pattern as written (" + e.getDescription() + ")");
        }
        return new NumberPattern(pattern, NumberPattern.Status.SUPPORTED, java, compiled, null, diffs,
            List.copyOf(t.warnings));
    }

    private static Stop invalid(String message) {
        return new Stop(true, message);
    }

    private static Stop unsupported(String message) {
        return new Stop(false, message);
    }

    private void scan() throws Stop {
        int depth = 0;
        // what the last unit was: NONE (nothing quantifiable: start, after '(' or '|'), UNIT, ANCHOR, QUANTIFIER
        int last = NONE;
        int unitStart = 0;
        String anchorText = null;
        while (pos < p.length()) {
            char c = p.charAt(pos);
            if (c == '*' || c == '+' || c == '?' || (c == '{' && trueQuantifierAt(pos))) {
                if (last == QUANTIFIER) {
                    throw invalid("nested quantifier '" + c + "' at offset " + pos
                        + " (.NET rejects two quantifiers in a row; Java would read '*+' as possessive)");
                }
                if (last == NONE) {
                    throw invalid("quantifier '" + c + "' at offset " + pos + " follows nothing");
                }
                String q = readQuantifier();
                if (last == ANCHOR) {
                    out.insert(unitStart, "(?:").append(')');
                    warnAnchorQuantifier(anchorText, q);
                }
                out.append(q);
                last = QUANTIFIER;
                continue;
            }
            unitStart = out.length();
            int kind = UNIT;
            switch (c) {
                case '\\':
                    kind = escape();
                    if (kind == ANCHOR) {
                        anchorText = p.substring(pos - 2, pos);
                    }
                    break;
                case '[':
                    pos++;
                    out.append(readClass().render());
                    break;
                case '(':
                    pos++;
                    if (openGroup()) {
                        depth++;
                        last = NONE;
                    }
                    continue;
                case ')':
                    if (depth == 0) {
                        throw invalid("too many ')' at offset " + pos);
                    }
                    depth--;
                    pos++;
                    out.append(')');
                    last = UNIT;
                    continue;
                case '|':
                    pos++;
                    out.append('|');
                    last = NONE;
                    continue;
                case '^':
                case '$':
                    pos++;
                    out.append(c);
                    anchorText = String.valueOf(c);
                    kind = ANCHOR;
                    break;
                case '.':
                    pos++;
                    // with UNIX_LINES, Java's '.' is .NET's [^\n]
                    out.append('.');
                    break;
                case '{':
                    pos++;
                    out.append("\\{");
                    differences.add("'{' that does not start a {n}, {n,} or {n,m} quantifier is a literal in .NET;"
                        + " Java treats it as a quantifier");
                    break;
                default:
                    pos++;
                    appendLiteral(c);
                    break;
            }
            last = kind;
        }
        if (depth > 0) {
            throw invalid("not enough ')'");
        }
    }

    private static final int NONE = 0;
    private static final int UNIT = 1;
    private static final int ANCHOR = 2;
    private static final int QUANTIFIER = 3;

    private void warnAnchorQuantifier(String anchor, String quantifier) {
        if (quantifier.startsWith("+")) {
            warnings.add("'" + anchor + "+' repeats the anchor '" + anchor + "' (in .NET as in Java) and does not"
                + " match a literal '+'; a number written with a leading '+' cannot match there."
                + " Write '" + anchor + "\\+' for a literal plus");
        } else {
            warnings.add("quantifier '" + quantifier + "' after the anchor '" + anchor + "' makes or keeps the"
                + " anchor optional or repeated; it matches no character");
        }
    }

    /** True when a '{' at index i starts a .NET quantifier: {digits}, {digits,} or {digits,digits}. */
    private boolean trueQuantifierAt(int i) {
        int j = i + 1;
        int digits = 0;
        while (j < p.length() && isAsciiDigit(p.charAt(j))) {
            j++;
            digits++;
        }
        if (digits == 0 || j >= p.length()) {
            return false;
        }
        if (p.charAt(j) == '}') {
            return true;
        }
        if (p.charAt(j) != ',') {
            return false;
        }
        j++;
        while (j < p.length() && isAsciiDigit(p.charAt(j))) {
            j++;
        }
        return j < p.length() && p.charAt(j) == '}';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String readQuantifier() throws Stop {
        char c = p.charAt(pos++);
        String q;
        if (c == '{') {
            int close = p.indexOf('}', pos);
            String body = p.substring(pos, close);
            pos = close + 1;
            int comma = body.indexOf(',');
            long min = parseCount(comma < 0 ? body : body.substring(0, comma));
            if (comma >= 0 && comma < body.length() - 1) {
                long max = parseCount(body.substring(comma + 1));
                if (min > max) {
                    throw invalid("quantifier {" + body + "} has its range in reverse order");
                }
            }
            q = "{" + body + "}";
        } else {
            q = String.valueOf(c);
        }
        if (pos < p.length() && p.charAt(pos) == '?') {
            pos++;
            q += "?";
        }
        return q;
    }

    private static long parseCount(String digits) throws Stop {
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            throw invalid("quantifier count " + digits + " is too large");
        }
        return Long.parseLong(digits);
    }

    private void appendLiteral(char c) {
        if (JAVA_META.indexOf(c) >= 0) {
            out.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\x{%X}", (int) c));
        } else {
            out.append(c);
        }
    }

    /** Reads an escape outside a class ('pos' at the backslash); returns UNIT or ANCHOR. */
    private int escape() throws Stop {
        pos++;
        if (pos >= p.length()) {
            throw invalid("illegal '\\' at the end of the pattern");
        }
        char e = p.charAt(pos++);
        switch (e) {
            case 'd':
                out.append("\\p{Nd}");
                noteDigitClass();
                return UNIT;
            case 'D':
                out.append("\\P{Nd}");
                noteDigitClass();
                return UNIT;
            case 'A':
            case 'z':
            case 'Z':
                out.append('\\').append(e);
                return ANCHOR;
            case 'p':
            case 'P':
                out.append('\\').append(e).append('{').append(readCategory()).append('}');
                return UNIT;
            case 'w':
            case 'W':
            case 's':
            case 'S':
            case 'b':
            case 'B':
            case 'G':
                throw unsupported("'\\" + e + "' is not evaluated locally (.NET and Java define its characters"
                    + " differently)");
            case 'k':
                throw unsupported("named back references ('\\k') are not evaluated locally");
            default:
                if (e >= '1' && e <= '9') {
                    throw unsupported("back references ('\\" + e + "') are not evaluated locally");
                }
                pos--;
                appendLiteral(charEscape(false));
                return UNIT;
        }
    }

    private void noteDigitClass() {
        differences.add("'\\d' matches any Unicode decimal digit in .NET but only 0-9 in Java"
            + " (translated to \\p{Nd})");
    }

    /** Reads {Name} after \p or \P ('pos' at the brace). */
    private String readCategory() throws Stop {
        if (pos >= p.length() || p.charAt(pos) != '{') {
            throw invalid("malformed '\\p' escape: expected '{' at offset " + pos);
        }
        int close = p.indexOf('}', pos);
        if (close < 0) {
            throw invalid("malformed '\\p' escape: no closing '}'");
        }
        String name = p.substring(pos + 1, close);
        pos = close + 1;
        if (!CATEGORIES.contains(name)) {
            throw unsupported("Unicode property '" + name + "' is not evaluated locally (only general categories are)");
        }
        return name;
    }

    /**
     * Reads a single-character escape ('pos' at the character after the backslash) the way .NET does; letters it
     * does not know are errors in .NET.
     */
    private char charEscape(boolean inClass) throws Stop {
        char e = p.charAt(pos++);
        switch (e) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'v':
                differences.add("'\\v' is the vertical-tab character in .NET but a class of vertical whitespace"
                    + " in Java");
                return '\u000B';
            case 'e':
                return '\u001B';
            case 'a':
                return '\u0007';
            case 'b':
                if (inClass) {
                    return '\b';
                }
                throw unsupported("'\\b' is not evaluated locally");
            case 'x':
                return (char) hex(2);
            case 'u':
                return (char) hex(4);
            case 'c':
                throw unsupported("control-character escapes ('\\c') are not evaluated locally");
            default:
                if (e >= '0' && e <= '7') {
                    // octal: up to three digits, as .NET reads them
                    int value = e - '0';
                    int n = 1;
                    while (n < 3 && pos < p.length() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7') {
                        value = value * 8 + (p.charAt(pos++) - '0');
                        n++;
                    }
                    return (char) (value & 0xFF);
                }
                if (Character.isLetterOrDigit(e) || e == '_') {
                    throw invalid("unrecognized escape sequence '\\" + e + "'");
                }
                return e;
        }
    }

    private int hex(int digits) throws Stop {
        if (pos + digits > p.length()) {
            throw invalid("insufficient hexadecimal digits at offset " + pos);
        }
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(p.charAt(pos++), 16);
            if (d < 0) {
                throw invalid("insufficient hexadecimal digits at offset " + (pos - 1));
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** Handles the text after '('; returns true when a group was opened (false for a comment). */
    private boolean openGroup() throws Stop {
        if (pos >= p.length() || p.charAt(pos) != '?') {
            out.append('(');
            return true;
        }
        if (pos + 1 >= p.length()) {
            throw invalid("unrecognized grouping construct at offset " + pos);
        }
        char k = p.charAt(pos + 1);
        switch (k) {
            case ':':
            case '=':
            case '!':
            case '>':
                out.append("(?").append(k);
                pos += 2;
                return true;
            case '#': {
                int close = p.indexOf(')', pos);
                if (close < 0) {
                    throw invalid("unterminated (?#...) comment");
                }
                pos = close + 1;
                return false;
            }
            case '<':
            case '\'': {
                char after = pos + 2 < p.length() ? p.charAt(pos + 2) : '\0';
                if (k == '<' && (after == '=' || after == '!')) {
                    // .NET matches lookbehinds right to left with no length limit; Java's are bounded and
                    // evaluated differently, so the answer could differ
                    throw unsupported("lookbehind '(?<" + after + "' is not evaluated locally");
                }
                char close = k == '<' ? '>' : '\'';
                int end = p.indexOf(close, pos + 2);
                if (end < 0) {
                    throw invalid("unterminated group name at offset " + pos);
                }
                String name = p.substring(pos + 2, end);
                if (name.isEmpty() || name.indexOf('-') >= 0) {
                    throw unsupported("balancing groups are not evaluated locally");
                }
                for (int i = 0; i < name.length(); i++) {
                    char ch = name.charAt(i);
                    if (!Character.isLetterOrDigit(ch) && ch != '_') {
                        throw invalid("invalid group name '" + name + "'");
                    }
                }
                // the name only matters for back references, which are unsupported: keep a plain group
                out.append('(');
                pos = end + 1;
                return true;
            }
            case '(':
                throw unsupported("conditional groups '(?(...)' are not evaluated locally");
            default:
                if ("imnsx-".indexOf(k) >= 0) {
                    throw unsupported("inline options '(?" + k + "...' are not evaluated locally");
                }
                throw invalid("unrecognized grouping construct '(?" + k + "' at offset " + pos);
        }
    }

    /** A parsed character class: plain items in Java class syntax, a negation and an optional subtraction. */
    private static final class CharClass {
        final StringBuilder items = new StringBuilder();
        boolean negate;
        CharClass subtraction;

        String render() {
            String base = "[" + (negate ? "^" : "") + items + "]";
            if (subtraction == null) {
                return base;
            }
            // one character that is in the base class but not in the subtracted class
            return "(?:(?!" + subtraction.render() + ")" + base + ")";
        }
    }

    /** Reads a class after '[' up to and including its ']'. */
    private CharClass readClass() throws Stop {
        CharClass cc = new CharClass();
        if (pos < p.length() && p.charAt(pos) == '^') {
            pos++;
            cc.negate = true;
        }
        boolean first = true;
        boolean inRange = false;
        char rangeStart = 0;
        for (; pos < p.length(); first = false) {
            boolean translated = false;
            char ch = p.charAt(pos++);
            if (ch == ']' && !first) {
                return cc;
            }
            if (ch == '\\' && pos < p.length()) {
                char e = p.charAt(pos);
                if (e == 'd' || e == 'D' || e == 'p' || e == 'P') {
                    if (inRange) {
                        throw invalid("a range cannot end with the class '\\" + e + "'");
                    }
                    pos++;
                    if (e == 'd' || e == 'D') {
                        cc.items.append(e == 'd' ? "\\p{Nd}" : "\\P{Nd}");
                        noteDigitClass();
                    } else {
                        cc.items.append('\\').append(e).append('{').append(readCategory()).append('}');
                    }
                    continue;
                }
                if (e == '-') {
                    // .NET: an escaped '-' can end a range but never starts one
                    pos++;
                    if (inRange) {
                        if (rangeStart > '-') {
                            throw invalid("[" + rangeStart + "--] range in reverse order");
                        }
                        appendClassChar(cc.items, rangeStart);
                        cc.items.append('-');
                        inRange = false;
                    }
                    appendClassChar(cc.items, '-');
                    continue;
                }
                if (e == 'w' || e == 'W' || e == 's' || e == 'S') {
                    throw unsupported("'\\" + e + "' is not evaluated locally (.NET and Java define its characters"
                        + " differently)");
                }
                ch = charEscape(true);
                translated = true;
            }
            if (inRange) {
                inRange = false;
                if (ch == '[' && !translated) {
                    // "x-[" : x is a plain character and a subtraction starts
                    appendClassChar(cc.items, rangeStart);
                    startSubtraction(cc);
                } else {
                    if (rangeStart > ch) {
                        throw invalid("[" + rangeStart + "-" + ch + "] range in reverse order");
                    }
                    appendClassChar(cc.items, rangeStart);
                    cc.items.append('-');
                    appendClassChar(cc.items, ch);
                }
            } else if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
                rangeStart = ch;
                inRange = true;
                pos++;
            } else if (pos < p.length() && ch == '-' && !translated && p.charAt(pos) == '[' && !first) {
                pos++;
                startSubtraction(cc);
            } else {
                if (ch == '[' && !translated) {
                    differences.add("'[' inside a class is a plain character in .NET but opens a nested class in"
                        + " Java");
                }
                if (ch == '&' && pos < p.length() && p.charAt(pos) == '&') {
                    differences.add("'&&' inside a class is two plain characters in .NET but an intersection in"
                        + " Java");
                }
                appendClassChar(cc.items, ch);
            }
        }
        throw invalid("unterminated [] set");
    }

    private void startSubtraction(CharClass cc) throws Stop {
        differences.add("'-[...]' subtracts a class in .NET; Java reads it as a union, so the subtracted"
            + " characters would match");
        cc.subtraction = readClass();
        if (pos < p.length() && p.charAt(pos) != ']') {
            throw invalid("a subtraction must be the last element in a character class");
        }
    }

    private static void appendClassChar(StringBuilder items, char c) {
        if (Character.isLetterOrDigit(c) && c < 0x80) {
            items.append(c);
        } else {
            items.append(String.format("\\x{%X}", (int) c));
        }
    }
}
