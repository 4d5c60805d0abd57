package io.newsstream.ingest;

import io.newsstream.core.http.Readiness;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Ready when the Kafka cluster answers a describe-cluster request within a short timeout. */
public final class ClusterReadiness implements Readiness {

    private final Admin admin;
    private final Duration timeout;

    public ClusterReadiness(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    public Status check() {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Status.ready("Kafka reachable, " + nodes.size() + " broker(s)");
        } catch (ExecutionException e) {
            return Status.notReady("Kafka unreachable: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Status.notReady("Kafka did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.notReady("interrupted while checking Kafka");
        }
    }
}
