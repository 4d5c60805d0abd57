package io.newsstream.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Serves one fixed RSS document on loopback, for the tests that configure ingest with a feed. */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    public static FeedServer serving(String rss) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new FeedServer(server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
