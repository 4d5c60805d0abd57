package io.newsstream.deploy.prove;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Waits, bounded, until a case's accepted articles have all gone through (stored or dead-lettered), saying when
 * the pipeline stalls, then checks every accepted id against the sink and the topics and writes the case's row.
 */
public final class CaseVerifier {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    // A few misses in a row mean the sink is behind; asking about the rest now would only repeat the answer.
    private static final int MISSES_BEFORE_LATER = 20;
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final int FINAL_CHECK_THREADS = 4;

    private final String caseName;
    private final Ledger ledger;
    private final TopicAudit audit;
    private final PipelineHttp http;
    private final ProgressLog log;

    public CaseVerifier(String caseName, Ledger ledger, TopicAudit audit, PipelineHttp http, ProgressLog log) {
        this.caseName = caseName;
        this.ledger = ledger;
        this.audit = audit;
        this.http = http;
        this.log = log;
    }

    /** Whether accepted articles may end in the dead-letter topic: valid ones may not, hostile ones may. */
    public enum DeadLetters { EXPECTED, A_PROBLEM }

    /** How waiting for the pipeline ended: all through, or why not. */
    public record Drain(boolean stalled, String problem) {
        static final Drain COMPLETE = new Drain(false, "");
    }

    /** Waits until nothing accepted is missing, the progress stands still for {@code stallLimit}, or the deadline. */
    public Drain drain(Duration stallLimit, long deadlineNanos) throws InterruptedException {
        StallDetector stall = new StallDetector(stallLimit);
        long nextReport = System.nanoTime();
        while (true) {
            audit.catchUp(Duration.ofSeconds(2));
            confirmStored(ledger.enrichedNotStored());
            if (ledger.missing() == 0) {
                log.line("%s: all %d accepted articles stored or dead-lettered", caseName, ledger.acceptedCount());
                return Drain.COMPLETE;
            }
            long now = System.nanoTime();
            if (stall.stalled(ledger.progress(), now)) {
                String problem = "stalled: nothing progressed for " + stallLimit.toSeconds() + " s; " + state();
                log.line("%s: %s", caseName, problem);
                return new Drain(true, problem);
            }
            if (now > deadlineNanos) {
                String problem = "time is up before everything went through; " + state();
                log.line("%s: %s", caseName, problem);
                return new Drain(false, problem);
            }
            if (now >= nextReport) {
                log.line("%s: waiting: %s", caseName, state());
                nextReport = now + REPORT_EVERY.toNanos();
            }
            Thread.sleep(500);
        }
    }

    private String state() {
        Ledger.Tally tally = ledger.tally();
        return String.format("enriched %d/%d, stored %d/%d, dead-lettered %d", tally.enriched(), tally.accepted(),
                tally.stored(), tally.accepted(), tally.deadLettered());
    }

    private void confirmStored(List<String> ids) throws InterruptedException {
        int misses = 0;
        for (String id : ids) {
            try {
                if (http.stored(id)) {
                    ledger.stored(id);
                    misses = 0;
                } else if (++misses >= MISSES_BEFORE_LATER) {
                    return;
                }
            } catch (IOException e) {
                // The sink is down or failing for now; the stall detector decides when that is too long.
                return;
            }
        }
    }

    /**
     * The case's row: after a moment for late records, reads the topics to their end and asks the sink about every
     * accepted id again, so an article seen once and gone since (a database that lost a commit) counts as lost.
     */
    public CaseResult result(long startNanos, Drain drain, int serverErrors, List<String> problems)
            throws InterruptedException {
        return result(startNanos, drain, serverErrors, problems, DeadLetters.A_PROBLEM);
    }

    public CaseResult result(long startNanos, Drain drain, int serverErrors, List<String> problems,
                             DeadLetters deadLetters) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        List<String> all = new ArrayList<>(problems);
        if (!drain.problem().isEmpty()) {
            all.add(drain.problem());
        }
        if (!audit.catchUp(Duration.ofSeconds(15))) {
            all.add("could not read the topics to their end: duplicates and dead letters may be undercounted");
        }
        int unanswered = checkEveryId();
        if (unanswered > 0) {
            all.add("the sink did not answer for " + unanswered + " accepted ids (counted as not stored)");
        }
        Ledger.Tally tally = ledger.tally();
        if (tally.deadLettered() > 0 && deadLetters == DeadLetters.A_PROBLEM) {
            all.add(tally.deadLettered() + " valid articles went to the dead-letter topic instead of the database");
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        CaseResult result = new CaseResult(caseName, tally.accepted(), tally.stored(), tally.duplicates(), tally.lost(),
                tally.deadLettered(), serverErrors, drain.stalled(), seconds, all);
        log.line("%s: %s (accepted %d, stored %d, duplicates %d, lost %d, DLQ %d)", caseName,
                result.passed() ? "PASS" : "FAIL", result.accepted(), result.stored(), result.duplicates(),
                result.lost(), result.deadLettered());
        return result;
    }

    private int checkEveryId() throws InterruptedException {
        ledger.forgetStored();
        List<String> ids = ledger.acceptedIds();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean sinkDown = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(FINAL_CHECK_THREADS);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < FINAL_CHECK_THREADS; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < ids.size(); i += FINAL_CHECK_THREADS) {
                        checkOne(ids.get(i), unanswered, sinkDown);
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking stored articles failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return unanswered.get();
    }

    private void checkOne(String id, AtomicInteger unanswered, AtomicBoolean sinkDown) throws InterruptedException {
        // Once the sink failed one id three times, it is down: asking about the rest would only take minutes.
        for (int attempt = 1; attempt <= 3 && !sinkDown.get(); attempt++) {
            try {
                if (http.stored(id)) {
                    ledger.stored(id);
                }
                return;
            } catch (IOException e) {
                Thread.sleep(500L * attempt);
            }
        }
        sinkDown.set(true);
        unanswered.incrementAndGet();
    }
}
