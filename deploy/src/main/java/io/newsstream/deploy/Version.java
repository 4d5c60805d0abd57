package io.newsstream.deploy;

import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest at build time. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newsstream " + current(), "Kafka clients 4.3.1, Java " + System.getProperty("java.version")};
    }
}
