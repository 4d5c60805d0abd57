package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.HostileRequest.RequestWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Composes one HTTP/1.1 request byte for byte: request line, headers as given (however broken), and a body made
 * only when the request is written. By default it adds {@code Host}, {@code Content-Length} of the body (when it
 * has one) and {@code Connection: close}; each can be left out to break the framing on purpose.
 */
final class RawRequest {

    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private String version = "HTTP/1.1";
    private Supplier<byte[]> body = () -> null;
    private boolean withHost = true;
    private boolean withLength = true;

    private RawRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static RawRequest of(String method, String path) {
        return new RawRequest(method, path);
    }

    static RawRequest post(String path, String contentType, Supplier<byte[]> body) {
        return of("POST", path).header("Content-Type: " + contentType).body(body);
    }

    static RawRequest get(String pathAndQuery) {
        return of("GET", pathAndQuery);
    }

    RawRequest header(String line) {
        headers.add(line);
        return this;
    }

    RawRequest version(String value) {
        this.version = value;
        return this;
    }

    RawRequest body(Supplier<byte[]> value) {
        this.body = value;
        return this;
    }

    RawRequest noHost() {
        this.withHost = false;
        return this;
    }

    /** No {@code Content-Length} added: the headers given say how the body is framed (chunked, a wrong length). */
    RawRequest noLength() {
        this.withLength = false;
        return this;
    }

    RequestWriter writer(Target target) {
        return out -> {
            byte[] content = body.get();
            StringBuilder head = new StringBuilder(method).append(' ').append(path);
            if (!version.isEmpty()) {
                head.append(' ').append(version);
            }
            head.append("\r\n");
            if (withHost) {
                head.append("Host: ").append(target.authority()).append("\r\n");
            }
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            if (withLength && content != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            // ISO-8859-1: header text is written byte for byte, so a test can put raw 0xFF into a header.
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (content != null) {
                out.write(content);
            }
            out.flush();
        };
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(content.length / 4 + 64);
        try (OutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
