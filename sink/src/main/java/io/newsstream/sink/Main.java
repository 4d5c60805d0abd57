package io.newsstream.sink;

import io.newsstream.core.ServiceMain;

/** Runs the sink alone: {@code java io.newsstream.sink.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        ServiceMain.run(SinkService.NAME, args, SinkConfig.KNOWN, settings -> new SinkService(SinkConfig.from(settings)));
    }
}
