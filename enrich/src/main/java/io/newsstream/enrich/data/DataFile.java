package io.newsstream.enrich.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-oriented data files enrich ships with: blank lines and {@code #} comments are skipped. */
public final class DataFile {

    private DataFile() {
    }

    /** Reads a resource that sits next to {@code anchor}'s class file, e.g. {@code boilerplate.txt}. */
    public static List<DataLine> readResource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new DataFileException("bundled data file " + name + " is missing next to " + anchor.getName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (IOException e) {
            throw new DataFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads every meaningful line; {@code source} names the file in error messages. */
    public static List<DataLine> read(String source, Reader reader) {
        List<DataLine> lines = new ArrayList<>();
        try {
            BufferedReader buffered = new BufferedReader(reader);
            int number = 0;
            for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
                number++;
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    lines.add(new DataLine(source, number, line));
                }
            }
        } catch (IOException e) {
            throw new DataFileException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return lines;
    }
}
