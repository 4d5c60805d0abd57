package io.newsstream.deploy.local;

import io.newsstream.core.config.KnownSettings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The defaults of every service in one map, for a process that runs several of them, and free ports for tests and tools. */
public final class LocalSettings {

    private LocalSettings() {
    }

    /** Every setting of every service, for a process that runs several of them or reads one file for all. */
    public static final KnownSettings KNOWN =
            IngestConfig.KNOWN.and(EnrichConfig.KNOWN).and(SinkConfig.KNOWN);

    /** Common, ingest, enrich and sink defaults, as one mutable map. */
    public static Map<String, String> defaults() {
        return new HashMap<>(KNOWN.defaults());
    }

    /**
     * The defaults with every service on port 0, so a run never collides with a local mode left running: the kernel
     * picks a free port at the bind itself, where a port chosen earlier can be taken by another process before a
     * service that starts seconds later binds it. Ask the started service, or {@link LocalPipeline#settings()}, for
     * the bound port.
     */
    public static Map<String, String> defaultsOnFreePorts() {
        Map<String, String> settings = defaults();
        settings.put(IngestConfig.PORT, "0");
        settings.put(EnrichConfig.PORT, "0");
        settings.put(SinkConfig.PORT, "0");
        return settings;
    }

    /**
     * A TCP port free right now, chosen below the kernel's ephemeral range: a port from that range can be handed to
     * any outgoing connection (a Kafka client's, say) between this check and the server's bind, which once kept a
     * proof run's enrich from starting. Another server could still take it first, which is rare enough here.
     */
    public static int freePort() {
        int[] ephemeral = ephemeralRange();
        int low = 10_000;
        int high = Math.max(low + 1, ephemeral[0]);
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, high);
            if (isFree(port)) {
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free TCP port", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Linux's ephemeral port range, or IANA's (49152-65535) where the kernel does not say. */
    private static int[] ephemeralRange() {
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] {Integer.parseInt(range[0]), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {49_152, 65_535};
        }
    }
}
