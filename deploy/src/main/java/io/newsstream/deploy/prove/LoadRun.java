package io.newsstream.deploy.prove;

import java.util.List;
import java.util.Map;

/** A load posted in the background while a case injects its fault, with the waits a case needs around it. */
final class LoadRun {

    private final LoadDriver driver;
    private final List<Map<String, String>> articles;
    private final CaseContext context;
    private final Thread sender;

    private LoadRun(LoadDriver driver, List<Map<String, String>> articles, CaseContext context) {
        this.driver = driver;
        this.articles = articles;
        this.context = context;
        this.sender = new Thread(this::send, context.caseName() + "-load");
    }

    /** Starts posting {@code articles} to the pipeline's ingest, booking accepted ids in {@code ledger}. */
    static LoadRun start(Endpoints endpoints, Ledger ledger, List<Map<String, String>> articles, CaseContext context) {
        LoadRun run = new LoadRun(new LoadDriver(endpoints.ingestUrl(), ledger), articles, context);
        run.sender.start();
        return run;
    }

    private void send() {
        try {
            driver.send(articles, context.settings().batchSize(), context.deadlineNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least {@code share} of the articles are accepted; false if the load ended or time ran out first. */
    boolean awaitSent(double share) throws InterruptedException {
        int wanted = (int) Math.ceil(articles.size() * share);
        while (driver.sent() < wanted) {
            if (!sender.isAlive() || System.nanoTime() > context.deadlineNanos()) {
                return driver.sent() >= wanted;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Waits for the load to end (all answered, or the deadline), logs it, and returns its driver for the counts. */
    LoadDriver finish() throws InterruptedException {
        sender.join(Math.max(1, (context.deadlineNanos() - System.nanoTime()) / 1_000_000));
        driver.stop();
        sender.join();
        context.line("posted %d/%d articles (%d resends)", driver.sent(), articles.size(), driver.retries());
        return driver;
    }

    /** Gives up the load after the batch in flight, when the pipeline will not come back. */
    void abandon() {
        driver.stop();
    }

    int sent() {
        return driver.sent();
    }

    int total() {
        return articles.size();
    }
}
