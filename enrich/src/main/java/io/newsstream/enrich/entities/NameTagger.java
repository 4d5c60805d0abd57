package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Sentence;
import io.newsstream.enrich.text.Token;
import io.newsstream.enrich.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of people, organisations and places in a sentence with a trained model (see
 * docs/decisions/0012-name-tagger.md), whether or not the knowledge base knows them. Thread-safe.
 */
public final class NameTagger {

    /** The bundled weights and word clusters, made by the lab's {@code TaggerTraining}. */
    public static final String BUNDLED_MODEL = "/io/newsstream/enrich/entities/name-tagger.tsv.gz";
    public static final String BUNDLED_CLUSTERS = "/io/newsstream/enrich/entities/word-clusters.tsv.gz";
    /** Each thread's features of the sentence it tags, refilled sentence after sentence. */
    private static final ThreadLocal<TokenFeatures> FEATURES = ThreadLocal.withInitial(TokenFeatures::new);

    private final TaggerModel model;
    private final TaggerFeatures features;

    public NameTagger(TaggerModel model, TaggerFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** Whether {@code word} opens the name of a person the knowledge base knows. */
    public boolean isGivenName(String word) {
        return features.isGivenName(word);
    }

    /** The tagger with the bundled weights, clusters and knowledge base, made once per process. */
    public static NameTagger bundled() {
        return Bundled.TAGGER;
    }

    static TaggerModel bundledModel() {
        return Bundled.MODEL;
    }

    /** Loaded on first use; all immutable. */
    private static final class Bundled {
        static final TaggerModel MODEL = read(BUNDLED_MODEL, TaggerModel::load);
        static final WordClusters CLUSTERS = read(BUNDLED_CLUSTERS, WordClusters::load);
        static final NameTagger TAGGER = new NameTagger(MODEL, new TaggerFeatures(KnowledgeBase.bundled(), CLUSTERS));
    }

    private interface Loader<T> {
        T load(String source, InputStream in) throws IOException;
    }

    private static <T> T read(String name, Loader<T> loader) {
        try (InputStream in = NameTagger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException("bundled resource " + name + " is missing");
            }
            return loader.load(name, in);
        } catch (IOException e) {
            throw new DataFileException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The names in a text of any length, sentence by sentence, with their ranges in the whole text. */
    public List<TaggedSpan> tagText(String text) {
        return tagText(AnalysedText.of(text));
    }

    /** The names in a text already split into sentences, with their ranges in the whole text. */
    public List<TaggedSpan> tagText(AnalysedText text) {
        List<TaggedSpan> names = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (TaggedSpan name : tag(sentence.text())) {
                names.add(new TaggedSpan(name.type(), sentence.start() + name.start(), sentence.start() + name.end(),
                        name.text()));
            }
        }
        return names;
    }

    /** The names in one sentence, in order, with their ranges in it. */
    public List<TaggedSpan> tag(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        TokenFeatures written = FEATURES.get();
        features.write(sentence, tokens, written);
        return spans(sentence, tokens, model.decode(written));
    }

    /** Joins tagged tokens into names: a B tag opens one, I tags of its kind extend it. */
    public static List<TaggedSpan> spans(String sentence, List<Token> tokens, BioTag[] tags) {
        List<TaggedSpan> spans = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            BioTag tag = i < tokens.size() ? tags[i] : BioTag.O;
            if (type != null && !(tag.inside() && tag.type() == type)) {
                int end = tokens.get(i - 1).end();
                spans.add(new TaggedSpan(type, start, end, sentence.substring(start, end)));
                type = null;
            }
            if (tag.type() != null && type == null) {
                type = tag.type();
                start = tokens.get(i).start();
            }
        }
        return spans;
    }
}
