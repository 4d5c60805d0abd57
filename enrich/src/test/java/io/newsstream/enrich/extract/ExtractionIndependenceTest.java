package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.enrich.SharedFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A page's extraction depends on the page alone: not on the pages extracted before it, nor on the thread or instance
 * that extracts it (enrich runs in several stream threads and instances). Checked on every page of news-pages
 * ({@code ../shared/datasets/news-pages}, never copied into the repository): each alone on three fresh threads, each
 * with a fresh extractor, then all in order, then all in reverse order on one extractor.
 */
class ExtractionIndependenceTest {

    private static final String PAGES = "datasets/news-pages";
    private static final int FRESH_THREADS = 3;

    @Test
    void everyNewsPageGivesTheSameExtractionAloneAfterTheOthersAndInReverse() throws Exception {
        Optional<Path> folder = SharedFolder.find(PAGES);
        Assumptions.assumeTrue(folder.isPresent(), SharedFolder.absent(PAGES));
        Map<String, String[]> pages = pages(folder.get());
        assertThat(pages).hasSizeGreaterThan(100);

        Map<String, ExtractedPage> alone = new LinkedHashMap<>();
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            alone.put(page.getKey(), onFreshThread(page.getValue()));
            // Each thread starts its identity hash codes elsewhere: an order taken from them shows on a second one.
            for (int again = 0; again < FRESH_THREADS - 1; again++) {
                if (!onFreshThread(page.getValue()).equals(alone.get(page.getKey()))) {
                    differ.add(page.getKey() + " (on another fresh thread)");
                }
            }
        }
        PageExtractor shared = new PageExtractor();
        List<String> files = new ArrayList<>(pages.keySet());
        for (int pass = 0; pass < 2; pass++) {
            for (String file : files) {
                String[] page = pages.get(file);
                if (!shared.extract(page[1], page[0]).equals(alone.get(file))) {
                    differ.add(file + (pass == 0 ? " (in order)" : " (in reverse)"));
                }
            }
            Collections.reverse(files);
        }
        assertThat(differ).as("pages extracted differently after others than alone").isEmpty();
    }

    private static ExtractedPage onFreshThread(String[] page) throws InterruptedException {
        AtomicReference<ExtractedPage> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(new PageExtractor().extract(page[1], page[0])));
        thread.start();
        thread.join();
        return result.get();
    }

    /** Each page's file mapped to its URL and HTML, in truth.jsonl's order. */
    private static Map<String, String[]> pages(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String[]> pages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("truth.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode truth = json.readTree(line);
            String file = truth.path("file").asText();
            pages.put(file, new String[] {truth.path("url").asText(null), html(folder.resolve("pages").resolve(file))});
        }
        return pages;
    }

    private static String html(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
