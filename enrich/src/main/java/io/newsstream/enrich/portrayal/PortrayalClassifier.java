package io.newsstream.enrich.portrayal;

import io.newsstream.enrich.data.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Says how a sentence portrays the one it mentions at a given character range: positive, negative or neutral, with
 * probabilities. Thread-safe; the bundled model ({@link #bundled()}) is loaded once and shared.
 */
public final class PortrayalClassifier {

    /** The trained model shipped with enrich; see the README beside it for how it is made. */
    static final String BUNDLED_MODEL = "model.tsv.gz";
    /** The word vectors the bundled model was trained with. */
    static final String BUNDLED_VECTORS = "word-vectors.tsv.gz";

    private final PortrayalFeatures features;
    private final PortrayalModel model;

    /** {@code vectors} may be null for a model trained without the VECTORS template. */
    public PortrayalClassifier(PortrayalModel model, WordVectors vectors) {
        this.model = model;
        this.features = model.features(vectors);
    }

    public static PortrayalClassifier bundled() {
        return Bundled.INSTANCE;
    }

    /** The word vectors shipped with enrich, for training a model that runs with them. */
    public static WordVectors bundledVectors() {
        return BundledVectors.INSTANCE;
    }

    /** The calibration fitted with the model (kept in its file). */
    public ScoreCalibration calibration() {
        return model.calibration();
    }

    /** How {@code sentence} portrays the one mentioned at {@code [from, to)}. */
    public PortrayalScore classify(String sentence, int from, int to) {
        return PortrayalScore.of(model.probabilities(features.extract(sentence, from, to)));
    }

    /** Loaded on first use: the model and the vectors are immutable. */
    private static final class Bundled {
        static final PortrayalClassifier INSTANCE = new PortrayalClassifier(
                read(BUNDLED_MODEL, PortrayalModel::load), bundledVectors());
    }

    private static final class BundledVectors {
        static final WordVectors INSTANCE = read(BUNDLED_VECTORS, WordVectors::load);
    }

    private interface Loader<T> {
        T load(String source, InputStream in) throws IOException;
    }

    private static <T> T read(String name, Loader<T> loader) {
        try (InputStream in = PortrayalClassifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException("bundled file " + name + " is missing next to "
                        + PortrayalClassifier.class.getName());
            }
            return loader.load(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file " + name, e);
        }
    }
}
