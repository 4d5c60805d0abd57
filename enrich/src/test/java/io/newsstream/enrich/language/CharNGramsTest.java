package io.newsstream.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsstream.enrich.SharedFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector's own n-grams and ranking against OpenNLP's, which they replace for speed: they must agree (the
 * n-grams the model has no weights for are left out, which changes no sum).
 */
class CharNGramsTest {

    private static LanguageDetectorModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = CharNGramsTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
    }

    @Test
    void nGramsAreOpenNlpsContextLessTheNGramsTheModelLacks() {
        for (String text : List.of("The U.S. envoy, 54, met @okafor at https://example.org/talks on 12 May 2024!!!",
                "Ünïcödé ÇA İstanbul ΣΊΣΥΦΟΣ 🙂 done", "a", "", "aaaaaaa   bbb")) {
            assertSameContext(text);
        }
    }

    @Test
    void rankingIsOpenNlpsOnRealPagesInManyLanguages() throws IOException {
        Optional<Path> texts = SharedFolder.find("datasets/news-pages/text");
        Assumptions.assumeTrue(texts.isPresent(), SharedFolder.absent("datasets/news-pages/text"));
        List<String> samples = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(texts.get())) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                samples.add(text.substring(0, Math.min(text.length(), LanguageDetector.SAMPLE_CHARS)));
            }
        }
        assertThat(samples).hasSizeGreaterThan(20);
        LanguageDetector detector = LanguageDetector.bundled();
        LanguageDetectorME openNlp = new LanguageDetectorME(model);
        for (String sample : samples) {
            assertSameContext(sample);
            Language[] ours = detector.ranked(sample);
            assertThat(probabilities(ours)).isEqualTo(probabilities(modelsOwnEvaluation(sample)));
            Language[] theirs = openNlp.predictLanguages(sample);
            assertThat(ours).hasSameSizeAs(theirs);
            for (int i = 0; i < 3; i++) {
                assertThat(ours[i].getLang()).isEqualTo(theirs[i].getLang());
                assertThat(ours[i].getConfidence()).isCloseTo(theirs[i].getConfidence(), within(1e-12));
            }
        }
    }

    /**
     * The model's own evaluation of the detector's n-grams, in the detector's order: the weights found by place must
     * give exactly the probabilities the model gives them by name.
     */
    private static Language[] modelsOwnEvaluation(String text) {
        List<String> vocabulary = new ArrayList<>(LanguageDetector.contexts(model.getMaxentModel()).keySet());
        String[] context = Arrays.stream(new CharNGrams(vocabulary).of(text)).mapToObj(vocabulary::get)
                .toArray(String[]::new);
        float[] once = new float[context.length];
        Arrays.fill(once, 1f);
        double[] probabilities = model.getMaxentModel().eval(context, once);
        Language[] languages = new Language[probabilities.length];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = new Language(model.getMaxentModel().getOutcome(i), probabilities[i]);
        }
        return languages;
    }

    private static Map<String, Double> probabilities(Language[] languages) {
        Map<String, Double> byLanguage = new HashMap<>();
        for (Language language : languages) {
            byLanguage.put(language.getLang(), language.getConfidence());
        }
        return byLanguage;
    }

    private static void assertSameContext(String text) {
        List<String> vocabulary = new ArrayList<>(LanguageDetector.contexts(model.getMaxentModel()).keySet());
        Set<String> theirs = new HashSet<>();
        for (CharSequence gram : model.getFactory().getContextGenerator().getContext(text)) {
            if (vocabulary.contains(gram.toString())) {
                theirs.add(gram.toString());
            }
        }
        List<String> ours = Arrays.stream(new CharNGrams(vocabulary).of(text)).mapToObj(vocabulary::get).toList();
        assertThat(new HashSet<>(ours)).hasSize(ours.size()).isEqualTo(theirs);
    }
}
