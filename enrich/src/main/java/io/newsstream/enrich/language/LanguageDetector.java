package io.newsstream.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * Tells the language of an article's text with Apache OpenNLP's language detector and its langdetect-183 model,
 * restricted to the {@link SupportedLanguages}; built once (the model is 10 MB), safe to share between threads.
 *
 * <p>{@link #detect} answers a BCP 47 primary tag ({@code en}, {@code de}, {@code nb}) or {@link #UNDETERMINED} when
 * the text is too short, when no language leads clearly, or when the leading one is not supported. Only the first
 * {@value #SAMPLE_CHARS} characters are read, so an enormous text costs no more than a long article.
 */
public final class LanguageDetector {

    /** ISO 639 "undetermined": too little text, no clear leader, or a language newsstream does not support. */
    public static final String UNDETERMINED = "und";
    /**
     * The first two thousand characters say as much as the whole article, and the cost grows with the sample (decision
     * 0007: 1,000 lost scraped pages, 3,000 cost 40% more than this for nothing).
     */
    static final int SAMPLE_CHARS = 2_000;
    /** Below this many letters (a name, a date, a word) any answer would be a guess. */
    static final int MIN_LETTERS = 10;
    /** The leader's score must be this many times the runner-up's: on two names the 103 scores are nearly flat. */
    static final double MIN_LEAD = 1.2;
    /** Where the model jar keeps the model. */
    private static final String MODEL = "/langdetect-183.bin";

    /** The model's languages (ISO 639-3), in the order of its outcomes. */
    private final String[] outcomes;
    /**
     * The model's context, made here rather than by OpenNLP's detector, which allocates a buffer, a map entry and a
     * string per n-gram (the largest allocation of the whole enrichment, issue 15).
     */
    private final CharNGrams nGrams;
    /**
     * The model's weights in the order of {@link #nGrams}' vocabulary, so an n-gram's place finds its weights without
     * the model's lookup of its string (a hash map whose crowded buckets cost a fifth of the detection); the
     * vocabulary is in the order of the n-grams' packed keys, the order an article's n-grams are added up in, so the
     * weights are read front to back.
     */
    private final LanguageWeights weights;
    /** What the model adds up from: a GIS model read from a file has a uniform prior. */
    private final UniformPrior prior = new UniformPrior();

    private LanguageDetector(LanguageDetectorModel model) {
        MaxentModel maxent = model.getMaxentModel();
        Map<String, Context> contexts = contexts(maxent);
        List<String> vocabulary = new ArrayList<>(contexts.keySet());
        vocabulary.sort(Comparator.comparingLong(CharNGrams::key));
        Context[] ordered = new Context[vocabulary.size()];
        for (int i = 0; i < ordered.length; i++) {
            ordered[i] = contexts.get(vocabulary.get(i));
        }
        this.nGrams = new CharNGrams(vocabulary);
        this.weights = new LanguageWeights(ordered);
        this.outcomes = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
        }
        this.prior.setLabels((String[]) ((GISModel) maxent).getDataStructures()[2], null);
    }

    /** The n-grams the model has weights for, with their weights: OpenNLP's GIS models keep them in a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Context> contexts(MaxentModel model) {
        if (model instanceof GISModel known && known.getDataStructures()[1] instanceof Map<?, ?> contexts) {
            return (Map<String, Context>) contexts;
        }
        throw new IllegalStateException("the language model " + MODEL + " is not a GIS model listing its n-grams");
    }

    /** The one detector of this JVM, loaded on first use (about half a second). */
    public static LanguageDetector bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final LanguageDetector INSTANCE = load();
    }

    private static LanguageDetector load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath (artifact opennlp-models-langdetect)");
            }
            return new LanguageDetector(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
        }
    }

    /** The text's language as a BCP 47 primary tag, or {@link #UNDETERMINED}. */
    public String detect(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return UNDETERMINED;
        }
        Language[] ranked = ranked(sample);
        if (ranked.length == 0) {
            return UNDETERMINED;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return UNDETERMINED;
        }
        return SupportedLanguages.tagOf(ranked[0].getLang()).orElse(UNDETERMINED);
    }

    /**
     * The page's declared language checked against its text, for pages whose {@code <html lang>} may be a template
     * default: the declared tag, normalised and with its region or script kept ({@code en_us} gives {@code en-US}),
     * when the text agrees, is too short or unclear to tell, or the declared language is one this detector does not
     * know (it can neither confirm nor refute that); else the detected primary tag. Declared Norwegian ({@code no})
     * becomes the written standard the text is in ({@code no-NO} gives {@code nb-NO}). A missing or malformed
     * declaration gives the detected tag.
     */
    public String confirm(String declared, String text) {
        Optional<String> tag = normalised(declared);
        String detected = detect(text);
        if (tag.isEmpty()) {
            return detected;
        }
        String primary = primary(tag.get());
        if (primary.equals("no") && (detected.equals("nb") || detected.equals("nn"))) {
            // Norwegian is either written standard: name the one the text is in, keeping the region.
            return detected + tag.get().substring(primary.length());
        }
        if (detected.equals(UNDETERMINED) || primary.equals(detected) || !knows(primary)) {
            return tag.get();
        }
        return detected;
    }

    /**
     * Every language of the model with its probability for {@code text}, most probable first (ties in the model's
     * order), as OpenNLP's {@code LanguageDetectorME.predictLanguages} ranks them: each distinct n-gram counts once.
     */
    Language[] ranked(CharSequence text) {
        double[] probabilities = new double[outcomes.length];
        prior.logPrior(probabilities, (int[]) null);
        weights.eval(nGrams.of(text), probabilities);
        Language[] ranked = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            ranked[i] = new Language(outcomes[i], probabilities[i]);
        }
        Arrays.sort(ranked, Comparator.comparingDouble(Language::getConfidence).reversed());
        return ranked;
    }

    /** The model's own language codes (ISO 639-3). */
    Set<String> modelLanguages() {
        return Set.of(outcomes);
    }

    /** A declared language as a well-formed BCP 47 tag ({@code _} read as {@code -}), if it is one. */
    static Optional<String> normalised(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(declared.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static boolean knows(String primary) {
        return SupportedLanguages.isSupported(primary) || primary.equals("no");
    }

    /** The first {@link #SAMPLE_CHARS} characters, not cutting a surrogate pair in two. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SAMPLE_CHARS - 1)) ? SAMPLE_CHARS - 1 : SAMPLE_CHARS;
        return text.substring(0, end);
    }

    private static int letters(String sample) {
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
