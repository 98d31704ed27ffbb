package io.github.acsnumbers.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding and the form-urlencoded re-serialisation that the JS SDK signs (URLSearchParams rules). */
public final class UrlCodec {

    private UrlCodec() {
    }

    /** One raw {@code name=value} pair of a query string, still encoded. */
    public record RawPair(String name, String value, boolean hasEquals) {
    }

    /**
     * Splits a raw query into raw pairs, keeping their order and encoding. Empty pieces are dropped.
     *
     * @param rawQuery the raw query, without {@code ?}
     * @return the raw pairs
     */
    public static List<RawPair> rawPairs(String rawQuery) {
        List<RawPair> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String piece : rawQuery.split("&", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            if (eq < 0) {
                pairs.add(new RawPair(piece, "", false));
            } else {
                pairs.add(new RawPair(piece.substring(0, eq), piece.substring(eq + 1), true));
            }
        }
        return pairs;
    }

    /**
     * Percent-decodes as UTF-8. With {@code plusIsSpace} a {@code +} becomes a space (query strings, form rules);
     * without it a {@code +} stays literal (path segments). Malformed escapes are kept as they are.
     *
     * @param s the text
     * @param plusIsSpace whether {@code +} means a space
     * @return the decoded text
     */
    public static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Decoded query parameters (form rules: {@code +} is a space), in the order sent.
     *
     * @param rawQuery the raw query, without {@code ?}
     * @return decoded query parameters (form rules
     */
    public static Map<String, List<String>> decodeQuery(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RawPair p : rawPairs(rawQuery)) {
            out.computeIfAbsent(decode(p.name(), true), k -> new ArrayList<>()).add(decode(p.value(), true));
        }
        return out;
    }

    /**
     * The query string as WHATWG {@code URLSearchParams.toString()} re-serialises it: parse with form rules, then
     * encode every byte outside {@code A-Za-z0-9*-._} as {@code %XX} and a space as {@code +}.
     *
     * @param rawQuery the raw query, without {@code ?}
     * @return the query string as WHATWG {@code URLSearchParams.toString()} re-serialises it
     */
    public static String urlSearchParamsForm(String rawQuery) {
        StringBuilder sb = new StringBuilder();
        for (RawPair p : rawPairs(rawQuery)) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(formEncode(decode(p.name(), true))).append('=').append(formEncode(decode(p.value(), true)));
        }
        return sb.toString();
    }

    private static String formEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '*' || c == '-' || c == '.' || c == '_') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
