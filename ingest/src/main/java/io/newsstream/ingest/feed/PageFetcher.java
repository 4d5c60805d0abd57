package io.newsstream.ingest.feed;

import io.newsstream.ingest.BodyTooLargeException;
import io.newsstream.ingest.BoundedBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Fetches an item's web page and extracts its main text, for feeds that carry only a summary. */
class PageFetcher {

    private static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;

    PageFetcher(HttpClient client) {
        this.client = client;
    }

    /**
     * @return the page's main text, or a one-line reason it could not be had
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
                // Without a charset in the header, jsoup reads the page's BOM or meta charset, else UTF-8.
                return PageText.of(MainTextExtractor.extract(
                        Jsoup.parse(new ByteArrayInputStream(bytes), charset(contentType), url)));
            }
        } catch (BodyTooLargeException e) {
            return PageText.failed("page is larger than " + MAX_PAGE_BYTES + " bytes");
        } catch (IOException e) {
            return PageText.failed("network error: " + e.getClass().getSimpleName());
        }
    }

    /** The charset the Content-Type names, when Java knows it; else null. */
    private static String charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (matcher.find()) {
            String name = matcher.group(1).trim();
            try {
                return Charset.isSupported(name) ? name : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** A page's main text, or why there is none. Exactly one is set. */
    record PageText(String text, String failure) {

        static PageText of(String text) {
            return new PageText(text, null);
        }

        static PageText failed(String failure) {
            return new PageText(null, failure);
        }

        Optional<String> found() {
            return Optional.ofNullable(text).filter(t -> !t.isBlank());
        }
    }
}
