package io.github.acsnumbers.implementation.auth;

import io.github.acsnumbers.core.auth.KeyCredential;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Communication Services HMAC-SHA256 request signature as a pure function.
 *
 * <p>String to sign: {@code VERB \n pathAndQuery \n x-ms-date;host;x-ms-content-sha256}, where pathAndQuery is
 * exactly what goes on the wire (never decoded or re-encoded) and the content hash covers the exact body bytes.
 */
public final class HmacSigner {
    /** Hash of the empty body, sent on GET, DELETE and body-less POSTs. */
    public static final String EMPTY_CONTENT_HASH = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private static final DateTimeFormatter RFC_1123 =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });
    private static final ThreadLocal<KeyedMac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return new KeyedMac(Mac.getInstance("HmacSHA256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    });

    /**
     * A thread's Mac and the key array it was initialised with: {@code doFinal} leaves a Mac initialised with the
     * same key, so it is initialised again only when the key changes (a new array: KeyCredential.update). Also the
     * thread's scratch buffers: the string to sign is fed to the Mac through {@link #buf} piece by piece (never
     * built as one String), and the Authorization value is assembled there before its one String is made.
     */
    private static final class KeyedMac {
        private final Mac mac;
        private byte[] key;
        private final byte[] buf = new byte[256];
        private int len;
        private final byte[] digest = new byte[32];
        private final byte[] signature = new byte[44];

        KeyedMac(Mac mac) {
            this.mac = mac;
        }

        Mac with(byte[] k) throws InvalidKeyException {
            if (k != key) {
                key = null;
                mac.init(new SecretKeySpec(k, "HmacSHA256"));
                key = k;
            }
            return mac;
        }

        private void put(int b) {
            if (len == buf.length) {
                flush();
            }
            buf[len++] = (byte) b;
        }

        private void flush() {
            mac.update(buf, 0, len);
            len = 0;
        }

        /**
         * Feeds {@code s[from, to)} as UTF-8, as {@code String.getBytes(UTF_8)} encodes it (a lone surrogate as '?'):
         * runs of ASCII are copied into the buffer in bulk, anything else is encoded char by char.
         */
        void text(String s, int from, int to) {
            int i = from;
            while (i < to) {
                int end = i;
                while (end < to && s.charAt(end) < 0x80) {
                    end++;
                }
                ascii(s, i, end);
                i = end;
                if (i < to) {
                    i = encode(s, i, to);
                }
            }
        }

        /**
         * Feeds {@code s[from, to)}, known to be ASCII (a URL's text as OkHttp encodes it, a date, a Base64 hash),
         * copied in bulk without looking at each char.
         */
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, and no copy
        void ascii(String s, int from, int to) {
            int i = from;
            while (i < to) {
                if (len == buf.length) {
                    flush();
                }
                int n = Math.min(to - i, buf.length - len);
                s.getBytes(i, i + n, buf, len);
                len += n;
                i += n;
            }
        }

        /** Feeds the non-ASCII char at {@code i} (a surrogate pair as one code point); returns the next index. */
        private int encode(String s, int i, int to) {
            char c = s.charAt(i);
            if (c < 0x800) {
                put(0xC0 | (c >> 6));
                put(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                put(0xF0 | (cp >> 18));
                put(0x80 | ((cp >> 12) & 0x3F));
                put(0x80 | ((cp >> 6) & 0x3F));
                put(0x80 | (cp & 0x3F));
                return i + 2;
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            }
            return i + 1;
        }

        void text(String s) {
            text(s, 0, s.length());
        }
    }

    private record CachedDate(long epochSecond, String text) {
    }

    private static volatile CachedDate lastDate;

    /** The four headers a signed request carries. */
    public record SignedHeaders(String host, String date, String contentHash, String authorization) {
        @Override
        public String toString() {
            return "SignedHeaders{host=" + host + ", date=" + date + ", authorization=***}";
        }
    }

    private HmacSigner() {
    }

    /**
     * Formats an instant as the {@code x-ms-date} header (RFC 1123, GMT).
     *
     * @param instant the time
     * @return e.g. {@code Tue, 02 Jan 2024 03:04:05 GMT}
     */
    public static String formatDate(Instant instant) {
        return formatDateOfSecond(instant.getEpochSecond());
    }

    /**
     * Formats a clock's time as the {@code x-ms-date} header, reading it as {@code clock.millis()} (no Instant made
     * for the system clock).
     *
     * @param clock the time source
     * @return the header value for the clock's current second
     */
    public static String formatDate(java.time.Clock clock) {
        return formatDateOfSecond(Math.floorDiv(clock.millis(), 1000L));
    }

    private static String formatDateOfSecond(long second) {
        // the header changes once a second: formatting it once per second keeps it off the per-call cost
        CachedDate cached = lastDate;
        if (cached == null || cached.epochSecond != second) {
            cached = new CachedDate(second, httpDate(second));
            lastDate = cached;
        }
        return cached.text;
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /**
     * The header's text for a second, as {@link #RFC_1123} writes it. Written by hand for years 1000-9999 because
     * the pattern's day and month names make the formatter load the JDK's locale data on its first use (tens of
     * milliseconds of a fresh process's first request); any other year goes to the formatter.
     *
     * @param second seconds since the epoch
     * @return e.g. {@code Thu, 03 Dec 2026 17:05:09 GMT}
     */
    static String httpDate(long second) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            return RFC_1123.format(Instant.ofEpochSecond(second));
        }
        StringBuilder b = new StringBuilder(29);
        b.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(b, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ').append(year)
            .append(' ');
        twoDigits(b, t.getHour()).append(':');
        twoDigits(b, t.getMinute()).append(':');
        return twoDigits(b, t.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * Base64 SHA-256 of the body bytes.
     *
     * @param body the exact bytes sent; {@code null} for no body
     * @return the {@code x-ms-content-sha256} value
     */
    public static String contentHash(byte[] body) {
        if (body == null || body.length == 0) {
            return EMPTY_CONTENT_HASH;
        }
        // digest(byte[]) leaves the thread's digest reset, and nothing else feeds it: no reset() needed before use
        MessageDigest digest = SHA256.get();
        return Base64.getEncoder().encodeToString(digest.digest(body));
    }

    /**
     * Signs one request.
     *
     * @param credential   the access key
     * @param method       HTTP verb
     * @param pathAndQuery the raw request-target as sent
     * @param host         host, with the port when it is not the scheme's default
     * @param date         the request time
     * @param body         the exact body bytes, or {@code null}
     * @return the headers to set
     */
    public static SignedHeaders sign(KeyCredential credential, String method, String pathAndQuery, String host,
                                     Instant date, byte[] body) {
        String dateHeader = formatDate(date);
        String hash = contentHash(body);
        // the whole string to sign, as the reference vectors were made (the interceptor signs with authorization(),
        // which the tests hold equal to this)
        String stringToSign = method.toUpperCase(Locale.ROOT) + "\n" + pathAndQuery + "\n" + dateHeader + ";" + host
            + ";" + hash;
        String signature = hmac(KeyCredentialAccess.keyBytes(credential), stringToSign);
        return new SignedHeaders(host, dateHeader, hash,
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature);
    }

    /**
     * The {@code Authorization} value of a request, its string to sign ({@code VERB \n pathAndQuery \n
     * date;host;hash}) fed to the thread's Mac piece by piece, as UTF-8: the same bytes as the whole string's, with
     * no string to sign, no byte copy of it and no digest array made per call.
     *
     * @param key          the decoded access key
     * @param method       HTTP verb (signed in upper case)
     * @param source       a string holding the request-target (pathAndQuery itself, or the whole URL)
     * @param from         where the request-target starts in {@code source}
     * @param to           where it ends (exclusive)
     * @param asciiUrl     whether {@code source} is an OkHttp URL's text, whose request-target and host are ASCII
     *                     (OkHttp percent-encodes the path and query and converts the host to ASCII): they are then
     *                     copied in bulk, where any other text is encoded char by char
     * @param date         the {@code x-ms-date} value
     * @param host         the {@code Host} value
     * @param contentHash  the {@code x-ms-content-sha256} value
     * @return {@code HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=...}
     */
    static String authorization(byte[] key, String method, String source, int from, int to, boolean asciiUrl,
                                String date, String host, String contentHash) {
        KeyedMac m = HMAC.get();
        Mac mac;
        try {
            mac = m.with(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The access key cannot be used as an HMAC-SHA256 key.");
        }
        boolean done = false;
        m.len = 0;
        try {
            m.text(upperCase(method));
            m.put('\n');
            if (asciiUrl) {
                m.ascii(source, from, to);
            } else {
                m.text(source, from, to);
            }
            m.put('\n');
            m.ascii(date, 0, date.length()); // formatted here, US locale
            m.put(';');
            if (asciiUrl) {
                m.ascii(host, 0, host.length());
            } else {
                m.text(host);
            }
            m.put(';');
            m.ascii(contentHash, 0, contentHash.length()); // Base64
            m.flush();
            mac.doFinal(m.digest, 0);
            done = true;
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HmacSHA256 wrote more than 32 bytes", e);
        } finally {
            if (!done) {
                mac.reset(); // nothing half-fed may stay in the thread's Mac
            }
        }
        int n = Base64.getEncoder().encode(m.digest, m.signature);
        byte[] out = m.buf;
        System.arraycopy(AUTHORIZATION_PREFIX, 0, out, 0, AUTHORIZATION_PREFIX.length);
        System.arraycopy(m.signature, 0, out, AUTHORIZATION_PREFIX.length, n);
        return new String(out, 0, AUTHORIZATION_PREFIX.length + n, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] AUTHORIZATION_PREFIX =
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=".getBytes(StandardCharsets.US_ASCII);

    /** The method as signed: in upper case (no copy when it already is, as OkHttp's methods are). */
    private static String upperCase(String method) {
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if ((c >= 'a' && c <= 'z') || c >= 0x80) {
                return method.toUpperCase(Locale.ROOT);
            }
        }
        return method;
    }

    /**
     * The signature of a whole string to sign, made in one piece ({@link #sign}, and the reference the tests of
     * {@link #authorization} compare with).
     *
     * @param key          the decoded access key
     * @param stringToSign the string to sign
     * @return the Base64 signature
     */
    static String hmac(byte[] key, String stringToSign) {
        try {
            Mac mac = HMAC.get().with(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The access key cannot be used as an HMAC-SHA256 key.");
        }
    }
}
