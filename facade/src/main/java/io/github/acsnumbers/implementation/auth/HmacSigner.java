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
     * same key, so it is initialised again only when the key changes (a new array: KeyCredential.update).
     */
    private static final class KeyedMac {
        private final Mac mac;
        private byte[] key;

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
        // the header changes once a second: formatting it once per second keeps it off the per-call cost
        CachedDate cached = lastDate;
        long second = instant.getEpochSecond();
        if (cached == null || cached.epochSecond != second) {
            cached = new CachedDate(second, RFC_1123.format(instant));
            lastDate = cached;
        }
        return cached.text;
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
        String stringToSign = method.toUpperCase(Locale.ROOT) + "\n" + pathAndQuery + "\n" + dateHeader + ";" + host
            + ";" + hash;
        String signature = hmac(KeyCredentialAccess.keyBytes(credential), stringToSign);
        return new SignedHeaders(host, dateHeader, hash,
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + signature);
    }

    static String hmac(byte[] key, String stringToSign) {
        try {
            Mac mac = HMAC.get().with(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("The access key cannot be used as an HMAC-SHA256 key.");
        }
    }
}
