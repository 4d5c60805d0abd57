package io.newsstream.enrich.polarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.data.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Training, classifying and saving on a tiny set of sentences where the right answer is plain. */
class StanceModelTest {

    private static final WordVectors VECTORS = new WordVectors(2, Map.of(
            "praised", new float[] {1, 0}, "hailed", new float[] {0.9f, 0.1f},
            "condemned", new float[] {0, 1}, "attacked", new float[] {0.1f, 0.9f}));
    private static final StanceFeatures FEATURES = new StanceFeatures(EnumSet.allOf(StanceFeatures.Template.class), 16,
            VECTORS);
    private static final StanceModelTrainer.Settings SETTINGS = new StanceModelTrainer.Settings(20, 0.1, 0.05, 1e-5, 4,
            true, 0, 1, 0, 0.01, 0.25, 1);

    private static List<NewsMtscExample> examples() {
        String[] names = {"Ana Ruiz", "Ben Cole", "Cora Dunn", "Dev Patel", "Eli Shaw", "Fay Moss"};
        List<NewsMtscExample> examples = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            examples.add(example("Critics praised " + name + " for the rescue plan.", name, Polarity.POSITIVE, n++));
            examples.add(example("Voters condemned " + name + " over the missing funds.", name, Polarity.NEGATIVE, n++));
            examples.add(example("The meeting with " + name + " is on Tuesday.", name, Polarity.NEUTRAL, n++));
        }
        return examples;
    }

    private static NewsMtscExample example(String sentence, String name, Polarity polarity, int id) {
        int from = sentence.indexOf(name);
        return new NewsMtscExample("t" + id, sentence, from, from + name.length(), polarity);
    }

    private static StanceModel trained() {
        return new EntityStanceTraining(FEATURES, SETTINGS, line -> { }).train(examples());
    }

    @Test
    void learnsThePlainCasesAndGeneralisesThroughTheVectors() {
        EntityStanceClassifier classifier = new EntityStanceClassifier(trained(), VECTORS);
        assertThat(classifier.classify("Critics praised Gus Hart for the rescue plan.", 16, 24).label())
                .isEqualTo(Polarity.POSITIVE);
        assertThat(classifier.classify("Voters condemned Gus Hart over the missing funds.", 17, 25).label())
                .isEqualTo(Polarity.NEGATIVE);
        // "hailed" was never seen in training; its vector is close to "praised".
        assertThat(classifier.classify("Many hailed Gus Hart.", 12, 20).positive())
                .isGreaterThan(classifier.classify("Many attacked Gus Hart.", 14, 22).positive());
        StanceScore score = classifier.classify("The meeting with Gus Hart is on Tuesday.", 17, 25);
        assertThat(score.label()).isEqualTo(Polarity.NEUTRAL);
        assertThat(score.positive() + score.negative() + score.neutral()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void trainingIsDeterministic() {
        String sentence = "Voters praised Gus Hart over the funds.";
        double first = new EntityStanceClassifier(trained(), VECTORS).classify(sentence, 15, 23).positive();
        double second = new EntityStanceClassifier(trained(), VECTORS).classify(sentence, 15, 23).positive();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void aSavedModelLoadsAndScoresAlike() throws IOException {
        StanceModel model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes, List.of("a test model"));
        StanceModel loaded = StanceModel.load("test", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.size()).isEqualTo(model.size());
        String sentence = "Critics condemned Ivy Lam for the rescue plan.";
        StanceScore before = new EntityStanceClassifier(model, VECTORS).classify(sentence, 18, 25);
        StanceScore after = new EntityStanceClassifier(loaded, VECTORS).classify(sentence, 18, 25);
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.confidence()).isCloseTo(before.confidence(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void anEnsembleWithAConvolutionSavesLoadsAndScoresAlike() throws IOException {
        StanceModelTrainer.Settings settings = SETTINGS.withConvolution(6, 0.05, 0.2).withMembers(2);
        StanceModel model = new EntityStanceTraining(FEATURES, settings, line -> { }).train(examples());
        assertThat(model.members()).isEqualTo(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes, List.of("a test ensemble"));
        StanceModel loaded = StanceModel.load("test", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.members()).isEqualTo(2);
        assertThat(loaded.size()).isEqualTo(model.size());
        String sentence = "Voters condemned Ivy Lam over the missing funds.";
        StanceScore before = new EntityStanceClassifier(model, VECTORS).classify(sentence, 17, 24);
        StanceScore after = new EntityStanceClassifier(loaded, VECTORS).classify(sentence, 17, 24);
        assertThat(before.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.confidence()).isCloseTo(before.confidence(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aConvolutionNeedsVectorsOfItsWidth() throws IOException {
        StanceModel model = new EntityStanceTraining(FEATURES, SETTINGS.withConvolution(4, 0.05, 0), line -> { })
                .train(examples());
        WordVectors wider = new WordVectors(3, Map.of("praised", new float[] {1, 0, 0}));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new EntityStanceClassifier(model, wider));
    }

    @Test
    void aBrokenModelFileNamesItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("# header\nbits\t16\n123\t0.1\tnot-a-number\t0\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> StanceModel.load("broken.tsv.gz", new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(DataFileException.class).hasMessageContaining("broken.tsv.gz line 3");
    }

    @Test
    void theBundledModelRunsWithTheBundledVectors() {
        EntityStanceClassifier classifier = EntityStanceClassifier.bundled();
        String sentence = "Prosecutors charged Hal Brenner with fraud and bribery on Monday.";
        assertThat(classifier.classify(sentence, 20, 31).label()).isEqualTo(Polarity.NEGATIVE);
    }
}
