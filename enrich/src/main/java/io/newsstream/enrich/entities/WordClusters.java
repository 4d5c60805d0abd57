package io.newsstream.enrich.entities;

import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.portrayal.WordVectors;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Lower-cased words grouped by use, for the name tagger: a word's cluster is the signs of the first
 * {@link #DIMENSIONS} dimensions of its vector (the strongest, the vectors being reduced by PCA), so words used alike
 * share features however rare each is. Kept as its own small table ({@code word<TAB>cluster}, gzipped) so the tagger
 * loads fast without the 256-dimension vectors.
 */
public final class WordClusters {

    /** 12 scored best of 8, 10 and 12 on the held-out sentences. */
    public static final int DIMENSIONS = 12;
    public static final int UNKNOWN = -1;

    private final Map<String, Integer> clusters;

    WordClusters(Map<String, Integer> clusters) {
        this.clusters = Map.copyOf(clusters);
    }

    public static WordClusters fromVectors(WordVectors vectors) {
        Map<String, Integer> clusters = new HashMap<>();
        for (String word : vectors.words()) {
            float[] vector = vectors.get(word);
            int code = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                code = code << 1 | (vector[d] > 0 ? 1 : 0);
            }
            clusters.put(word, code);
        }
        return new WordClusters(clusters);
    }

    /** The cluster of a lower-cased word, or {@link #UNKNOWN}. */
    public int of(String lowerCaseWord) {
        return clusters.getOrDefault(lowerCaseWord, UNKNOWN);
    }

    public int size() {
        return clusters.size();
    }

    public void save(OutputStream out, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        for (String line : header) {
            writer.write("# " + line + "\n");
        }
        for (Map.Entry<String, Integer> entry : new TreeMap<>(clusters).entrySet()) {
            writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
        writer.close();
    }

    /** Reads a table written by {@link #save}; {@code source} names it in error messages. */
    public static WordClusters load(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        Map<String, Integer> clusters = new HashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            try {
                clusters.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            } catch (RuntimeException e) {
                throw new DataFileException(source + " line " + number + ": expected a word, a tab and a cluster number", e);
            }
        }
        return new WordClusters(clusters);
    }
}
