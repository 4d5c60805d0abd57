package io.newsstream.lab.bench;

import java.io.IOException;
import java.io.InputStream;

/** Counts the rows of an RFC 4180 CSV stream as it arrives, without keeping it: CRLF outside quotes ends a row. */
public final class CsvRowCounter {

    private long rows;
    private long bytes;
    private boolean quoted;
    private boolean carriageReturn;

    /** Reads the stream to its end. */
    public void count(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            bytes += read;
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                // A doubled quote toggles twice, so it leaves the state as it was.
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && carriageReturn && !quoted) {
                    rows++;
                }
                carriageReturn = b == '\r';
            }
        }
    }

    public long rows() {
        return rows;
    }

    public long bytes() {
        return bytes;
    }
}
