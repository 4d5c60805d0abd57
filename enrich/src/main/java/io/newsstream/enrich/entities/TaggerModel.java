package io.newsstream.enrich.entities;

import io.newsstream.enrich.data.DataFileException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the name tagger, a linear-chain model over {@link BioTag}s: per hashed feature one weight per tag,
 * and one weight per pair of successive tags; {@link #decode} finds the best tag sequence (Viterbi). Saved as gzipped
 * text: {@code #} header lines, {@code @bits}, {@code @scale} and {@code @transitions} lines, then one line per
 * non-zero feature bucket: {@code bucket<TAB>base64 of one 16-bit weight per tag}.
 */
public final class TaggerModel {

    public static final int TAGS = BioTag.values().length;
    /** The row of transition weights from "before the sentence". */
    private static final int START = TAGS;

    private final int mask;
    private final float[] weights;
    private final float[] transitions;
    /**
     * A model read from a file keeps its few non-zero buckets' weights side by side ({@link #rows}) and per bucket
     * the place of its row plus one (0: no weights), so decoding reads about a megabyte instead of the whole table
     * of mostly zeros, which does not fit in a core's cache; null for a model made from arrays (a trainer's).
     */
    private final char[] rowOf;
    private final float[] rows;
    /** Per tag, the tags it may follow, in ascending order; and whether it may open a sentence. */
    private final int[][] previous = new int[TAGS][];
    private final boolean[] opens = new boolean[TAGS];

    /** The score and back pointer of every tag at every token, kept per thread so a sentence allocates neither. */
    private static final ThreadLocal<Lattice> LATTICE = ThreadLocal.withInitial(Lattice::new);

    /**
     * A model over {@code 2^bits} feature buckets; the arrays are used as given, not copied, so a trainer can decode
     * with the weights it is updating: {@code weights[bucket * TAGS + tag]},
     * {@code transitions[previous * TAGS + tag]} with {@code previous == TAGS} for the sentence start.
     */
    public TaggerModel(int bits, float[] weights, float[] transitions) {
        this(bits, weights, transitions, false);
    }

    private TaggerModel(int bits, float[] weights, float[] transitions, boolean compact) {
        if (weights.length != (1 << bits) * TAGS || transitions.length != (TAGS + 1) * TAGS) {
            throw new IllegalArgumentException("weights for 2^" + bits + " buckets and " + TAGS + " tags expected");
        }
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.transitions = transitions;
        int filled = compact ? filledBuckets(weights) : Character.MAX_VALUE;
        if (filled < Character.MAX_VALUE) {
            rowOf = new char[mask + 1];
            rows = new float[filled * TAGS];
            int row = 0;
            for (int bucket = 0; bucket <= mask; bucket++) {
                if (isFilled(weights, bucket)) {
                    System.arraycopy(weights, bucket * TAGS, rows, row * TAGS, TAGS);
                    rowOf[bucket] = (char) ++row;
                }
            }
        } else {
            rowOf = null;
            rows = null;
        }
        for (int t = 0; t < TAGS; t++) {
            BioTag tag = BioTag.of(t);
            opens[t] = tag.canFollow(BioTag.O);
            previous[t] = IntStream.range(0, TAGS).filter(p -> tag.canFollow(BioTag.of(p))).toArray();
        }
    }

    private static int filledBuckets(float[] weights) {
        int filled = 0;
        for (int bucket = 0; bucket < weights.length / TAGS; bucket++) {
            filled += isFilled(weights, bucket) ? 1 : 0;
        }
        return filled;
    }

    private static boolean isFilled(float[] weights, int bucket) {
        for (int t = 0; t < TAGS; t++) {
            if (weights[bucket * TAGS + t] != 0) {
                return true;
            }
        }
        return false;
    }

    public int bits() {
        return Integer.numberOfTrailingZeros(mask + 1);
    }

    /** The bucket of a hashed feature: its row in {@code weights}. */
    public int bucket(int feature) {
        return feature & mask;
    }

    /** The best tags of a sentence whose tokens have {@code features}; a name never continues another kind. */
    public BioTag[] decode(int[][] features) {
        return decode(TokenFeatures.of(features));
    }

    /** As {@link #decode(int[][])}, for features written token after token. */
    public BioTag[] decode(TokenFeatures features) {
        int n = features.tokens();
        BioTag[] tags = new BioTag[n];
        if (n == 0) {
            return tags;
        }
        Lattice lattice = LATTICE.get().ensure(n);
        float[] score = lattice.score;
        int[] back = lattice.back;
        float[] emission = lattice.emission;
        for (int i = 0; i < n; i++) {
            emissions(features, i, emission);
            for (int t = 0; t < TAGS; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int from = -1;
                if (i == 0) {
                    if (opens[t]) {
                        best = transitions[START * TAGS + t];
                    }
                } else {
                    for (int p : previous[t]) {
                        float s = score[(i - 1) * TAGS + p] + transitions[p * TAGS + t];
                        if (s > best) {
                            best = s;
                            from = p;
                        }
                    }
                }
                score[i * TAGS + t] = best + emission[t];
                back[i * TAGS + t] = from;
            }
        }
        int best = 0;
        for (int t = 1; t < TAGS; t++) {
            if (score[(n - 1) * TAGS + t] > score[(n - 1) * TAGS + best]) {
                best = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = BioTag.of(best);
            best = back[i * TAGS + best];
        }
        return tags;
    }

    /** The sum of the weights of token {@code token}'s features, per tag; a bucket without weights adds nothing. */
    private void emissions(TokenFeatures features, int token, float[] emission) {
        Arrays.fill(emission, 0f);
        for (int k = features.from(token), to = features.to(token); k < to; k++) {
            int bucket = features.value(k) & mask;
            float[] table = weights;
            int row = bucket * TAGS;
            if (rowOf != null) {
                int filled = rowOf[bucket];
                if (filled == 0) {
                    continue;
                }
                table = rows;
                row = (filled - 1) * TAGS;
            }
            for (int t = 0; t < TAGS; t++) {
                emission[t] += table[row + t];
            }
        }
    }

    private static final class Lattice {
        private float[] score = new float[0];
        private int[] back = new int[0];
        private final float[] emission = new float[TAGS];

        Lattice ensure(int tokens) {
            if (score.length < tokens * TAGS) {
                score = new float[tokens * TAGS * 2];
                back = new int[tokens * TAGS * 2];
            }
            return this;
        }
    }

    /** Writes the buckets whose largest weight is at least {@code minimum} in size, with {@code header} lines. */
    public int save(OutputStream out, List<String> header, float minimum) throws IOException {
        float largest = 0;
        for (float w : weights) {
            largest = Math.max(largest, Math.abs(w));
        }
        float scale = largest == 0 ? 1 : largest / Short.MAX_VALUE;
        Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        for (String line : header) {
            writer.write("# " + line + "\n");
        }
        writer.write("@bits\t" + bits() + "\n");
        writer.write(String.format(Locale.ROOT, "@scale\t%.8g%n", scale));
        StringBuilder transitionLine = new StringBuilder("@transitions");
        for (float w : transitions) {
            transitionLine.append('\t').append(String.format(Locale.ROOT, "%.6g", w));
        }
        writer.write(transitionLine + "\n");
        Base64.Encoder base64 = Base64.getEncoder();
        ByteBuffer bytes = ByteBuffer.allocate(2 * TAGS);
        int written = 0;
        for (int bucket = 0; bucket <= mask; bucket++) {
            float top = 0;
            for (int t = 0; t < TAGS; t++) {
                top = Math.max(top, Math.abs(weights[bucket * TAGS + t]));
            }
            if (top < minimum) {
                continue;
            }
            bytes.clear();
            for (int t = 0; t < TAGS; t++) {
                bytes.putShort((short) Math.round(weights[bucket * TAGS + t] / scale));
            }
            writer.write(bucket + "\t" + base64.encodeToString(bytes.array()) + "\n");
            written++;
        }
        writer.close();
        return written;
    }

    /** Reads a model written by {@link #save}; {@code source} names it in error messages. */
    public static TaggerModel load(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8),
                1 << 16);
        int bits = -1;
        float scale = 0;
        float[] weights = null;
        float[] transitions = null;
        Base64.Decoder base64 = Base64.getDecoder();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                String value = line.substring(tab + 1);
                switch (key) {
                    case "@bits" -> {
                        bits = Integer.parseInt(value);
                        weights = new float[(1 << bits) * TAGS];
                    }
                    case "@scale" -> scale = Float.parseFloat(value);
                    case "@transitions" -> {
                        String[] fields = value.split("\t");
                        transitions = new float[fields.length];
                        for (int i = 0; i < fields.length; i++) {
                            transitions[i] = Float.parseFloat(fields[i]);
                        }
                    }
                    default -> {
                        if (weights == null || scale == 0) {
                            throw new IllegalArgumentException("a weight line before the @bits and @scale lines");
                        }
                        ByteBuffer bytes = ByteBuffer.wrap(base64.decode(value));
                        int row = Integer.parseInt(key) * TAGS;
                        for (int t = 0; t < TAGS; t++) {
                            weights[row + t] = bytes.getShort() * scale;
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw new DataFileException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        if (weights == null || transitions == null) {
            throw new DataFileException(source + ": not a tagger model (no @bits or @transitions line)");
        }
        try {
            return new TaggerModel(bits, weights, transitions, true);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source + ": " + e.getMessage(), e);
        }
    }
}
