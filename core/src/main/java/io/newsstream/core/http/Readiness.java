package io.newsstream.core.http;

/** Answers whether a service can do its work right now (its Kafka client and stores are usable). */
@FunctionalInterface
public interface Readiness {

    Status check();

    /** @param detail what a person reads when it is not ready */
    record Status(boolean ready, String detail) {

        public static Status ready(String detail) {
            return new Status(true, detail);
        }

        public static Status notReady(String detail) {
            return new Status(false, detail);
        }
    }
}
