package io.newsstream.deploy.prove;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code sse-readers}: many subscribers of the sink's stream while a load goes through; each hangs up once at a
 * random point and resumes with {@code Last-Event-ID}, and must get every stored article of the load exactly once.
 */
public final class SseReadersCase implements ProofCase {

    private static final int MAX_ARTICLES = 1_000;

    private final SplitFaultCase.Shared shared;

    public SseReadersCase(SplitFaultCase.Shared shared) {
        this.shared = shared;
    }

    @Override
    public String name() {
        return "sse-readers";
    }

    @Override
    public String description() {
        return "readers of /v1/stream, each hanging up once and resuming with Last-Event-ID: every article once";
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        long start = System.nanoTime();
        ProveSettings settings = context.settings();
        SplitPipeline pipeline = shared.get(context);
        int articles = Math.min(MAX_ARTICLES, settings.splitArticles());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        SplittableRandom random = new SplittableRandom(settings.seed());
        CountDownLatch connected = new CountDownLatch(settings.sseReaders());
        List<SseReader> readers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.sseReaders(); i++) {
            SseReader reader = new SseReader(http, pipeline.endpoints().sinkUrl(), 1 + random.nextInt(articles / 2),
                    connected);
            readers.add(reader);
            Thread thread = new Thread(reader, "sse-reader-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            // Without Last-Event-ID a stream starts at "now": every reader must be listening before the load.
            if (!connected.await(60, TimeUnit.SECONDS)) {
                return CaseResult.aborted(name(), (System.nanoTime() - start) / 1e9,
                        connected.getCount() + " of " + settings.sseReaders() + " readers could not connect in 60 s");
            }
            context.line("%d readers connected; sending %d articles", settings.sseReaders(), articles);
            Ledger ledger = new Ledger();
            try (TopicAudit audit = TopicAudit.fromNow(pipeline.endpoints().bootstrapServers(), ledger)) {
                LoadDriver driver = LoadRun.start(pipeline.endpoints(), ledger, context.articles(articles), context).finish();
                CaseVerifier verifier = new CaseVerifier(name(), ledger, audit, new PipelineHttp(pipeline.endpoints()),
                        context.log());
                CaseVerifier.Drain drain = verifier.drain(settings.stallLimit(), context.deadlineNanos());
                List<String> problems = new ArrayList<>(driver.problems());
                ReaderTally readerTally = awaitReaders(readers, ledger.acceptedIds(), settings.stallLimit(), context);
                problems.addAll(readerTally.problems());
                CaseResult pipelineResult = verifier.result(start, drain, driver.serverErrors(), problems);
                return new CaseResult(name(), pipelineResult.accepted(), pipelineResult.stored(),
                        pipelineResult.duplicates() + readerTally.duplicates(), pipelineResult.lost() + readerTally.missed(),
                        pipelineResult.deadLettered(), pipelineResult.serverErrors(), pipelineResult.stalled(),
                        (System.nanoTime() - start) / 1e9, pipelineResult.problems());
            }
        } finally {
            readers.forEach(SseReader::stop);
            for (Thread thread : threads) {
                thread.join(5_000);
            }
        }
    }

    /** Events missed and repeated over all readers, with a sentence for each kind. */
    private record ReaderTally(long missed, long duplicates, List<String> problems) {
    }

    /** Waits until every reader has every accepted article, or none gets anything new for the stall limit. */
    private ReaderTally awaitReaders(List<SseReader> readers, List<String> ids, Duration stallLimit, CaseContext context)
            throws InterruptedException {
        StallDetector stall = new StallDetector(stallLimit);
        while (true) {
            long missed = 0;
            long received = 0;
            for (SseReader reader : readers) {
                Map<String, Integer> events = reader.events();
                for (String id : ids) {
                    if (!events.containsKey(id)) {
                        missed++;
                    }
                }
                received += events.values().stream().mapToLong(Integer::longValue).sum();
            }
            long now = System.nanoTime();
            if (missed == 0 || stall.stalled(received, now) || now > context.deadlineNanos()) {
                return tally(readers, ids, missed);
            }
            Thread.sleep(500);
        }
    }

    private ReaderTally tally(List<SseReader> readers, List<String> ids, long missed) {
        long duplicates = 0;
        long resumes = 0;
        long readersMissing = 0;
        for (SseReader reader : readers) {
            Map<String, Integer> events = reader.events();
            for (String id : ids) {
                duplicates += Math.max(0, events.getOrDefault(id, 0) - 1);
            }
            if (!events.keySet().containsAll(ids)) {
                readersMissing++;
            }
            resumes += reader.resumes();
        }
        List<String> problems = new ArrayList<>();
        if (missed > 0) {
            problems.add(readersMissing + " of " + readers.size() + " stream readers missed " + missed + " events in all");
        }
        if (duplicates > 0) {
            problems.add("stream readers got " + duplicates + " repeated events");
        }
        if (resumes < readers.size()) {
            problems.add("only " + resumes + " resumes for " + readers.size() + " readers: not every reader hung up");
        }
        return new ReaderTally(missed, duplicates, problems);
    }
}
