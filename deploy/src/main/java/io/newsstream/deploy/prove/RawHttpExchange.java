package io.newsstream.deploy.prove;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends one request exactly as given (bytes on a fresh TCP connection, however broken) and reads the answer's
 * status and body, so hostile input reaches the server without an HTTP client cleaning it up first.
 */
public final class RawHttpExchange {

    /** No status: the server closed the connection without answering, which is fair for bytes that are not HTTP. */
    public static final int CLOSED = -1;
    /** No status in time: the server kept the connection open without answering. */
    public static final int NO_ANSWER = -2;
    private static final int MAX_BODY = 1 << 20;

    private RawHttpExchange() {
    }

    /** The answer's status (or {@link #CLOSED}, {@link #NO_ANSWER}) and body. */
    public record Answer(int status, byte[] body) {
    }

    public static Answer send(String host, int port, byte[] request, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // The server may refuse a request before reading all of it (413 on a huge body): read what it said.
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return new Answer(NO_ANSWER, new byte[0]);
        }
    }

    static Answer read(InputStream in) throws IOException {
        String statusLine;
        try {
            statusLine = line(in);
        } catch (IOException e) {
            if (e instanceof SocketTimeoutException timeout) {
                throw timeout;
            }
            return new Answer(CLOSED, new byte[0]);
        }
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            return new Answer(CLOSED, new byte[0]);
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        return new Answer(status, chunked ? chunkedBody(in) : body(in, length));
    }

    private static byte[] body(InputStream in, long length) throws IOException {
        if (length < 0) {
            return in.readNBytes(MAX_BODY);
        }
        return in.readNBytes((int) Math.min(length, MAX_BODY));
    }

    private static byte[] chunkedBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int semicolon = size.indexOf(';');
            int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (chunk == 0 || body.size() + chunk > MAX_BODY) {
                break;
            }
            body.write(in.readNBytes(chunk));
            line(in);
        }
        return body.toByteArray();
    }

    /** One CRLF-terminated line without its terminator, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
