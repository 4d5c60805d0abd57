package io.newsstream.lab.portrayal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.newsstream.enrich.portrayal.WordTokenizer;
import io.newsstream.enrich.portrayal.WordVectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Extends the entity-stance word vectors with a contextual part: each word's all-MiniLM-L6-v2 output states (the
 * mean over its word pieces) averaged over every sentence of a NewsMTSC training file it occurs in, reduced to their
 * top principal components, appended to the word's static vector. A word's contextual vector says how news uses it,
 * which a word embedded alone does not. Words that never occur in the file get a contextual part predicted from
 * their static one (ridge regression fitted on the words that have both), so a word first met in dev or in
 * production still gets a contextual guess; with {@code zero-fill} they get zeros (the mean). Run once, by hand (a
 * few minutes on one core); the result is committed. Command in the README beside the model files.
 *
 * <p>Arguments: the training file, the static vector table, the output file, the contextual dimensions, then
 * optionally {@code fit-only} (read only the sentences outside the held-out part, for held-out experiments) and
 * {@code zero-fill}.
 */
public final class ContextualWordVectorDistiller {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int STATE_SIZE = 384;
    private static long aligned;
    private static long misaligned;

    public static void main(String[] args) throws IOException, OrtException {
        Path train = Path.of(args[0]);
        WordVectors statics;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            statics = WordVectors.load(args[1], in);
        }
        Path out = Path.of(args[2]);
        int dimensions = Integer.parseInt(args[3]);
        Set<String> sentences = new LinkedHashSet<>();
        // "fit-only" leaves out the held-out sentences, for experiments that score on them.
        boolean fitOnly = java.util.Arrays.asList(args).contains("fit-only");
        NewsMtscReader.read(train).stream().filter(e -> !fitOnly || !PortrayalTraining.isHeldOut(e))
                .forEach(e -> sentences.add(e.sentence()));

        Map<String, double[]> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream tokenizerJson = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(TOKENIZER);
             InputStream modelBytes = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(MODEL)) {
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of());
            try (OrtSession session = environment.createSession(modelBytes.readAllBytes(),
                    new OrtSession.SessionOptions())) {
                int done = 0;
                for (String sentence : sentences) {
                    accumulate(sentence, tokenizer, session, environment, sums, counts);
                    if (++done % 1000 == 0) {
                        System.err.printf("%d of %d sentences%n", done, sentences.size());
                    }
                }
            }
        }
        System.err.printf("word pieces whose span spells them: %d, others: %d%n", aligned, misaligned);
        List<String> words = new ArrayList<>(new TreeMap<>(sums).keySet());
        List<float[]> means = new ArrayList<>();
        for (String word : words) {
            double[] sum = sums.get(word);
            float[] mean = new float[STATE_SIZE];
            for (int i = 0; i < STATE_SIZE; i++) {
                mean[i] = (float) (sum[i] / counts.get(word));
            }
            means.add(mean);
        }
        PrincipalComponents pca = PrincipalComponents.fit(means, dimensions, WordVectorDistiller.SEED);
        Map<String, float[]> contextual = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            contextual.put(words.get(w), pca.project(means.get(w)));
        }
        int staticSize = statics.dimensions();
        boolean zeroFill = java.util.Arrays.asList(args).contains("zero-fill");
        double[][] map = zeroFill ? null : fitLinearMap(statics, contextual, staticSize, dimensions);
        Map<String, float[]> joined = new HashMap<>();
        Set<String> all = new LinkedHashSet<>(statics.words());
        all.addAll(contextual.keySet());
        for (String word : all) {
            float[] vector = new float[staticSize + dimensions];
            float[] s = statics.get(word);
            if (s != null) {
                System.arraycopy(s, 0, vector, 0, staticSize);
            }
            float[] c = contextual.get(word);
            if (c != null) {
                System.arraycopy(c, 0, vector, staticSize, dimensions);
            } else if (map != null && s != null) {
                for (int o = 0; o < dimensions; o++) {
                    double sum = map[staticSize][o];
                    for (int i = 0; i < staticSize; i++) {
                        sum += s[i] * map[i][o];
                    }
                    vector[staticSize + o] = (float) sum;
                }
            }
            joined.put(word, vector);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            new WordVectors(staticSize + dimensions, joined).save(stream, List.of(
                    "Word vectors for entity stance: " + staticSize + " static dimensions (all-MiniLM-L6-v2, Apache-2.0,",
                    "each word embedded alone) then " + dimensions + " contextual ones (MiniLM's states of the word",
                    "averaged over its sentences in NewsMTSC train.jsonl; for words not there, predicted from the",
                    "static part by ridge regression), each reduced by PCA.",
                    "Made by WordVectorDistiller and ContextualWordVectorDistiller (commands in the README)."));
        }
        System.err.printf("wrote %d vectors (%d with a contextual part) of %d dimensions to %s (%d bytes)%n",
                joined.size(), contextual.size(), staticSize + dimensions, out, Files.size(out));
    }

    /**
     * Least squares with a small ridge from static vectors (plus a constant) to contextual ones, over the words that
     * have both; row {@code i} of the result weights static dimension {@code i}, the last row is the constant.
     */
    static double[][] fitLinearMap(WordVectors statics, Map<String, float[]> contextual, int in, int out) {
        int n = in + 1;
        double[][] gram = new double[n][n];
        double[][] cross = new double[n][out];
        for (Map.Entry<String, float[]> entry : contextual.entrySet()) {
            float[] s = statics.get(entry.getKey());
            if (s == null) {
                continue;
            }
            double[] x = new double[n];
            for (int i = 0; i < in; i++) {
                x[i] = s[i];
            }
            x[in] = 1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    gram[i][j] += x[i] * x[j];
                }
                for (int o = 0; o < out; o++) {
                    cross[i][o] += x[i] * entry.getValue()[o];
                }
            }
        }
        double ridge = 1e-3 * trace(gram) / n;
        for (int i = 0; i < in; i++) {
            gram[i][i] += ridge;
        }
        return solve(gram, cross);
    }

    private static double trace(double[][] m) {
        double t = 0;
        for (int i = 0; i < m.length; i++) {
            t += m[i][i];
        }
        return t;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive). */
    private static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                for (int c = 0; c < m; c++) {
                    b[r][c] -= f * b[col][c];
                }
            }
        }
        double[][] x = new double[n][m];
        for (int r = n - 1; r >= 0; r--) {
            for (int c = 0; c < m; c++) {
                double sum = b[r][c];
                for (int k = r + 1; k < n; k++) {
                    sum -= a[r][k] * x[k][c];
                }
                x[r][c] = sum / a[r][r];
            }
        }
        return x;
    }

    /** Adds the states of each word of {@code sentence} (as {@link WordTokenizer} splits it) to its sums. */
    private static void accumulate(String sentence, HuggingFaceTokenizer tokenizer, OrtSession session,
                                   OrtEnvironment environment, Map<String, double[]> sums,
                                   Map<String, Integer> counts) throws OrtException {
        Encoding encoding = tokenizer.encode(sentence);
        long[] ids = encoding.getIds();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {ids}));
        inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {encoding.getAttentionMask()}));
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()}));
        float[][] states;
        try (OrtSession.Result result = session.run(inputs)) {
            states = ((float[][][]) result.get(0).getValue())[0];
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
        CharSpan[] spans = encoding.getCharTokenSpans();
        String[] pieceTexts = encoding.getTokens();
        for (int p = 0; p < spans.length; p++) {
            // The spans must be character offsets into the sentence, or the words would get others' states.
            if (spans[p] != null && encoding.getSpecialTokenMask()[p] == 0 && spans[p].getEnd() <= sentence.length()
                    && sentence.substring(spans[p].getStart(), spans[p].getEnd()).toLowerCase(java.util.Locale.ROOT)
                    .equals(pieceTexts[p].replace("##", ""))) {
                aligned++;
            } else if (encoding.getSpecialTokenMask()[p] == 0) {
                misaligned++;
            }
        }
        for (WordTokenizer.Token token : WordTokenizer.tokenize(sentence)) {
            if (!Character.isLetter(token.text().charAt(0))) {
                continue;
            }
            double[] piece = new double[STATE_SIZE];
            int pieces = 0;
            for (int p = 0; p < spans.length; p++) {
                CharSpan span = spans[p];
                if (span != null && encoding.getSpecialTokenMask()[p] == 0 && span.getStart() < token.end()
                        && span.getEnd() > token.start()) {
                    for (int i = 0; i < STATE_SIZE; i++) {
                        piece[i] += states[p][i];
                    }
                    pieces++;
                }
            }
            if (pieces == 0) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(token.text(), w -> new double[STATE_SIZE]);
            for (int i = 0; i < STATE_SIZE; i++) {
                sum[i] += piece[i] / pieces;
            }
            counts.merge(token.text(), 1, Integer::sum);
        }
    }
}
