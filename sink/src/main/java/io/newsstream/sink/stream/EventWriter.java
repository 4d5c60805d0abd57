package io.newsstream.sink.stream;

import io.newsstream.core.json.Json;
import io.newsstream.sink.store.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes Server-Sent Events and flushes each, so it leaves at once; a failed write means the client is gone. */
final class EventWriter {

    private final OutputStream out;

    EventWriter(OutputStream out) {
        this.out = out;
    }

    /** {@code id: <sequence>}, {@code event: article}, {@code data: <EnrichedArticle JSON on one line>}. */
    void article(StoredArticle stored) throws IOException {
        // Jackson writes one line: newlines inside strings are escaped as \n.
        String json = Json.mapper().writeValueAsString(stored.article());
        write("id: " + stored.sequence() + "\nevent: article\ndata: " + json + "\n\n");
    }

    /** A comment line, ignored by clients; keeps idle connections (and their proxies) open. */
    void comment(String text) throws IOException {
        write(": " + text.replace('\n', ' ') + "\n\n");
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
