package io.newsstream.sink.stream;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A minimal Server-Sent Events client for tests: reads the stream line by line on its own thread. */
final class SseClient implements AutoCloseable {

    /** One event as a browser's EventSource would see it. */
    record Event(long id, String type, EnrichedArticle article) {
    }

    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String END = "\u0000end";
    // Generous: waiting for the sink to deliver, not a measure of how fast it does.
    private static final Duration LINE_WAIT = Duration.ofSeconds(20);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    SseClient(URI uri, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException e) {
                // closed by the test or the server
            } finally {
                lines.add(END);
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, skipping comments; fails when the stream ends or nothing comes. */
    Event nextEvent() throws Exception {
        Event event = nextEventWithin(LINE_WAIT);
        if (event == null) {
            throw new AssertionError("the stream sent no further event");
        }
        return event;
    }

    /** The next event if one comes within {@code wait} (keep-alive comments do not count), else null. */
    Event nextEventWithin(Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        Long id = null;
        String type = null;
        String data = null;
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                return null;
            }
            if (line.isEmpty() && data != null) {
                return new Event(id, type, Json.mapper().readValue(data, EnrichedArticle.class));
            } else if (line.startsWith("id: ")) {
                id = Long.parseLong(line.substring(4));
            } else if (line.startsWith("event: ")) {
                type = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            }
        }
    }

    /** Every line up to the end of the stream, which the server must close. */
    String restUntilClosed() throws Exception {
        StringBuilder rest = new StringBuilder();
        while (true) {
            String line = lines.poll(LINE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("the stream is still open");
            }
            if (line.equals(END)) {
                return rest.toString();
            }
            rest.append(line).append('\n');
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
