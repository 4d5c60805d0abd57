package io.newsstream.core.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Stable article ids: the same article sent twice gets the same id, and so the same Kafka key.
 * The id is the first 32 hex characters of the SHA-256 of the normalised URL when there is one, else of the
 * normalised text; for an HTML page without URL, of the normalised page (markup included, so a page and a text
 * article never share an id by accident).
 */
public final class ArticleIds {

    private static final int ID_HEX_CHARS = 32;
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src");

    private ArticleIds() {
    }

    /** The id of an article with the given URL (may be null or blank) and text. */
    public static String of(String url, String text) {
        if (url != null && !url.isBlank()) {
            return hash("url:" + normaliseUrl(url));
        }
        return hash("text:" + normaliseText(text));
    }

    /** The id of an HTML page with the given URL (may be null or blank): from the URL when there is one, else the page. */
    public static String ofPage(String url, String html) {
        if (url != null && !url.isBlank()) {
            return hash("url:" + normaliseUrl(url));
        }
        return hash("html:" + normaliseText(html));
    }

    /** Lower-cases scheme and host; drops the fragment, default ports, tracking parameters and a trailing slash. */
    static String normaliseUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = withoutTrackingParameters(uri.getRawQuery());
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    /** Unicode-normalises, lower-cases and collapses whitespace, so re-wrapped copies of a text share an id. */
    static String normaliseText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").trim();
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
