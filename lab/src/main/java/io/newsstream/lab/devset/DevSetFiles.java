package io.newsstream.lab.devset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the development sets have in common: JSON lines of labelled articles, fed to the enricher as raw articles. */
final class DevSetFiles {

    private DevSetFiles() {
    }

    /** One labelled article per line, blank lines skipped; a bad line fails with its number and what it should be. */
    static <T> List<T> read(Reader input, Class<T> type, String what) throws IOException {
        ObjectReader reader = Json.mapper().readerFor(type);
        List<T> set = new ArrayList<>();
        BufferedReader lines = new BufferedReader(input);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                set.add(reader.readValue(line));
            } catch (JsonProcessingException e) {
                throw new IOException("line " + number + ": not " + what + ": " + e.getOriginalMessage(), e);
            }
        }
        return set;
    }

    /** The article as a feeder would send it: its URL, text and outlet hint, keyed as ingest keys it. */
    static RawArticle raw(String url, String text, String outletHint) {
        return new RawArticle(ArticleIds.of(url, text), url, null, text, outletHint, null, null, Instant.EPOCH,
                Channel.FILE, null);
    }
}
