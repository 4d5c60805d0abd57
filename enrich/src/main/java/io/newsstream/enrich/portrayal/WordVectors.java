package io.newsstream.enrich.portrayal;

import io.newsstream.enrich.data.DataFileException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A table of small dense vectors for lower-cased words, so that words never seen in training still carry meaning
 * (a word near "praised" pulls like "praised"). Stored as gzipped text with one signed byte per dimension: a header
 * of {@code #} comments, an {@code @dimensions} line and an {@code @scales} line (the value of one step per dimension),
 * then {@code word<TAB>base64 of the bytes}.
 */
public final class WordVectors {

    private final int dimensions;
    private final Map<String, float[]> vectors;

    public WordVectors(int dimensions, Map<String, float[]> vectors) {
        this.dimensions = dimensions;
        this.vectors = new HashMap<>(vectors);
        this.vectors.values().forEach(v -> {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("every vector needs " + dimensions + " dimensions");
            }
        });
    }

    public int dimensions() {
        return dimensions;
    }

    public int size() {
        return vectors.size();
    }

    /** The words that have vectors. */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(vectors.keySet());
    }

    /**
     * The vector of a token as {@link WordTokenizer} writes it, or null. A possessive or a hyphenated word missing
     * from the table falls back to its stem or its last part.
     */
    public float[] get(String word) {
        float[] vector = vectors.get(word);
        if (vector != null) {
            return vector;
        }
        if (word.endsWith("'s")) {
            return vectors.get(word.substring(0, word.length() - 2));
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 ? vectors.get(word.substring(hyphen + 1)) : null;
    }

    /** The same words with only their first {@code count} dimensions (the strongest, for PCA-made vectors). */
    public WordVectors firstDimensions(int count) {
        Map<String, float[]> shorter = new HashMap<>();
        vectors.forEach((word, v) -> shorter.put(word, java.util.Arrays.copyOf(v, count)));
        return new WordVectors(count, shorter);
    }

    /** Writes the table, each dimension quantised to a signed byte on its own scale. */
    public void save(OutputStream out, List<String> header) throws IOException {
        float[] scales = new float[dimensions];
        for (float[] v : vectors.values()) {
            for (int d = 0; d < dimensions; d++) {
                scales[d] = Math.max(scales[d], Math.abs(v[d]) / 127f);
            }
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        for (String line : header) {
            writer.write("# " + line + "\n");
        }
        writer.write("@dimensions\t" + dimensions + "\n");
        StringBuilder scaleLine = new StringBuilder("@scales");
        for (float scale : scales) {
            scaleLine.append('\t').append(String.format(Locale.ROOT, "%.6g", scale));
        }
        writer.write(scaleLine + "\n");
        Base64.Encoder base64 = Base64.getEncoder();
        byte[] bytes = new byte[dimensions];
        for (Map.Entry<String, float[]> entry : new TreeMap<>(vectors).entrySet()) {
            for (int d = 0; d < dimensions; d++) {
                bytes[d] = scales[d] == 0 ? 0 : (byte) Math.round(entry.getValue()[d] / scales[d]);
            }
            writer.write(entry.getKey() + "\t" + base64.encodeToString(bytes) + "\n");
        }
        writer.close();
    }

    /** Reads a table written by {@link #save}; {@code source} names it in error messages. */
    public static WordVectors load(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        int dimensions = -1;
        float[] scales = null;
        Map<String, float[]> vectors = new HashMap<>();
        Base64.Decoder base64 = Base64.getDecoder();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields[0].equals("@dimensions")) {
                    dimensions = Integer.parseInt(fields[1]);
                } else if (fields[0].equals("@scales")) {
                    scales = new float[fields.length - 1];
                    for (int d = 0; d < scales.length; d++) {
                        scales[d] = Float.parseFloat(fields[d + 1]);
                    }
                } else {
                    if (scales == null || scales.length != dimensions || fields.length != 2) {
                        throw new IllegalArgumentException("expected a word and its vector after the dimensions and "
                                + "scales lines");
                    }
                    byte[] bytes = base64.decode(fields[1]);
                    if (bytes.length != dimensions) {
                        throw new IllegalArgumentException("vector of " + bytes.length + " dimensions, not " + dimensions);
                    }
                    float[] vector = new float[dimensions];
                    for (int d = 0; d < dimensions; d++) {
                        vector[d] = bytes[d] * scales[d];
                    }
                    vectors.put(fields[0], vector);
                }
            } catch (RuntimeException e) {
                throw new DataFileException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        if (dimensions < 1) {
            throw new DataFileException(source + ": not a word-vector file (no dimensions line)");
        }
        return new WordVectors(dimensions, vectors);
    }
}
