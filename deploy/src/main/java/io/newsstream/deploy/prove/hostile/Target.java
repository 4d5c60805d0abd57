package io.newsstream.deploy.prove.hostile;

import java.net.URI;

/** Where a service listens: the host and port a hostile request is sent to and names in its {@code Host} header. */
public record Target(String host, int port) {

    public Target {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
    }

    /** Reads a base URL such as {@code http://localhost:8080} (plain http only: the requests are written by hand). */
    public static Target parse(String url) {
        URI uri = URI.create(url.strip());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not a plain http:// base URL: '" + url + "'");
        }
        return new Target(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
    }

    /** The value of the {@code Host} header. */
    public String authority() {
        return host + ":" + port;
    }
}
