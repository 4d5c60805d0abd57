package io.newsstream.ingest;

import io.newsstream.core.config.ConfigException;
import java.util.Locale;

/** Parses size settings written as bytes ({@code 1048576}) or with a binary unit ({@code 512KiB}, {@code 10MiB}). */
final class ByteSize {

    private ByteSize() {
    }

    static long parse(String key, String value) {
        String trimmed = value.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        long multiplier = 1;
        String number = trimmed;
        if (lower.endsWith("kib")) {
            multiplier = 1024;
        } else if (lower.endsWith("mib")) {
            multiplier = 1024 * 1024;
        } else if (lower.endsWith("gib")) {
            multiplier = 1024L * 1024 * 1024;
        }
        if (multiplier > 1) {
            number = trimmed.substring(0, trimmed.length() - 3).trim();
        }
        try {
            long amount = Long.parseLong(number);
            if (amount <= 0) {
                throw new ConfigException(key + " must be a positive size, got '" + value + "'");
            }
            return Math.multiplyExact(amount, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigException(key + " must be a size such as 1048576, 512KiB or 10MiB, got '" + value + "'");
        }
    }
}
