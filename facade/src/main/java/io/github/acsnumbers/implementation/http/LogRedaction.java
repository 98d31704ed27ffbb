package io.github.acsnumbers.implementation.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * How a request's URL appears in the SDK's log lines. With redaction on, the path segments that identify a person
 * or a number are replaced by {@code ***}: the segment after {@code phoneNumbers} (but not {@code operations}),
 * after {@code identities}, {@code tenants} and {@code assignments}, and any segment that looks like a phone number
 * anywhere. Operation ids, search and reservation ids (GUIDs), country codes and the query are kept, so a log still
 * tells which call it was. Not part of the API.
 */
public final class LogRedaction {
    /** What replaces a redacted segment. */
    public static final String MASK = "***";

    private static final Set<String> IDENTIFIER_PARENTS = Set.of("phonenumbers", "identities", "tenants", "assignments");
    private static final Pattern PHONE_NUMBER = Pattern.compile("(\\+|%2[bB])?[0-9]{7,15}");

    private LogRedaction() {
    }

    /**
     * @param url      the request URL
     * @param redact   whether identifiers are masked
     * @param sayQuery whether the query is added
     * @return the encoded path (and query), as it goes into a log line
     */
    public static String describe(HttpUrl url, boolean redact, boolean sayQuery) {
        String path = redact ? redactPath(url.encodedPath()) : url.encodedPath();
        String query = url.encodedQuery();
        return sayQuery && query != null ? path + "?" + query : path;
    }

    /**
     * @param encodedPath a URL path as sent
     * @return the path with the identifying segments masked
     */
    public static String redactPath(String encodedPath) {
        String[] segments = encodedPath.split("/", -1);
        StringBuilder out = new StringBuilder(encodedPath.length());
        String previous = "";
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (i > 0) {
                out.append('/');
            }
            boolean identifier = !s.isEmpty() && !s.startsWith(":")
                && (IDENTIFIER_PARENTS.contains(previous.toLowerCase(Locale.ROOT)) && !"operations".equals(s)
                || PHONE_NUMBER.matcher(s).matches());
            out.append(identifier ? MASK : s);
            previous = s;
        }
        return out.toString();
    }
}
