package io.newsstream.ingest;

/**
 * How large an accepted article and each of its fields may be, so nothing reaches {@code articles.raw} that
 * enrichment or storage cannot take. Field limits count characters (Unicode code points, as JSON Schema's
 * {@code maxLength} does), the article limit UTF-8 bytes.
 *
 * @param maxArticleBytes all fields together, in UTF-8 bytes
 * @param maxUrlChars real article URLs stay under 2,000 characters, the longest browsers and CDNs pass reliably
 * @param maxTitleChars a headline, with room for the long ones some sites put in their title element
 * @param maxOutletHintChars an outlet name or domain; stored in an indexed column, so bounded well below an index row
 * @param maxHtmlBytes a whole HTML page, in UTF-8 bytes once decoded; the other fields of a page still count
 *                     against {@code maxArticleBytes}
 */
public record ArticleLimits(int maxArticleBytes, int maxUrlChars, int maxTitleChars, int maxOutletHintChars,
                            int maxHtmlBytes) {

    public static final int DEFAULT_MAX_URL_CHARS = 2048;
    public static final int DEFAULT_MAX_TITLE_CHARS = 1000;
    public static final int DEFAULT_MAX_OUTLET_HINT_CHARS = 200;
    /** Real article pages are 50 KB to 1 MB, scripts and styles included; 2 MiB leaves room for the heavy ones. */
    public static final int DEFAULT_MAX_HTML_BYTES = 2 * 1024 * 1024;
    /**
     * A PostgreSQL btree row holds at most 2,704 bytes; at up to 4 UTF-8 bytes a character, 500 characters of
     * outletHint (2,000 bytes) leave room for the rest of the index row.
     */
    public static final int MAX_INDEXED_CHARS = 500;
    /** The longest BCP 47 tag a client sends in practice (language, script, region, variant); not a setting. */
    public static final int MAX_LANGUAGE_CHARS = 35;

    public ArticleLimits {
        requirePositive("maxArticleBytes", maxArticleBytes);
        requirePositive("maxUrlChars", maxUrlChars);
        requirePositive("maxTitleChars", maxTitleChars);
        requirePositive("maxOutletHintChars", maxOutletHintChars);
        requirePositive("maxHtmlBytes", maxHtmlBytes);
        if (maxOutletHintChars > MAX_INDEXED_CHARS) {
            throw new IllegalArgumentException("maxOutletHintChars must be at most " + MAX_INDEXED_CHARS + ", got " + maxOutletHintChars);
        }
    }

    /** The given limits with the default page limit. */
    public ArticleLimits(int maxArticleBytes, int maxUrlChars, int maxTitleChars, int maxOutletHintChars) {
        this(maxArticleBytes, maxUrlChars, maxTitleChars, maxOutletHintChars, DEFAULT_MAX_HTML_BYTES);
    }

    /** The default field limits with the given article limit. */
    public static ArticleLimits withArticleBytes(int maxArticleBytes) {
        return new ArticleLimits(maxArticleBytes, DEFAULT_MAX_URL_CHARS, DEFAULT_MAX_TITLE_CHARS, DEFAULT_MAX_OUTLET_HINT_CHARS);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
