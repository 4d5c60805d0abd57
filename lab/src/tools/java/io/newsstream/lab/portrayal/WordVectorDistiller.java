package io.newsstream.lab.portrayal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.newsstream.core.json.Json;
import io.newsstream.enrich.portrayal.WordTokenizer;
import io.newsstream.enrich.portrayal.WordVectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the entity-stance word vectors ({@code word-vectors.tsv.gz}) by distilling all-MiniLM-L6-v2: every word is
 * embedded alone by the sentence-embedding model, and the embeddings are shrunk to their top principal components
 * (the "static embeddings from a sentence encoder" idea). The words are the whole words of MiniLM's own vocabulary
 * plus those of a NewsMTSC training file. Run once, by hand (about a minute on one core), before
 * {@link ContextualWordVectorDistiller}; the result of both is committed. In the Maven profile {@code word-vectors}
 * only (it needs the MiniLM artifact); the commands are in the README beside the model files.
 */
public final class WordVectorDistiller {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z']+");
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    static final long SEED = 7;

    public static void main(String[] args) throws IOException {
        Path train = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int dimensions = Integer.parseInt(args[2]);
        TreeSet<String> words = new TreeSet<>(minilmWords());
        int fromMinilm = words.size();
        for (NewsMtscExample example : NewsMtscReader.read(train)) {
            for (WordTokenizer.Token token : WordTokenizer.tokenize(example.sentence())) {
                if (WORD.matcher(token.text()).matches()) {
                    words.add(token.text());
                }
            }
        }
        System.err.printf("%d words (%d from MiniLM's vocabulary, %d more from %s)%n", words.size(), fromMinilm,
                words.size() - fromMinilm, train.getFileName());
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, float[]> embedded = new LinkedHashMap<>();
        int done = 0;
        for (String word : words) {
            embedded.put(word, model.embed(word).content().vector());
            if (++done % 5000 == 0) {
                System.err.printf("embedded %d of %d%n", done, words.size());
            }
        }
        PrincipalComponents pca = PrincipalComponents.fit(new ArrayList<>(embedded.values()), dimensions, SEED);
        Map<String, float[]> reduced = new LinkedHashMap<>();
        embedded.forEach((word, vector) -> reduced.put(word, pca.project(vector)));
        try (OutputStream stream = Files.newOutputStream(out)) {
            new WordVectors(dimensions, reduced).save(stream, List.of(
                    "Word vectors for entity stance: all-MiniLM-L6-v2 (Apache-2.0) embeddings of each word alone,",
                    "reduced to their top " + dimensions + " principal components. Made by WordVectorDistiller (see its",
                    "Javadoc for the command) from MiniLM's vocabulary and the words of NewsMTSC train.jsonl."));
        }
        System.err.printf("wrote %d vectors of %d dimensions to %s (%d bytes)%n", reduced.size(), dimensions, out,
                Files.size(out));
    }

    /** The whole lower-case words of MiniLM's WordPiece vocabulary (no "##" pieces, no punctuation). */
    static List<String> minilmWords() throws IOException {
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IOException("MiniLM's tokenizer " + TOKENIZER + " is not on the class path");
            }
            JsonNode vocabulary = Json.mapper().readTree(in).path("model").path("vocab");
            List<String> words = new ArrayList<>();
            for (Iterator<String> names = vocabulary.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (WORD.matcher(name).matches()) {
                    words.add(name);
                }
            }
            return words;
        }
    }
}
