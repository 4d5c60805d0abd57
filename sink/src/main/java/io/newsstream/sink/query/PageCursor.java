package io.newsstream.sink.query;

import io.newsstream.sink.store.TimestampRange;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a page of {@code /v1/articles} ended: the last row's {@code (listed_at, id)}, handed to clients as an opaque
 * base64url token so the next page starts strictly after it, however many rows share its time.
 */
public record PageCursor(Instant listedAt, String id) {

    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{1,64}");

    public String encode() {
        String plain = listedAt + "," + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadParameterException naming {@code parameter} when the token is not one this API handed out */
    public static PageCursor decode(String token, String parameter) throws BadParameterException {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int comma = plain.indexOf(',');
            if (comma > 0) {
                String id = plain.substring(comma + 1);
                Instant listedAt = Instant.parse(plain.substring(0, comma));
                // A cursor this API handed out holds a stored time, so always one the database can compare.
                if (ARTICLE_ID.matcher(id).matches() && TimestampRange.contains(listedAt)) {
                    return new PageCursor(listedAt, id);
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // answered below
        }
        throw new BadParameterException(parameter, parameter + " is not a cursor this API handed out (use the "
                + "nextCursor of the previous page), got '" + QueryParameters.shortened(token) + "'");
    }
}
