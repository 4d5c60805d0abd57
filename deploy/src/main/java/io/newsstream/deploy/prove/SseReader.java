package io.newsstream.deploy.prove;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsstream.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One subscriber of the sink's {@code GET /v1/stream}: counts the events it gets per article id, hangs up once
 * after a given number of events and resumes with {@code Last-Event-ID}, as a client whose connection dropped does.
 * Any other end of the stream (a slow reader dropped by the sink, a sink restart) is resumed the same way.
 */
final class SseReader implements Runnable {

    private final HttpClient http;
    private final URI stream;
    private final int hangUpAfter;
    private final CountDownLatch connected;
    private final Map<String, Integer> events = new HashMap<>();
    private volatile boolean stopped;
    private volatile InputStream current;
    private String lastEventId;
    private int resumes;
    private int seen;

    SseReader(HttpClient http, String sinkUrl, int hangUpAfter, CountDownLatch connected) {
        this.http = http;
        this.stream = URI.create(sinkUrl + "/v1/stream");
        this.hangUpAfter = hangUpAfter;
        this.connected = connected;
    }

    @Override
    public void run() {
        boolean first = true;
        while (!stopped) {
            try {
                readOnce(first);
            } catch (IOException e) {
                // The connection broke: resume below, as any client would.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            first = false;
            if (!stopped) {
                synchronized (this) {
                    resumes++;
                }
                pause();
            }
        }
    }

    private void readOnce(boolean first) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET();
        String resumeFrom = lastEventId();
        if (resumeFrom != null) {
            request.header("Last-Event-ID", resumeFrom);
        }
        HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        current = answer.body();
        if (first) {
            connected.countDown();
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            if (answer.statusCode() != 200) {
                return;
            }
            String id = null;
            for (String line = lines.readLine(); line != null && !stopped; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    book(id, articleId(line.substring(5)));
                    if (first && seenCount() == hangUpAfter) {
                        // The one hang-up of this reader: closing the body ends the connection.
                        return;
                    }
                }
            }
        }
    }

    private synchronized void book(String eventId, String articleId) {
        if (eventId != null) {
            lastEventId = eventId;
        }
        events.merge(articleId, 1, Integer::sum);
        seen++;
    }

    private synchronized String lastEventId() {
        return lastEventId;
    }

    private synchronized int seenCount() {
        return seen;
    }

    /** The article's id: the event's JSON is read only as far as its top-level {@code id}. */
    static String articleId(String json) throws IOException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("id")) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return "";
        }
    }

    private void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** Ends the reader, closing its connection so a read waiting for the next event returns at once. */
    void stop() {
        stopped = true;
        InputStream body = current;
        if (body != null) {
            try {
                body.close();
            } catch (IOException e) {
                // Closing is all that is wanted; a failure to close changes nothing here.
            }
        }
    }

    /** Events received per article id. */
    synchronized Map<String, Integer> events() {
        return new HashMap<>(events);
    }

    synchronized int resumes() {
        return resumes;
    }
}
