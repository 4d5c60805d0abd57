package io.newsstream.deploy.prove.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Small gzip bodies that expand to gigabytes: one gzip member of 64 MiB of zeros (about 64 KB), repeated. A gzip
 * reader reads concatenated members as one stream, so 32 members are a 2 MB body that inflates to 2 GiB.
 */
final class GzipBomb {

    static final long MEMBER_EXPANDS_TO = 64L << 20;

    private static volatile byte[] member;

    private GzipBomb() {
    }

    /** {@code members} members, expanding to {@code members * 64 MiB}. */
    static byte[] of(int members) {
        byte[] one = member();
        byte[] out = new byte[one.length * members];
        for (int i = 0; i < members; i++) {
            System.arraycopy(one, 0, out, i * one.length, one.length);
        }
        return out;
    }

    private static byte[] member() {
        byte[] cached = member;
        if (cached == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(80_000);
            byte[] zeros = new byte[1 << 20];
            try (GZIPOutputStream gzip = new GZIPOutputStream(buffer, 1 << 16)) {
                for (long written = 0; written < MEMBER_EXPANDS_TO; written += zeros.length) {
                    gzip.write(zeros);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cached = buffer.toByteArray();
            member = cached;
        }
        return cached;
    }
}
