package io.newsstream.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes the way browsers choose its encoding (WHATWG order): a byte order mark, then the
 * charset of the HTTP {@code Content-Type}, then a {@code <meta>} declaration near the top of the page, then UTF-8.
 * Pages that declare nothing and are not valid UTF-8 are read as windows-1252, as browsers do. One departure from
 * browsers: a page whose bytes are valid UTF-8 with non-ASCII text is read as UTF-8 whatever its {@code <meta>} tag
 * says, because archives and crawlers often store pages re-encoded as UTF-8 with the original tag left in, and
 * legacy-encoded text (GBK, Shift_JIS, windows-1252...) is almost never valid UTF-8 by chance.
 */
public final class HtmlDecoder {

    /** Browsers look for the meta declaration in the first 1024 bytes; real pages put scripts first, so look further. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /** The page as text; {@code headerCharset} is the charset parameter of the HTTP Content-Type, or null. */
    public static String decode(byte[] page, String headerCharset) {
        if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
            return new String(page, 3, page.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(page, 0xFE, 0xFF)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(page, 0xFF, 0xFE)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16LE);
        }
        Optional<Charset> header = charset(headerCharset);
        if (header.isPresent()) {
            return new String(page, header.get());
        }
        Optional<String> utf8 = strictUtf8(page);
        Optional<Charset> meta = metaCharset(page);
        if (meta.isPresent() && !(utf8.isPresent() && hasNonAscii(page))) {
            return new String(page, meta.get());
        }
        return utf8.orElseGet(() -> new String(page, WINDOWS_1252));
    }

    /** The charset a {@code <meta>} tag near the top of the page declares, if Java knows it. */
    static Optional<Charset> metaCharset(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)) : Optional.empty();
    }

    /**
     * A charset by name as browsers read labels: latin-1 and ASCII labels mean windows-1252, and a page cannot be
     * UTF-16 by declaration (only by its byte order mark).
     */
    static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String label = name.trim().toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        if (label.startsWith("utf-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] page) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNonAscii(byte[] page) {
        for (byte b : page) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
