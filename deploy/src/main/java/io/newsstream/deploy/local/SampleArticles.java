package io.newsstream.deploy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample articles bundled in the jar under {@code samples/}, listed by {@code samples/index.txt}. */
public final class SampleArticles {

    private static final String FOLDER = "samples/";

    /** One bundled article: its file name and its raw text as scraped (headline first). */
    public record Sample(String fileName, String text) {
    }

    private SampleArticles() {
    }

    public static List<Sample> load() {
        List<Sample> samples = new ArrayList<>();
        for (String line : read(FOLDER + "index.txt").split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                samples.add(new Sample(name, read(FOLDER + name)));
            }
        }
        return samples;
    }

    private static String read(String resource) {
        try (InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }
}
