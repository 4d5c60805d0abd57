package io.newsstream.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the URL a page's {@code <link rel="canonical">} names, cheaply: a scan of the page's head, no parsing (enrich
 * parses the page properly later). Only absolute http(s) URLs count.
 */
public final class CanonicalLink {

    /** The head of a page, where the link belongs; scripts and styles can make it long. */
    private static final int HEAD_CHARS = 256 * 1024;
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL = Pattern.compile("\\brel\\s*=\\s*[\"']?\\s*canonical\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

    private CanonicalLink() {
    }

    /** The absolute http(s) URL of the page's canonical link, if its head has one. */
    public static Optional<String> find(String html) {
        Matcher link = LINK.matcher(html).region(0, Math.min(html.length(), HEAD_CHARS));
        while (link.find()) {
            String tag = link.group();
            if (CANONICAL.matcher(tag).find()) {
                Matcher href = HREF.matcher(tag);
                if (href.find()) {
                    String url = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
                    url = url.strip().replace("&amp;", "&");
                    return ABSOLUTE_HTTP.matcher(url).matches() ? Optional.of(url) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
