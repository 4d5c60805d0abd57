package io.newsstream.enrich;

import io.newsstream.core.ServiceMain;

/** Runs the enrich service alone: {@code java io.newsstream.enrich.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        ServiceMain.run(EnrichService.NAME, args, EnrichConfig.KNOWN, settings -> new EnrichService(EnrichConfig.from(settings)));
    }
}
