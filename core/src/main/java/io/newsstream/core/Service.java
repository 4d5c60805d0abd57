package io.newsstream.core;

/** A long-running part of newsstream: started once, closed once, safe to close from a shutdown hook. */
public interface Service extends AutoCloseable {

    /** Starts the service and returns once it is serving. */
    void start() throws Exception;

    /** Stops the service, releasing its clients and ports. */
    @Override
    void close();
}
