package io.newsstream.enrich.portrayal;

import io.newsstream.core.article.Polarity;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The entity-stance model: class scores are a linear function of the hashed sparse features plus a small network
 * over the dense features (standardised, one ReLU hidden layer, or directly linear when it has no hidden units),
 * turned into probabilities by softmax. Classes are the {@link Polarity} constants in declaration order.
 *
 * <p>Only sparse buckets with a weight are kept, in an open-addressing table, so a model with two million buckets of
 * which a hundred thousand are used stays small. The file (gzipped text) holds {@code #} comments, then
 * {@code key<TAB>values} lines: an optional {@code calibration} (its {@link ScoreCalibration}: sharpness, positive and
 * negative bias, fitted with the model so the two never part), then per member {@code bits}, {@code templates}, {@code bias}, {@code dense}, {@code hidden},
 * {@code mean}, {@code scale}, {@code w1.J}, {@code b1}, {@code w2.C}, then one line per sparse bucket:
 * {@code bucket<TAB>weight POSITIVE<TAB>weight NEGATIVE<TAB>weight NEUTRAL}.
 */
public final class PortrayalModel {

    public static final int CLASSES = Polarity.values().length;

    /** The weights of a model, as the trainer (in lab) produces them; arrays are row-major. */
    public record Parameters(Set<PortrayalFeatures.Template> templates, int bits, float[] bias, int[] buckets, float[] sparse,
                      int denseSize, int hidden, float[] mean, float[] scale, float[] w1, float[] b1, float[] w2,
                      MentionConvolution convolution) {
    }

    /** The members of an ensemble (usually one); the model's probabilities are their mean. */
    private final List<Member> members;
    private final ScoreCalibration calibration;

    public PortrayalModel(Parameters parameters) {
        this(List.of(parameters), ScoreCalibration.NONE);
    }

    private PortrayalModel(List<Parameters> parameters, ScoreCalibration calibration) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one member");
        }
        Parameters first = parameters.get(0);
        for (Parameters p : parameters) {
            if (p.bits() != first.bits() || !p.templates().equals(first.templates())
                    || p.denseSize() != first.denseSize()) {
                throw new IllegalArgumentException("the members of an ensemble must share their features");
            }
        }
        this.members = parameters.stream().map(Member::new).toList();
        this.calibration = calibration;
    }

    /**
     * An ensemble whose probabilities are the mean of those of {@code models} (trained on the same features); it is
     * uncalibrated, as the mean of calibrated members is not calibrated.
     */
    public static PortrayalModel average(List<PortrayalModel> models) {
        return new PortrayalModel(models.stream().flatMap(m -> m.members.stream()).map(Member::parameters).toList(),
                ScoreCalibration.NONE);
    }

    /** The same model with {@code calibration}, fitted to its answers on data it was not trained on. */
    public PortrayalModel withCalibration(ScoreCalibration calibration) {
        return new PortrayalModel(members.stream().map(Member::parameters).toList(), calibration);
    }

    /** How to turn this model's probabilities into calibrated ones ({@link ScoreCalibration#NONE} if never fitted). */
    public ScoreCalibration calibration() {
        return calibration;
    }

    /** How many models this one averages. */
    public int members() {
        return members.size();
    }

    Parameters parameters() {
        return members.get(0).p;
    }

    /** The feature extractor this model was trained with; {@code vectors} are needed when it uses them. */
    public PortrayalFeatures features(WordVectors vectors) {
        Parameters p = parameters();
        PortrayalFeatures features = new PortrayalFeatures(p.templates(), p.bits(), vectors);
        if (features.denseSize() != p.denseSize()) {
            throw new IllegalArgumentException("the model takes " + p.denseSize() + " dense features but these word "
                    + "vectors give " + features.denseSize());
        }
        for (Member member : members) {
            MentionConvolution conv = member.p.convolution();
            if (conv != null && (vectors == null || vectors.dimensions() != conv.dims)) {
                throw new IllegalArgumentException("the model's convolution reads word vectors of " + conv.dims
                        + " dimensions");
            }
        }
        return features;
    }

    /** How many sparse feature buckets carry weights (summed over the members). */
    public int size() {
        return members.stream().mapToInt(m -> m.p.buckets().length).sum();
    }

    /** Class probabilities (softmax of the scores, averaged over the members), in {@link Polarity} order. */
    public double[] probabilities(FeatureVector features) {
        if (members.size() == 1) {
            return members.get(0).probabilities(features);
        }
        double[] mean = new double[CLASSES];
        for (Member member : members) {
            double[] probabilities = member.probabilities(features);
            for (int c = 0; c < CLASSES; c++) {
                mean[c] += probabilities[c] / members.size();
            }
        }
        return mean;
    }

    /** One trained model: its parameters, with the sparse weights in an open-addressing table. */
    private static final class Member {

        private final Parameters p;
        private final int[] keys;
        private final float[] weights;
        private final int mask;
        /** {@code w1} transposed ({@code [dense][hidden]}), so the hidden layer runs over contiguous units. */
        private final float[] w1ByInput;

        Member(Parameters parameters) {
            this.p = parameters;
            int hidden = parameters.hidden();
            int d = parameters.denseSize();
            this.w1ByInput = new float[hidden * d];
            for (int j = 0; j < hidden; j++) {
                for (int i = 0; i < d; i++) {
                    w1ByInput[i * hidden + j] = parameters.w1()[j * d + i];
                }
            }
            int[] buckets = parameters.buckets();
            int capacity = Integer.highestOneBit(Math.max(4, buckets.length * 2 - 1)) << 1;
            this.keys = new int[capacity];
            Arrays.fill(keys, -1);
            this.weights = new float[capacity * CLASSES];
            this.mask = capacity - 1;
            for (int i = 0; i < buckets.length; i++) {
                int slot = slot(buckets[i]);
                keys[slot] = buckets[i];
                System.arraycopy(parameters.sparse(), i * CLASSES, weights, slot * CLASSES, CLASSES);
            }
        }

        Parameters parameters() {
            return p;
        }

        double[] probabilities(FeatureVector features) {
            double[] scores = new double[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                scores[c] = p.bias()[c];
            }
            if (p.denseSize() > 0) {
                float[] h = hidden(features.dense());
                for (int c = 0; c < CLASSES; c++) {
                    double sum = 0;
                    for (int j = 0; j < h.length; j++) {
                        sum += p.w2()[c * h.length + j] * h[j];
                    }
                    scores[c] += sum;
                }
            }
            if (p.convolution() != null) {
                p.convolution().addScores(features.sequence(), scores);
            }
            for (int id : features.ids()) {
                int slot = find(id);
                if (slot >= 0) {
                    int base = slot * CLASSES;
                    for (int c = 0; c < CLASSES; c++) {
                        scores[c] += weights[base + c];
                    }
                }
            }
            return softmax(scores);
        }

        /** The same as {@link PortrayalModel#hidden}, with the loops ordered for speed. */
        private float[] hidden(float[] dense) {
            if (p.hidden() == 0) {
                return PortrayalModel.hidden(p, dense, null);
            }
            int units = p.hidden();
            float[] h = p.b1().clone();
            for (int i = 0; i < dense.length; i++) {
                float z = (dense[i] - p.mean()[i]) * p.scale()[i];
                if (z != 0) {
                    int base = i * units;
                    for (int j = 0; j < units; j++) {
                        h[j] += z * w1ByInput[base + j];
                    }
                }
            }
            for (int j = 0; j < units; j++) {
                h[j] = Math.max(0, h[j]);
            }
            return h;
        }

        private int slot(int key) {
            int slot = (key * 0x9E3779B9) & mask;
            while (keys[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private int find(int key) {
            int slot = (key * 0x9E3779B9) & mask;
            while (true) {
                int k = keys[slot];
                if (k == key) {
                    return slot;
                }
                if (k == -1) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /**
     * The standardised dense input, through the hidden layer when there is one. Shared with the trainer;
     * {@code standardised}, when given, receives the layer's input.
     */
    public static float[] hidden(Parameters p, float[] dense, float[] standardised) {
        float[] z = standardised == null ? new float[dense.length] : standardised;
        for (int i = 0; i < dense.length; i++) {
            z[i] = (dense[i] - p.mean()[i]) * p.scale()[i];
        }
        if (p.hidden() == 0) {
            return z;
        }
        float[] h = new float[p.hidden()];
        int d = dense.length;
        for (int j = 0; j < h.length; j++) {
            float sum = p.b1()[j];
            int base = j * d;
            for (int i = 0; i < d; i++) {
                sum += p.w1()[base + i] * z[i];
            }
            h[j] = Math.max(0, sum);
        }
        return h;
    }

    public static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] probabilities = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] = Math.exp(scores[c] - max);
            sum += probabilities[c];
        }
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }

    /** Writes the model as gzipped text; {@code header} lines become comments (say how it was made). */
    public void save(OutputStream out, List<String> header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        for (String line : header) {
            writer.write("# " + line + "\n");
        }
        if (!calibration.equals(ScoreCalibration.NONE)) {
            writer.write("calibration\t" + calibration.sharpness() + "\t" + calibration.positiveBias() + "\t"
                    + calibration.negativeBias() + "\n");
        }
        for (int m = 0; m < members.size(); m++) {
            if (m > 0) {
                writer.write("member\t" + m + "\n");
            }
            saveMember(writer, members.get(m).p);
        }
        writer.close();
    }

    private static void saveMember(Writer writer, Parameters p) throws IOException {
        writer.write("bits\t" + p.bits() + "\n");
        writer.write("templates\t" + String.join(",", p.templates().stream().map(Enum::name).toList()) + "\n");
        writer.write("dense\t" + p.denseSize() + "\n");
        writer.write("hidden\t" + p.hidden() + "\n");
        writeRow(writer, "bias", p.bias(), 0, CLASSES);
        writeRow(writer, "mean", p.mean(), 0, p.mean().length);
        writeRow(writer, "scale", p.scale(), 0, p.scale().length);
        for (int j = 0; j < p.hidden(); j++) {
            writeRow(writer, "w1." + j, p.w1(), j * p.denseSize(), p.denseSize());
        }
        writeRow(writer, "b1", p.b1(), 0, p.b1().length);
        int width = p.w2().length / CLASSES;
        for (int c = 0; c < CLASSES; c++) {
            writeRow(writer, "w2." + c, p.w2(), c * width, width);
        }
        if (p.convolution() != null) {
            saveConvolution(writer, p.convolution());
        }
        Integer[] order = new Integer[p.buckets().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(p.buckets()[a], p.buckets()[b]));
        for (int i : order) {
            writeRow(writer, String.valueOf(p.buckets()[i]), p.sparse(), i * CLASSES, CLASSES);
        }
    }

    private static void saveConvolution(Writer writer, MentionConvolution conv) throws IOException {
        int f = conv.filters;
        writer.write("conv\t" + f + "\t" + conv.dims + "\n");
        writeRow(writer, "conv.mean", conv.mean, 0, conv.dims);
        writeRow(writer, "conv.scale", conv.scale, 0, conv.dims);
        for (int r = 0; r < conv.weights.length / f; r++) {
            writeRow(writer, "conv.w." + r, conv.weights, r * f, f);
        }
        for (int r = 0; r < conv.flagWeights.length / f; r++) {
            writeRow(writer, "conv.flag." + r, conv.flagWeights, r * f, f);
        }
        for (int r = 0; r < conv.positions.length / f; r++) {
            writeRow(writer, "conv.pos." + r, conv.positions, r * f, f);
        }
        writeRow(writer, "conv.bias", conv.bias, 0, f);
        for (int c = 0; c < CLASSES; c++) {
            writeRow(writer, "conv.out." + c, conv.output, c * 2 * f, 2 * f);
        }
    }

    private static void writeRow(Writer writer, String key, float[] values, int from, int count) throws IOException {
        StringBuilder line = new StringBuilder(key);
        for (int i = from; i < from + count; i++) {
            // Four significant digits are far below what changes a prediction, and keep the file small.
            String text = String.format(Locale.ROOT, "%.4g", values[i]);
            line.append('\t').append(values[i] == 0 ? "0" : text);
        }
        writer.write(line.append('\n').toString());
    }

    /** Reads a model written by {@link #save}; {@code source} names it in error messages. */
    public static PortrayalModel load(String source, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        List<Parameters> members = new java.util.ArrayList<>();
        int[] number = {0};
        ScoreCalibration[] calibration = {ScoreCalibration.NONE};
        while (true) {
            Parameters member = loadMember(source, reader, number, calibration);
            if (member == null) {
                break;
            }
            members.add(member);
        }
        if (members.isEmpty()) {
            throw new DataFileException(source + ": not a model file (no model in it)");
        }
        return new PortrayalModel(members, calibration[0]);
    }

    /** One member's lines, up to a {@code member} line or the end; null at the end of the file. */
    private static Parameters loadMember(String source, BufferedReader reader, int[] lineNumber,
                                         ScoreCalibration[] calibration) throws IOException {
        int bits = -1;
        Set<PortrayalFeatures.Template> templates = null;
        int denseSize = -1;
        int hidden = -1;
        float[] bias = null;
        float[] mean = null;
        float[] scale = null;
        float[] w1 = null;
        float[] b1 = null;
        float[] w2 = null;
        int[] keys = new int[1 << 16];
        float[] sparse = new float[keys.length * CLASSES];
        int count = 0;
        int number = lineNumber[0];
        boolean any = false;
        int filters = 0;
        int convDims = 0;
        float[][] conv = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String key = fields[0];
            if (key.equals("member")) {
                break;
            }
            try {
                if (key.equals("calibration")) {
                    calibration[0] = new ScoreCalibration(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                            Double.parseDouble(fields[3]));
                    continue;
                }
                any = true;
                if (key.equals("bits")) {
                    bits = Integer.parseInt(fields[1]);
                } else if (key.equals("templates")) {
                    templates = templates(fields.length > 1 ? fields[1] : "");
                } else if (key.equals("dense")) {
                    denseSize = Integer.parseInt(fields[1]);
                } else if (key.equals("hidden")) {
                    hidden = Integer.parseInt(fields[1]);
                    if (denseSize < 0) {
                        throw new IllegalArgumentException("the hidden line must follow the dense line");
                    }
                    w1 = new float[hidden * denseSize];
                    w2 = new float[CLASSES * (hidden == 0 ? denseSize : hidden)];
                } else if (key.equals("bias")) {
                    bias = floats(fields, CLASSES);
                } else if (key.equals("mean")) {
                    mean = floats(fields, denseSize);
                } else if (key.equals("scale")) {
                    scale = floats(fields, denseSize);
                } else if (key.equals("b1")) {
                    b1 = floats(fields, hidden);
                } else if (key.startsWith("w1.")) {
                    int j = Integer.parseInt(key.substring(3));
                    System.arraycopy(floats(fields, denseSize), 0, w1, j * denseSize, denseSize);
                } else if (key.equals("conv")) {
                    filters = Integer.parseInt(fields[1]);
                    convDims = Integer.parseInt(fields[2]);
                    conv = new float[][] {new float[convDims], new float[convDims],
                            new float[MentionConvolution.WIDTH * convDims * filters],
                            new float[MentionConvolution.WIDTH * 2 * filters],
                            new float[(2 * MentionConvolution.CLIP + 1) * filters], new float[filters],
                            new float[CLASSES * 2 * filters]};
                } else if (key.startsWith("conv.")) {
                    if (conv == null) {
                        throw new IllegalArgumentException("convolution weights before the conv line");
                    }
                    String[] parts = key.split("\\.");
                    int part = switch (parts[1]) {
                        case "mean" -> 0;
                        case "scale" -> 1;
                        case "w" -> 2;
                        case "flag" -> 3;
                        case "pos" -> 4;
                        case "bias" -> 5;
                        case "out" -> 6;
                        default -> throw new IllegalArgumentException("unknown convolution line " + key);
                    };
                    int size = part <= 1 ? convDims : part == 6 ? 2 * filters : filters;
                    int row = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
                    System.arraycopy(floats(fields, size), 0, conv[part], row * size, size);
                } else if (key.startsWith("w2.")) {
                    int c = Integer.parseInt(key.substring(3));
                    int width = w2.length / CLASSES;
                    System.arraycopy(floats(fields, width), 0, w2, c * width, width);
                } else {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                        sparse = Arrays.copyOf(sparse, count * 2 * CLASSES);
                    }
                    keys[count] = Integer.parseInt(key);
                    System.arraycopy(floats(fields, CLASSES), 0, sparse, count * CLASSES, CLASSES);
                    count++;
                }
            } catch (RuntimeException e) {
                throw new DataFileException(source + " line " + number + ": not a model line (" + e + ")", e);
            }
        }
        lineNumber[0] = number;
        if (!any) {
            return null;
        }
        if (bits < 0 || templates == null || hidden < 0 || bias == null || mean == null || scale == null || b1 == null) {
            throw new DataFileException(source + ": not a model file (a bits, templates, dense, hidden, bias, mean, "
                    + "scale or b1 line is missing)");
        }
        return new Parameters(templates, bits, bias, Arrays.copyOf(keys, count),
                Arrays.copyOf(sparse, count * CLASSES), denseSize, hidden, mean, scale, w1, b1, w2,
                conv == null ? null : new MentionConvolution(filters, convDims, conv[0], conv[1], conv[2], conv[3],
                        conv[4], conv[5], conv[6]));
    }

    private static Set<PortrayalFeatures.Template> templates(String names) {
        EnumSet<PortrayalFeatures.Template> set = EnumSet.noneOf(PortrayalFeatures.Template.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                set.add(PortrayalFeatures.Template.valueOf(name.strip()));
            }
        }
        return set;
    }

    private static float[] floats(String[] fields, int count) {
        if (fields.length != count + 1) {
            throw new IllegalArgumentException("expected " + count + " numbers after the key, found " + (fields.length - 1));
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = Float.parseFloat(fields[i + 1]);
        }
        return values;
    }
}
