package io.newsstream.ingest.feed;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.ingest.ArticleIngestor;
import io.newsstream.ingest.ArticleSubmission;
import io.newsstream.ingest.IngestResult;
import io.newsstream.ingest.KafkaUnavailableException;
import io.newsstream.ingest.ReadSubmission;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: fetches it conditionally, turns its new items into articles, sends them through the
 * {@link ArticleIngestor} and, once Kafka acknowledged them, remembers their ids so each item is produced once.
 * Not thread-safe: one feed is polled by one task at a time.
 */
public final class FeedPoller {

    /** Ids remembered per feed; far more than any feed lists at once, so an item that drops out and back is still known. */
    static final int MAX_REMEMBERED_IDS = 5000;
    /** A feed text shorter than this is a summary, worth replacing with the page when page fetching is on. */
    static final int SUMMARY_CHARS = 400;
    // A server asking for more than a day is misconfigured; check again then.
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedSource source;
    private final String feedUrl;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final PageFetcher pages;
    private final ArticleIngestor ingestor;
    private final FeedStateStore store;
    private final Backoff backoff;
    private final FeedMetrics metrics;

    private FeedState state;
    private Set<String> sent;
    private int failuresInARow;
    private String lastFailure;

    /** @param pages fetches item pages for short summaries; null to keep the feed's text */
    FeedPoller(FeedSource source, FeedFetcher fetcher, FeedParser parser, PageFetcher pages, ArticleIngestor ingestor,
               FeedStateStore store, Backoff backoff, FeedMetrics metrics) {
        this.source = source;
        this.feedUrl = source.url().toString();
        this.fetcher = fetcher;
        this.parser = parser;
        this.pages = pages;
        this.ingestor = ingestor;
        this.store = store;
        this.backoff = backoff;
        this.metrics = metrics;
        this.state = store.load(feedUrl);
        this.sent = new HashSet<>(state.sentIds());
        metrics.newestItem(feedUrl, state.newestItemAt());
    }

    public FeedSource source() {
        return source;
    }

    /** Polls once; every failure becomes an outcome and a later schedule, never an exception. */
    public PollResult poll() throws InterruptedException {
        PollResult result;
        try {
            result = fetchAndSend();
        } catch (KafkaUnavailableException e) {
            result = failed(PollOutcome.ERROR, "Kafka cannot take the items now: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            // E.g. Kafka refusing writes for good, or a bug: this feed waits, the others go on.
            result = failed(PollOutcome.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        metrics.poll(result.outcome());
        return result;
    }

    private PollResult fetchAndSend() throws InterruptedException, KafkaUnavailableException {
        FetchResult fetched = fetcher.fetch(source.url(), state.validators());
        if (fetched instanceof FetchResult.Failed failure) {
            return failed(failure.throttled() ? PollOutcome.BACKOFF : PollOutcome.ERROR, failure.reason(), failure.retryAfter());
        }
        if (fetched instanceof FetchResult.NotModified) {
            return succeeded(PollOutcome.NOT_MODIFIED, 0);
        }
        FetchResult.Modified modified = (FetchResult.Modified) fetched;
        ParsedFeed feed;
        try {
            feed = parser.parse(modified.body(), modified.contentType());
        } catch (FeedParser.UnreadableFeedException e) {
            return failed(PollOutcome.ERROR, e.getMessage(), null);
        }
        Instant newest = feed.items().stream().map(FeedItem::publishedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        FeedState next = state.withNewestItemAt(newest);
        metrics.newestItem(feedUrl, newest);

        List<Candidate> fresh = freshItems(feed);
        int sentNow = 0;
        if (!fresh.isEmpty()) {
            withPages(fresh);
            IngestResult result = ingestor.ingest(
                    fresh.stream().map(c -> ReadSubmission.read(c.line(), c.submission())).toList(), Channel.FEED, feedUrl);
            List<String> done = new ArrayList<>();
            result.accepted().forEach(accepted -> done.add(accepted.id()));
            Map<Integer, Candidate> byLine = new HashMap<>();
            fresh.forEach(c -> byLine.put(c.line(), c));
            for (IngestResult.Rejected rejected : result.rejected()) {
                // Refused for good (the same item would be refused again): remembered, so it is reported once.
                Candidate item = byLine.get(rejected.line());
                log.warn("feed {}: item {} refused: {}", feedUrl, item.describe(), rejected.rejection().message());
                done.add(item.id());
            }
            sentNow = result.accepted().size();
            next = next.withSent(done, MAX_REMEMBERED_IDS);
            sent = new HashSet<>(next.sentIds());
        }
        // Validators are kept only now that every new item is sent: a 304 must never hide an unsent item.
        next = next.withValidators(modified.validators());
        save(next);
        return succeeded(sentNow > 0 || !fresh.isEmpty() ? PollOutcome.NEW_ITEMS : PollOutcome.NOT_MODIFIED, sentNow);
    }

    /** The items not sent before, each once, in feed order. */
    private List<Candidate> freshItems(ParsedFeed feed) {
        String outlet = source.outletHint() != null ? source.outletHint() : feed.title();
        List<Candidate> fresh = new ArrayList<>();
        Set<String> inThisFeed = new HashSet<>();
        int line = 0;
        for (FeedItem item : feed.items()) {
            line++;
            String text = HtmlText.of(item.html());
            String title = item.title() == null ? null : HtmlText.of(item.title()).replace('\n', ' ');
            ArticleSubmission submission = new ArticleSubmission(item.link(), title, text, outlet,
                    item.publishedAt() == null ? null : item.publishedAt().toString(), null);
            // The id the validator gives: from the URL when there is one, so fetching the page later keeps it.
            String id = ArticleIds.of(item.link(), text);
            if (!sent.contains(id) && inThisFeed.add(id)) {
                fresh.add(new Candidate(line, id, submission));
            }
        }
        return fresh;
    }

    /** Items with only a short summary are sent as their page's HTML instead, for enrich to extract; same id (the URL). */
    private void withPages(List<Candidate> fresh) throws InterruptedException {
        if (pages == null) {
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            Candidate item = fresh.get(i);
            ArticleSubmission submission = item.submission();
            if (submission.url() == null || submission.text().length() >= SUMMARY_CHARS) {
                continue;
            }
            PageFetcher.PageText page = pages.fetch(submission.url());
            if (page.failure() != null) {
                log.info("feed {}: page {} not fetched ({}); sending the feed's summary", feedUrl, submission.url(), page.failure());
                continue;
            }
            if (page.found().isPresent()) {
                fresh.set(i, new Candidate(item.line(), item.id(), new ArticleSubmission(submission.url(), submission.title(),
                        null, submission.outletHint(), submission.publishedAt(), submission.language(), page.html())));
            }
        }
    }

    private void save(FeedState next) {
        if (next.equals(state)) {
            return;
        }
        state = next;
        try {
            store.save(next);
        } catch (IOException e) {
            // The items are in Kafka; after a restart they are sent again under the same ids, which is harmless.
            log.warn("feed {}: cannot save its state: {}", feedUrl, e.getMessage());
        }
    }

    private PollResult succeeded(PollOutcome outcome, int sentNow) {
        if (lastFailure != null) {
            log.info("feed {} answers again after {} failed poll(s)", feedUrl, failuresInARow);
        }
        failuresInARow = 0;
        lastFailure = null;
        return new PollResult(outcome, sentNow, source.interval());
    }

    private PollResult failed(PollOutcome outcome, String reason, Duration retryAfter) {
        failuresInARow++;
        Duration wait = backoff.after(failuresInARow, source.interval());
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        // Logged when a run of failures starts or its reason changes, not on every retry.
        if (!reason.equals(lastFailure)) {
            log.warn("feed {} failed: {}; next poll in {}s", feedUrl, reason, wait.toSeconds());
        } else {
            log.debug("feed {} failed again ({} in a row): {}", feedUrl, failuresInARow, reason);
        }
        lastFailure = reason;
        return new PollResult(outcome, 0, wait);
    }

    /** A new item: its line in the feed, its id and what is sent. */
    private record Candidate(int line, String id, ArticleSubmission submission) {
        String describe() {
            return submission.url() != null ? submission.url() : "#" + line;
        }
    }
}
