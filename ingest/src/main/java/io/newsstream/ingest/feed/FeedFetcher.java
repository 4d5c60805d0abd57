package io.newsstream.ingest.feed;

import io.newsstream.ingest.BodyTooLargeException;
import io.newsstream.ingest.BoundedBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/** Fetches a feed with a conditional GET, so an unchanged feed costs the publisher a 304 and no body. */
final class FeedFetcher {

    static final String USER_AGENT = "newsstream-ingest (feed poller)";
    // Large feeds hold a few hundred items with full text; far below this.
    private static final int MAX_FEED_BYTES = 10 * 1024 * 1024;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    private final HttpClient client;
    private final Clock clock;

    FeedFetcher(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    FetchResult fetch(URI url, Validators validators) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return interpret(response, body);
            }
        } catch (HttpTimeoutException e) {
            return new FetchResult.Failed("no answer within " + REQUEST_TIMEOUT.toSeconds() + "s", false, null);
        } catch (IOException e) {
            return new FetchResult.Failed("network error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), false, null);
        }
    }

    private FetchResult interpret(HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified();
        }
        if (status == 429 || status == 503) {
            return new FetchResult.Failed("HTTP " + status, true, RetryAfter.parse(
                    response.headers().firstValue("Retry-After").orElse(null), clock.instant()).orElse(null));
        }
        if (status != 200) {
            return new FetchResult.Failed("HTTP " + status, false, null);
        }
        byte[] bytes;
        try {
            bytes = BoundedBody.read(body, response.headers().firstValueAsLong("Content-Length").orElse(-1), MAX_FEED_BYTES);
        } catch (BodyTooLargeException e) {
            return new FetchResult.Failed("feed is larger than " + MAX_FEED_BYTES + " bytes", false, null);
        }
        Validators validators = new Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return new FetchResult.Modified(bytes, response.headers().firstValue("Content-Type").orElse(null), validators);
    }
}
