package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsstream.deploy.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProveHostileCommandTest {

    @Test
    void passesAgainstAServiceThatRefusesEverythingWithA400AndFailsOnA500() throws Exception {
        assertThat(run(400)).startsWith("0:").contains("hostile requests (seed 3): 6 sent", "ingest.content-type",
                "hostile articles (seed 3): 4 sent", "PASS: 0 failures");
        assertThat(run(500)).startsWith("1:").contains("5xx to hostile input: 500", "FAIL: 10 failures");
    }

    @Test
    void skippedKindsAreNotSent() throws Exception {
        assertThat(run(500, "--skip-kind", "content-type", "--skip-kind", "huge-field"))
                .contains("hostile requests (seed 3): 0 sent", "hostile articles (seed 3): 0 sent", "PASS");
    }

    private static String run(int status, String... more) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"status\":" + status + ",\"error\":\"no\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            StringWriter out = new StringWriter();
            CommandLine commandLine = Launcher.commandLine();
            commandLine.setOut(new PrintWriter(out));
            List<String> args = new ArrayList<>(List.of("prove-hostile", "--ingest", url, "--sink", url, "--count",
                    "6", "--articles", "4", "--seed", "3", "--connections", "2"));
            args.addAll(List.of(more));
            int exitCode = commandLine.execute(args.toArray(String[]::new));
            return exitCode + ":" + out;
        } finally {
            server.stop(0);
        }
    }
}
