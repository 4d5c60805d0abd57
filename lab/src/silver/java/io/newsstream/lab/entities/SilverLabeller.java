package io.newsstream.lab.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.json.Json;
import io.newsstream.enrich.entities.TaggedSpan;
import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.enrich.text.Sentence;
import io.newsstream.enrich.text.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels unlabelled English news text in {@code ../shared/datasets} with one of Stanford CoreNLP's English CRF models
 * (PER, ORG, LOC; a 4-class model's MISC is dropped, as Universal NER has no such kind and leaves demonyms unlabelled),
 * brings the names to Universal NER's conventions ({@link SilverConventions}) and writes
 * one silver file per source for {@code newsstream train tagger --silver}. The sources are NewsMTSC's training
 * sentences, the marked article bodies of article-extraction, and the bodies of news-pages' English pages that have
 * no entity gold; never PUD (the held-out test) nor the 58 pages the entity evaluation scores. First it prints the
 * CRF's own span scores on PUD, the ceiling of what its labels can teach. In the Maven profile {@code silver-labels}
 * only; the commands are in decision 0012 and in the tagger resources' README.
 */
public final class SilverLabeller {

    /** Trained on CoNLL 2003, MUC 6 and 7 and ACE news: on PUD it beats the CoNLL-only 4-class model (decision 0012). */
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Sentences shorter than this are headings, credits or bylines rather than prose. */
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 600;
    private static final ObjectMapper JSON = Json.mapper();

    private final CRFClassifier<CoreLabel> crf;

    SilverLabeller(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        // "conll" keeps the CRF's own conventions, to measure what the conversion to Universal NER's is worth.
        boolean converted = args.length < 3 || !args[2].equals("conll");
        // Another of CoreNLP's English CRF models may be named to compare teachers.
        String model = args.length < 4 ? MODEL : args[3];
        SilverLabeller labeller = new SilverLabeller(CRFClassifier.getClassifier(model));
        SpanScores teacher = new SpanScores();
        SpanScores teacherConverted = new SpanScores();
        for (LabelledSentence sentence : IobReader.read(datasets.resolve("ner-en").resolve(TaggerTraining.TEST_FILE))) {
            LabelledSentence labelled = labeller.label(sentence.text());
            teacher.add(sentence.names(), labelled.names());
            teacherConverted.add(sentence.names(), SilverConventions.apply(labelled).names());
        }
        System.out.println(model + " on " + TaggerTraining.TEST_FILE + " (MISC dropped):");
        teacher.lines().forEach(System.out::println);
        System.out.println("the same, brought to Universal NER's conventions (SilverConventions):");
        teacherConverted.lines().forEach(System.out::println);
        Map<String, List<String>> sources = Map.of(
                "newsmtsc", newsMtscSentences(datasets.resolve("newsmtsc/train.jsonl")),
                "article-extraction", articleExtractionSentences(datasets.resolve("article-extraction")),
                "news-pages", ungradedPageSentences(datasets.resolve("news-pages")));
        for (String source : List.of("newsmtsc", "article-extraction", "news-pages")) {
            Path file = out.resolve(source + ".jsonl");
            int names = 0;
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String text : sources.get(source)) {
                    LabelledSentence labelled = converted ? SilverConventions.apply(labeller.label(text))
                            : labeller.label(text);
                    names += labelled.names().size();
                    SilverSentences.write(writer, labelled);
                }
            }
            System.out.printf("wrote %s: %d sentences, %d names%n", file, sources.get(source).size(), names);
        }
    }

    /** The sentence with the CRF's PER, ORG and LOC names as character ranges. */
    LabelledSentence label(String text) {
        List<TaggedSpan> names = new ArrayList<>();
        for (Triple<String, Integer, Integer> name : crf.classifyToCharacterOffsets(text)) {
            EntityType type = typeOf(name.first());
            if (type != null) {
                names.add(new TaggedSpan(type, name.second(), name.third(), text.substring(name.second(), name.third())));
            }
        }
        return new LabelledSentence(text, names);
    }

    private static EntityType typeOf(String label) {
        return switch (label) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORG;
            case "LOCATION", "LOC" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** NewsMTSC's training sentences, each once (a sentence appears once per target it mentions). */
    static List<String> newsMtscSentences(Path train) throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String sentence = JSON.readTree(line).path("sentence").asText("").strip();
                if (isProse(sentence)) {
                    sentences.add(sentence);
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** The English article bodies a person marked on article-extraction's pages, split into sentences. */
    static List<String> articleExtractionSentences(Path dir) throws IOException {
        List<String> bodies = new ArrayList<>();
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        truth.fieldNames().forEachRemaining(key -> bodies.add(truth.path(key).path("articleBody").asText("")));
        return englishSentences(bodies);
    }

    /** The bodies of news-pages' English pages that have no line in entities.jsonl, split into sentences. */
    static List<String> ungradedPageSentences(Path dir) throws IOException {
        Set<String> graded = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
            graded.add(JSON.readTree(line).path("file").asText());
        }
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode page = JSON.readTree(line);
            if (!graded.contains(page.path("file").asText())) {
                bodies.add(page.path("body").asText(""));
            }
        }
        return englishSentences(bodies);
    }

    private static List<String> englishSentences(List<String> bodies) {
        LanguageDetector language = LanguageDetector.bundled();
        SentenceSplitter splitter = new SentenceSplitter();
        Set<String> sentences = new LinkedHashSet<>();
        for (String body : bodies) {
            if (!"en".equals(language.detect(body))) {
                continue;
            }
            for (Sentence sentence : splitter.split(body)) {
                if (isProse(sentence.text())) {
                    sentences.add(sentence.text());
                }
            }
        }
        return List.copyOf(sentences);
    }

    private static boolean isProse(String sentence) {
        return sentence.length() <= MAX_CHARS && sentence.split("\\s+").length >= MIN_WORDS
                && !sentence.equals(sentence.toUpperCase(java.util.Locale.ROOT));
    }
}
