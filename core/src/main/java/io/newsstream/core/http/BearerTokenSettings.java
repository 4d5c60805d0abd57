package io.newsstream.core.http;

import io.newsstream.core.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads bearer tokens from a list setting (comma-separated, e.g. {@code ingest.auth.tokens}) and a file setting
 * (one per line, {@code #} comments, e.g. {@code ingest.auth.tokens.file}), once at start-up. Error messages never
 * quote a token.
 */
public final class BearerTokenSettings {

    private BearerTokenSettings() {
    }

    /** @return the union of both sources; {@link BearerTokens#none()} when neither is set */
    public static BearerTokens load(String listKey, Optional<String> list, String fileKey, Optional<String> file) {
        List<String> tokens = new ArrayList<>();
        list.ifPresent(value -> tokens.addAll(fromList(listKey, value)));
        file.ifPresent(value -> tokens.addAll(fromFile(fileKey, Path.of(value.trim()))));
        return tokens.isEmpty() ? BearerTokens.none() : BearerTokens.of(tokens);
    }

    private static List<String> fromList(String key, String value) {
        List<String> tokens = new ArrayList<>();
        for (String token : value.split(",")) {
            if (!token.isBlank()) {
                tokens.add(checked(key, token.strip(), "token " + (tokens.size() + 1)));
            }
        }
        // A set but empty value must not leave the API open by accident.
        if (tokens.isEmpty()) {
            throw new ConfigException(key + " is set but holds no token");
        }
        return tokens;
    }

    private static List<String> fromFile(String key, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(key + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                tokens.add(checked(key, line, "the token on line " + (i + 1)));
            }
        }
        if (tokens.isEmpty()) {
            throw new ConfigException(key + ": " + file + " holds no token");
        }
        return tokens;
    }

    /** @param position where the token is, named instead of the token itself */
    private static String checked(String key, String token, String position) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c > 0x7e) {
                throw new ConfigException(key + ": " + position
                        + " holds whitespace, a control or a non-ASCII character; a bearer token is printable ASCII");
            }
        }
        return token;
    }
}
