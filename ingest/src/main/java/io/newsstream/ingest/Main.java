package io.newsstream.ingest;

import io.newsstream.core.ServiceMain;

/** Runs the ingest service alone: {@code java io.newsstream.ingest.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        ServiceMain.run(IngestService.NAME, args, IngestConfig.KNOWN, settings -> new IngestService(IngestConfig.from(settings)));
    }
}
