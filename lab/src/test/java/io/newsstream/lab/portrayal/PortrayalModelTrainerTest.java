package io.newsstream.lab.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalModel;
import io.newsstream.enrich.portrayal.PortrayalScore;
import io.newsstream.enrich.portrayal.ScoreCalibration;
import io.newsstream.enrich.portrayal.WordVectors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training, classifying and saving on a tiny set of sentences where the right answer is plain. */
class PortrayalModelTrainerTest {

    private static final WordVectors VECTORS = new WordVectors(2, Map.of(
            "praised", new float[] {1, 0}, "hailed", new float[] {0.9f, 0.1f},
            "condemned", new float[] {0, 1}, "attacked", new float[] {0.1f, 0.9f}));
    private static final PortrayalFeatures FEATURES = new PortrayalFeatures(EnumSet.allOf(PortrayalFeatures.Template.class), 16,
            VECTORS);
    private static final PortrayalModelTrainer.Settings SETTINGS = new PortrayalModelTrainer.Settings(20, 0.1, 0.05, 1e-5, 4,
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

    private static PortrayalModel trained() {
        return new PortrayalTraining(FEATURES, SETTINGS, line -> { }).train(examples());
    }

    @Test
    void learnsThePlainCasesAndGeneralisesThroughTheVectors() {
        PortrayalClassifier classifier = new PortrayalClassifier(trained(), VECTORS);
        assertThat(classifier.classify("Critics praised Gus Hart for the rescue plan.", 16, 24).label())
                .isEqualTo(Polarity.POSITIVE);
        assertThat(classifier.classify("Voters condemned Gus Hart over the missing funds.", 17, 25).label())
                .isEqualTo(Polarity.NEGATIVE);
        // "hailed" was never seen in training; its vector is close to "praised".
        assertThat(classifier.classify("Many hailed Gus Hart.", 12, 20).positive())
                .isGreaterThan(classifier.classify("Many attacked Gus Hart.", 14, 22).positive());
        PortrayalScore score = classifier.classify("The meeting with Gus Hart is on Tuesday.", 17, 25);
        assertThat(score.label()).isEqualTo(Polarity.NEUTRAL);
        assertThat(score.positive() + score.negative() + score.neutral()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void trainingIsDeterministic() {
        String sentence = "Voters praised Gus Hart over the funds.";
        double first = new PortrayalClassifier(trained(), VECTORS).classify(sentence, 15, 23).positive();
        double second = new PortrayalClassifier(trained(), VECTORS).classify(sentence, 15, 23).positive();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void aSavedModelLoadsAndScoresAlike() throws IOException {
        PortrayalModel model = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes, List.of("a test model"));
        PortrayalModel loaded = PortrayalModel.load("test", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.size()).isEqualTo(model.size());
        String sentence = "Critics condemned Ivy Lam for the rescue plan.";
        PortrayalScore before = new PortrayalClassifier(model, VECTORS).classify(sentence, 18, 25);
        PortrayalScore after = new PortrayalClassifier(loaded, VECTORS).classify(sentence, 18, 25);
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.confidence()).isCloseTo(before.confidence(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void anEnsembleWithAConvolutionSavesLoadsAndScoresAlike() throws IOException {
        PortrayalModelTrainer.Settings settings = SETTINGS.withConvolution(6, 0.05, 0.2).withMembers(2);
        PortrayalModel model = new PortrayalTraining(FEATURES, settings, line -> { }).train(examples());
        assertThat(model.members()).isEqualTo(2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes, List.of("a test ensemble"));
        PortrayalModel loaded = PortrayalModel.load("test", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.members()).isEqualTo(2);
        assertThat(loaded.size()).isEqualTo(model.size());
        String sentence = "Voters condemned Ivy Lam over the missing funds.";
        PortrayalScore before = new PortrayalClassifier(model, VECTORS).classify(sentence, 17, 24);
        PortrayalScore after = new PortrayalClassifier(loaded, VECTORS).classify(sentence, 17, 24);
        assertThat(before.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.confidence()).isCloseTo(before.confidence(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theCalibrationTravelsInTheModelFile() throws IOException {
        ScoreCalibration calibration = new ScoreCalibration(0.7, -0.05, -0.07);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained().withCalibration(calibration).save(bytes, List.of("a calibrated test model"));
        PortrayalModel loaded = PortrayalModel.load("test", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.calibration()).isEqualTo(calibration);
        assertThat(PortrayalModel.average(List.of(loaded, loaded)).calibration()).isEqualTo(ScoreCalibration.NONE);
    }

    @Test
    void theTrainingRecipeCalibratesTheModelOnItsHeldOutPart() {
        List<NewsMtscExample> many = new ArrayList<>();
        for (int copy = 0; copy < 12; copy++) {
            for (NewsMtscExample e : examples()) {
                String sentence = e.sentence().replace(".", " " + "again ".repeat(copy).strip() + ".");
                many.add(new NewsMtscExample(e.id() + "-" + copy, sentence, e.from(), e.to(), e.polarity()));
            }
        }
        PortrayalTraining.Result result = new PortrayalTraining(FEATURES, SETTINGS, line -> { }).run(many);
        assertThat(result.model().calibration()).isNotEqualTo(ScoreCalibration.NONE);
        assertThat(result.heldOutAnswers().logLoss(result.model().calibration()))
                .isLessThanOrEqualTo(result.heldOutAnswers().logLoss(ScoreCalibration.NONE));
    }

    @Test
    void aConvolutionNeedsVectorsOfItsWidth() throws IOException {
        PortrayalModel model = new PortrayalTraining(FEATURES, SETTINGS.withConvolution(4, 0.05, 0), line -> { })
                .train(examples());
        WordVectors wider = new WordVectors(3, Map.of("praised", new float[] {1, 0, 0}));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new PortrayalClassifier(model, wider));
    }
}
