package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.RawHttpResponse.Outcome;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends one {@link HostileRequest} over a plain socket, exactly as written, and reads back the status and body.
 * The request is written on a second thread while the answer is read, so a server that answers early (a 413 to a
 * gzip bomb) and closes is heard even though the rest of the body could not be sent. After a short body the client
 * half-closes its side, so the server sees the end of the stream instead of waiting for bytes that never come.
 */
public final class RawHttpClient implements AutoCloseable {

    /** Bodies are read up to this size; the rest is dropped (answers to bad input are short). */
    public static final int MAX_BODY = 1 << 20;
    private static final int MAX_HEAD = 64 * 1024;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final ExecutorService writers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hostile-request-writer");
        thread.setDaemon(true);
        return thread;
    });

    public RawHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** Connect and read timeouts of 10 s each. */
    public RawHttpClient() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /** Never throws for what the server does: closing, resetting, or staying silent is an outcome. */
    public RawHttpResponse send(HostileRequest request) {
        Target target = request.target();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(target.host(), target.port()), (int) connectTimeout.toMillis());
            } catch (IOException e) {
                return RawHttpResponse.unanswered(Outcome.CONNECT_FAILED, "cannot connect to " + target.authority()
                        + ": " + describe(e));
            }
            socket.setSoTimeout((int) readTimeout.toMillis());
            Future<?> writing = writers.submit(() -> write(socket, request));
            try {
                return read(socket.getInputStream(), writing);
            } finally {
                writing.cancel(true);
            }
        } catch (IOException e) {
            return RawHttpResponse.unanswered(Outcome.CLOSED, describe(e));
        }
    }

    private static Void write(Socket socket, HostileRequest request) throws IOException {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            request.writer().writeTo(out);
            out.flush();
            if (request.halfClose()) {
                socket.shutdownOutput();
            }
        } catch (IOException e) {
            // The server stopped reading (it answered early, or gave up on us): what it said is read on the other side.
        }
        return null;
    }

    private RawHttpResponse read(InputStream in, Future<?> writing) {
        int status;
        String head;
        try {
            do {
                head = readHead(in, writing);
                if (head == null) {
                    return RawHttpResponse.unanswered(Outcome.CLOSED, "connection closed without an answer");
                }
                status = statusOf(head);
            } while (status >= 100 && status < 200); // 100 Continue and friends come before the answer
        } catch (SocketTimeoutException e) {
            return RawHttpResponse.unanswered(Outcome.TIMEOUT, "no answer within " + readTimeout.toSeconds() + " s");
        } catch (IOException e) {
            return RawHttpResponse.unanswered(Outcome.CLOSED, describe(e));
        }
        if (status < 0) {
            return new RawHttpResponse(-1, head, Outcome.ANSWERED, "not an HTTP status line: " + firstLine(head));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String problem = "";
        try {
            readBody(in, head, body);
        } catch (IOException e) {
            problem = "body cut short: " + describe(e);
        }
        return new RawHttpResponse(status, body.toString(StandardCharsets.UTF_8), Outcome.ANSWERED, problem);
    }

    /** The status line and headers, or null when the connection ended before the first byte. */
    private String readHead(InputStream in, Future<?> writing) throws IOException {
        // While a large body is still being sent the server owes nothing yet; but not for ever.
        long giveUpAt = System.nanoTime() + readTimeout.toNanos() * 6;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                if (!writing.isDone() && head.size() == 0 && System.nanoTime() < giveUpAt) {
                    continue;
                }
                throw e;
            }
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside the answer's headers");
            }
            head.write(b);
            last4 = (last4 << 8) | b;
            if (last4 == 0x0d0a0d0a) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > MAX_HEAD) {
                throw new IOException("answer headers over " + MAX_HEAD + " bytes");
            }
        }
    }

    private static void readBody(InputStream in, String head, ByteArrayOutputStream body) throws IOException {
        String type = header(head, "content-type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream")) {
            return; // a stream never ends: the status is the answer
        }
        String encoding = header(head, "transfer-encoding");
        String length = header(head, "content-length");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            readChunked(in, body);
        } else if (length != null) {
            copy(in, body, Long.parseLong(length.strip()));
        } else {
            copy(in, body, MAX_BODY);
        }
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream body) throws IOException {
        while (body.size() < MAX_BODY) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                return;
            }
            copy(in, body, size);
            readLine(in);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == MAX_BODY) {
                    return; // no length given: the end of the connection ends the body
                }
                throw new EOFException("connection closed " + left + " bytes before the end of the body");
            }
            if (body.size() < MAX_BODY) {
                body.write(buffer, 0, (int) Math.min(n, MAX_BODY - body.size()));
            }
            left -= n;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed inside a chunk header");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    static int statusOf(String head) {
        String[] parts = firstLine(head).split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The value of the first header of that name (case-insensitive), or null. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static String firstLine(String head) {
        int end = head.indexOf("\r\n");
        return end < 0 ? head : head.substring(0, end);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }

    @Override
    public void close() {
        writers.shutdownNow();
        try {
            writers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
