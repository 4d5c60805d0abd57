package io.newsstream.deploy.prove;

/** Where a pipeline under proof listens: the three services on loopback, and its Kafka bootstrap address. */
public record Endpoints(int ingestPort, int enrichPort, int sinkPort, int kafkaPort) {

    public String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    public String enrichUrl() {
        return "http://127.0.0.1:" + enrichPort;
    }

    public String sinkUrl() {
        return "http://127.0.0.1:" + sinkPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }
}
