package io.newsstream.deploy;

import io.newsstream.core.Service;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts services, closes them in reverse order on Ctrl-C (or SIGTERM), and blocks until then. */
final class ServiceRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceRunner.class);

    private ServiceRunner() {
    }

    /** Closes the given resources in reverse order when the JVM is asked to stop, and returns a latch counted down after. */
    static CountDownLatch closeOnShutdown(List<? extends AutoCloseable> resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            for (int i = resources.size() - 1; i >= 0; i--) {
                closeQuietly(resources.get(i));
            }
            stopped.countDown();
        }, "newsstream-shutdown"));
        return stopped;
    }

    static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("error while closing {}: {}", resource.getClass().getSimpleName(), e.getMessage(), e);
        }
    }

    /** Runs one service until the process is stopped. */
    static int runUntilStopped(Service service) throws Exception {
        CountDownLatch stopped = closeOnShutdown(List.of(service));
        service.start();
        stopped.await();
        return 0;
    }
}
