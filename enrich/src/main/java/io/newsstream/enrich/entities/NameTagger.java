package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.polarity.EntityStanceClassifier;
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

    /** The bundled weights, made by the lab's {@code TaggerTraining}. */
    public static final String BUNDLED_MODEL = "/io/newsstream/enrich/entities/name-tagger.tsv.gz";

    private static volatile TaggerModel bundledModel;

    private final TaggerModel model;
    private final TaggerFeatures features;

    public NameTagger(TaggerModel model, TaggerFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** The tagger with the bundled weights and the bundled knowledge base; the weights are read once per process. */
    public static NameTagger bundled() {
        return new NameTagger(bundledModel(), new TaggerFeatures(KnowledgeBase.bundled(), EntityStanceClassifier.bundledVectors()));
    }

    static TaggerModel bundledModel() {
        TaggerModel model = bundledModel;
        if (model == null) {
            synchronized (NameTagger.class) {
                if (bundledModel == null) {
                    bundledModel = readBundledModel();
                }
                model = bundledModel;
            }
        }
        return model;
    }

    private static TaggerModel readBundledModel() {
        try (InputStream in = NameTagger.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new DataFileException("bundled tagger model " + BUNDLED_MODEL + " is missing");
            }
            return TaggerModel.load(BUNDLED_MODEL, in);
        } catch (IOException e) {
            throw new DataFileException("cannot read " + BUNDLED_MODEL + ": " + e.getMessage(), e);
        }
    }

    /** The names in one sentence, in order, with their ranges in it. */
    public List<TaggedSpan> tag(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return spans(sentence, tokens, model.decode(features.of(sentence, tokens)));
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
