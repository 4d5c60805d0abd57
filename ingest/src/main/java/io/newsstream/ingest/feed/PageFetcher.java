package io.newsstream.ingest.feed;

import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.ingest.ArticleLimits;
import io.newsstream.ingest.BodyTooLargeException;
import io.newsstream.ingest.BoundedBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches an item's web page as HTML, for feeds that carry only a summary; the page is sent as received and enrich
 * extracts the article from it.
 */
class PageFetcher {

    /** Ingest's default page limit: a larger page would be refused, so the feed's summary is sent instead. */
    private static final int MAX_PAGE_BYTES = ArticleLimits.DEFAULT_MAX_HTML_BYTES;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;

    PageFetcher(HttpClient client) {
        this.client = client;
    }

    /**
     * @return the page, decoded, or a one-line reason it could not be had
     */
    PageText fetch(String url) throws InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", FeedFetcher.USER_AGENT)
                    .header("Accept", "text/html, application/xhtml+xml;q=0.9")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return PageText.failed("not a URL the client can fetch");
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return PageText.failed("HTTP " + response.statusCode());
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("text/html");
                if (!contentType.toLowerCase(Locale.ROOT).contains("html")) {
                    return PageText.failed("not an HTML page: " + contentType);
                }
                byte[] bytes = BoundedBody.read(body, response.headers().firstValueAsLong("Content-Length").orElse(-1), MAX_PAGE_BYTES);
                // Without a charset in the header, the page's BOM or meta charset counts, else UTF-8 or windows-1252.
                return PageText.of(HtmlDecoder.decode(bytes, charset(contentType)));
            }
        } catch (BodyTooLargeException e) {
            return PageText.failed("page is larger than " + MAX_PAGE_BYTES + " bytes");
        } catch (IOException e) {
            return PageText.failed("network error: " + e.getClass().getSimpleName());
        }
    }

    /** The charset the Content-Type names, or null; the decoder ignores names Java does not know. */
    private static String charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    /** A page's HTML, or why there is none. Exactly one is set. */
    record PageText(String html, String failure) {

        static PageText of(String html) {
            return new PageText(html, null);
        }

        static PageText failed(String failure) {
            return new PageText(null, failure);
        }

        Optional<String> found() {
            return Optional.ofNullable(html).filter(page -> !page.isBlank());
        }
    }
}
