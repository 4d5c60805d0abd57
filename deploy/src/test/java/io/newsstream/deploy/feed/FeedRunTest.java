package io.newsstream.deploy.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedRunTest {

    @TempDir
    Path dir;

    @Test
    void sendsInBatchesAndKeepsUnreadableLinesAsRejections() throws Exception {
        Path ndjson = dir.resolve("in.ndjson");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            lines.append(i == 3 ? "{broken" : "{\"text\":\"article " + i + "\"}").append('\n');
        }
        Files.writeString(ndjson, lines);
        List<Integer> batchSizes = new ArrayList<>();
        FeedRun.BatchSender sender = batch -> {
            batchSizes.add(batch.size());
            return batch.stream().map(item -> FeedResult.accepted(item, "id" + item.line())).toList();
        };
        ByteArrayOutputStream progressOut = new ByteArrayOutputStream();
        ProgressBar progress = new ProgressBar(new PrintStream(progressOut, true, StandardCharsets.UTF_8), false,
                Files.size(ndjson), System.nanoTime());

        List<FeedResult> results = new FeedRun(sender, 2, progress).run(List.of(ndjson), ArticleFileReader::read);

        assertThat(batchSizes).containsExactly(2, 2);
        assertThat(results).hasSize(5);
        assertThat(results).filteredOn(r -> !r.isAccepted()).singleElement()
                .satisfies(r -> assertThat(r.item().location()).endsWith("in.ndjson:3"));
        assertThat(progressOut.toString(StandardCharsets.UTF_8)).contains("100%", "5 articles");
    }

    @Test
    void largePagesGoInSmallerBatchesThanTheArticleCountAllows() throws Exception {
        String paragraph = "<p>" + "Ferry crews returned to work on Monday. ".repeat(50) + "</p>";
        List<Path> pages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            pages.add(Files.writeString(dir.resolve("page" + i + ".html"),
                    "<html><body>" + paragraph.repeat((int) (FeedRun.MAX_BATCH_BYTES / paragraph.length() / 2 + 1)) + "</body></html>"));
        }
        List<Integer> batchSizes = new ArrayList<>();
        FeedRun.BatchSender sender = batch -> {
            batchSizes.add(batch.size());
            return batch.stream().map(item -> FeedResult.accepted(item, "id")).toList();
        };

        new FeedRun(sender, 200, new ProgressBar(new PrintStream(new ByteArrayOutputStream()), false, 1, 0))
                .run(pages, ArticleFileReader::read);

        assertThat(batchSizes).as("each batch stops once it holds about MAX_BATCH_BYTES").containsExactly(2, 1);
    }

    @Test
    void whenIngestGivesUpTheAnswersBeforeThatAreKept() throws Exception {
        Path ndjson = dir.resolve("three.ndjson");
        Files.writeString(ndjson, "{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"three\"}\n");
        FeedRun.BatchSender sender = batch -> {
            if (batch.get(0).line() == 3) {
                throw new IngestClient.FeedException("gave up after 8 attempts");
            }
            return batch.stream().map(item -> FeedResult.accepted(item, "id" + item.line())).toList();
        };
        FeedRun run = new FeedRun(sender, 2, new ProgressBar(new PrintStream(new ByteArrayOutputStream()), false, 1, 0));

        assertThatThrownBy(() -> run.run(List.of(ndjson), ArticleFileReader::read))
                .isInstanceOf(IngestClient.FeedException.class);

        assertThat(run.resultsSoFar()).extracting(FeedResult::id).containsExactly("id1", "id2");
    }

    @Test
    void reportListsRejectionsWithFileAndLine() throws IOException {
        Path file = dir.resolve("x.ndjson");
        FeedItem good = FeedItem.article(file, 1, io.newsstream.core.json.Json.mapper().createObjectNode(), 10);
        FeedItem bad = FeedItem.unreadable(file, 2, "not valid JSON at column 3", 10);
        String report = FeedReport.format(List.of(FeedResult.accepted(good, "a1"), FeedResult.rejected(bad, bad.problem())), false);
        assertThat(report).contains("accepted   1", "REJECTED   1", file + ":2", "not valid JSON at column 3");
    }

    @Test
    void progressLineShowsRateAndEta() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), true, 2_000_000, 0);
        String line = bar.line(100, 1_000_000, 2_000_000_000L);
        assertThat(line).contains(" 50%", "100 articles", "1.0/2.0 MB", "50 articles/s", "ETA 0:02");
    }
}
