package io.newsstream.core.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The bearer tokens that may use an endpoint, checked in constant time. Only their SHA-256 digests are kept, so the
 * tokens themselves can never show up in a log line, an answer or {@link #toString()}.
 */
public final class BearerTokens {

    /** What a request's {@code Authorization} header amounts to. */
    public enum Verdict {
        GRANTED,
        /** No {@code Authorization} header. */
        MISSING,
        /** A header that is not {@code Bearer <token>}. */
        MALFORMED,
        /** A bearer token that is not one of the configured ones. */
        INVALID;

        /** The metric tag value, e.g. {@code missing}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String SCHEME = "bearer";
    private static final BearerTokens NONE = new BearerTokens(List.of());

    private final List<byte[]> digests;

    private BearerTokens(List<byte[]> digests) {
        this.digests = digests;
    }

    /** No tokens: authentication is off and every request is granted. */
    public static BearerTokens none() {
        return NONE;
    }

    public static BearerTokens of(Collection<String> tokens) {
        return new BearerTokens(tokens.stream().map(BearerTokens::sha256).toList());
    }

    /** Whether requests must present a token. */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** @param authorization the {@code Authorization} header, or null when the request had none */
    public Verdict check(String authorization) {
        if (!required()) {
            return Verdict.GRANTED;
        }
        if (authorization == null || authorization.isBlank()) {
            return Verdict.MISSING;
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Verdict.MALFORMED;
        }
        String token = header.substring(space + 1).trim();
        if (token.isEmpty()) {
            return Verdict.MALFORMED;
        }
        // Digests have one length and every one is compared, so the time taken says nothing about any token.
        byte[] presented = sha256(token);
        boolean matched = false;
        for (byte[] digest : digests) {
            matched |= MessageDigest.isEqual(digest, presented);
        }
        return matched ? Verdict.GRANTED : Verdict.INVALID;
    }

    @Override
    public String toString() {
        return required() ? "BearerTokens[" + digests.size() + " token(s), values hidden]" : "BearerTokens[none]";
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
