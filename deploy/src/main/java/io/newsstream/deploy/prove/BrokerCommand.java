package io.newsstream.deploy.prove;

import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsstream broker}: local mode's embedded Kafka broker alone, for services run as separate processes. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a single-node Kafka broker (KRaft, the one local mode embeds) until Ctrl-C,",
            "for running ingest, enrich and sink as separate processes against it (NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS)."})
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the broker keeps its logs; reused across runs.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Client port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 9092;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port);
        System.out.println("Kafka broker on " + broker.bootstrapServers() + " (data in " + dataDir + "); Ctrl-C stops it.");
        awaitShutdown(broker);
        return 0;
    }

    /** Blocks until the JVM is asked to stop, then closes {@code resource}. */
    static void awaitShutdown(AutoCloseable resource) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "newsstream-shutdown"));
        stopped.await();
    }
}
