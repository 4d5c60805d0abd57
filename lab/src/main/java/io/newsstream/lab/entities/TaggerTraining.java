package io.newsstream.lab.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.enrich.entities.NameTagger;
import io.newsstream.enrich.entities.TaggerFeatures;
import io.newsstream.enrich.entities.TaggerModel;
import io.newsstream.enrich.entities.WordClusters;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Trains the name tagger on Universal NER's English Web Treebank files and scores it on the Parallel UD news
 * sentences it never saw; with an output file it then trains again on all three files and writes that model, with
 * the held-out score in its header. Silver sentences ({@link SilverSentences}), if given, join the training in both.
 * Run: {@code java -cp ... io.newsstream.lab.entities.TaggerTraining [--data ../shared/datasets/ner-en]
 * [--out enrich/src/main/resources/io/newsstream/enrich/entities/name-tagger.tsv.gz] [--silver FILE]...}.
 */
public final class TaggerTraining {

    public static final List<String> TRAINING_FILES = List.of("en_ewt-dev.iob2", "en_ewt-test.iob2");
    public static final String TEST_FILE = "en_pud-test.iob2";
    /** Written beside the model. */
    static final String CLUSTERS_FILE = "word-clusters.tsv.gz";
    /**
     * Buckets whose weights are all smaller than this are left out of the shipped model. 0.5 rather than 0.05 since
     * the silver sentences: their many small weights doubled the rows and the load time, and leaving them out changed
     * no name on news-pages (decision 0012, fifth part).
     */
    static final float PRUNE_BELOW = 0.5f;

    /** Where the silver files' texts come from, by file name, with their licences (each data set's README). */
    static final Map<String, String> SILVER_TEXTS = Map.of(
            "newsmtsc.jsonl", "NewsMTSC train.jsonl sentences (Hamborg and Donnay 2021, MIT)",
            "article-extraction.jsonl", "article-extraction benchmark marked bodies (scrapinghub, MIT)",
            "news-pages.jsonl", "news-pages bodies without entity gold (Fundus test pages, MIT)");

    private final TaggerFeatures features;
    private final TaggerTrainer.Settings settings;
    private final List<LabelledSentence> silver;

    public TaggerTraining(TaggerFeatures features, TaggerTrainer.Settings settings) {
        this(features, settings, List.of());
    }

    public TaggerTraining(TaggerFeatures features, TaggerTrainer.Settings settings, List<LabelledSentence> silver) {
        this.features = features;
        this.settings = settings;
        this.silver = List.copyOf(silver);
    }

    /** Trains on the EWT files of {@code data} and the silver sentences, and scores on the PUD file. */
    public SpanScores heldOut(Path data) {
        TaggerModel model = new TaggerTrainer(features, settings).train(IobReader.read(
                TRAINING_FILES.stream().map(data::resolve).toList()), silver);
        return score(new NameTagger(model, features), IobReader.read(data.resolve(TEST_FILE)));
    }

    /** The tagger's span scores on labelled sentences. */
    public static SpanScores score(NameTagger tagger, List<LabelledSentence> sentences) {
        SpanScores scores = new SpanScores();
        for (LabelledSentence sentence : sentences) {
            scores.add(sentence.names(), tagger.tag(sentence.text()));
        }
        return scores;
    }

    /**
     * Trains on all three files and the silver sentences and writes the model; returns the number of weight rows
     * written. {@code silverFiles} name the silver sentences' files for the header.
     */
    public int writeModel(Path data, Path out, SpanScores heldOut, List<Path> silverFiles) throws IOException {
        List<String> files = new ArrayList<>(TRAINING_FILES);
        files.add(TEST_FILE);
        List<LabelledSentence> sentences = IobReader.read(files.stream().map(data::resolve).toList());
        TaggerModel model = new TaggerTrainer(features, settings).train(sentences, silver);
        List<String> header = new ArrayList<>(List.of(
                "Name tagger for enrich (PERSON, ORG, LOCATION; see docs/decisions/0012-name-tagger.md).",
                "Made by: newsstream train tagger --data ../shared/datasets/ner-en --out " + out.getFileName()
                        + silverFiles.stream().map(file -> " --silver " + file.getFileName()).collect(Collectors.joining())
                        + (settings.silverWeight() == 1f ? "" : " --silver-weight " + settings.silverWeight())
                        + (settings.epochs() == TaggerTrainer.Settings.DEFAULT.epochs() ? "" : " --epochs " + settings.epochs())
                        + " (io.newsstream.lab.entities.TaggerTraining; deterministic).",
                "Trained on " + sentences.size() + " sentences of Universal NER v1 English (" + String.join(", ", files)
                        + "; CC BY-SA 4.0, Mayhew et al. 2024) with features from the newsstream knowledge base"
                        + " (enrich kb/*.tsv); " + settings + "; buckets under " + PRUNE_BELOW + " pruned."));
        if (!silver.isEmpty()) {
            header.add("And on " + silver.size() + " silver sentences: "
                    + silverFiles.stream().map(file -> SILVER_TEXTS.getOrDefault(file.getFileName().toString(),
                            file.getFileName() + " (source not known)")).collect(Collectors.joining("; "))
                    + "; named by Stanford CoreNLP 4.5.10's CRF english.all.3class.distsim (GPL v3; brought to"
                    + " Universal NER's conventions) in lab's Maven profile silver-labels; the labels, not the texts,"
                    + " shape these weights.");
        }
        header.add(String.format(Locale.ROOT, "Held out: trained on %s%s only, span F1 on %s: %.3f (PER %.3f, ORG %.3f,"
                        + " LOC %.3f); this shipped model has also seen %s.", String.join(" + ", TRAINING_FILES),
                silver.isEmpty() ? "" : " + the silver sentences", TEST_FILE, heldOut.together().f1(),
                heldOut.of(EntityType.PERSON).f1(), heldOut.of(EntityType.ORG).f1(),
                heldOut.of(EntityType.LOCATION).f1(), TEST_FILE));
        try (OutputStream stream = Files.newOutputStream(out)) {
            return model.save(stream, header, PRUNE_BELOW);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Path out = null;
        List<Path> silver = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--silver" -> silver.add(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            data = SharedDatasets.find("ner-en").orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        }
        run(data, out, silver, TaggerTrainer.Settings.DEFAULT, System.out::println);
    }

    /**
     * Prints the held-out score of the model trained on EWT (and the silver files) on PUD and, with {@code out}
     * (null: none), writes the model trained on all three files (and the silver files) there and the word clusters
     * beside it.
     */
    public static void run(Path data, Path out, List<Path> silverFiles, TaggerTrainer.Settings settings,
            Consumer<String> print) throws IOException {
        WordClusters clusters = WordClusters.fromVectors(PortrayalClassifier.bundledVectors());
        List<LabelledSentence> silver = SilverSentences.read(silverFiles);
        TaggerTraining training = new TaggerTraining(new TaggerFeatures(KnowledgeBase.bundled(), clusters), settings,
                silver);
        long started = System.nanoTime();
        SpanScores heldOut = training.heldOut(data);
        print.accept("trained on " + TRAINING_FILES + (silver.isEmpty() ? "" : " + " + silver.size()
                + " silver sentences " + silverFiles) + ", scored on " + TEST_FILE + " (" + settings + ", "
                + (System.nanoTime() - started) / 1_000_000 + " ms):");
        heldOut.lines().forEach(print);
        if (out == null) {
            return;
        }
        int rows = training.writeModel(data, out, heldOut, silverFiles);
        print.accept("wrote " + out + ": " + rows + " weight rows, " + Files.size(out) + " bytes");
        Path clustersFile = out.resolveSibling(CLUSTERS_FILE);
        try (OutputStream stream = Files.newOutputStream(clustersFile)) {
            clusters.save(stream, List.of(
                    "Word clusters for the name tagger: lower-cased word, then the signs of the first "
                            + WordClusters.DIMENSIONS + " dimensions of its vector as a number.",
                    "Made by newsstream train tagger (io.newsstream.lab.entities.TaggerTraining) from enrich's"
                            + " portrayal/word-vectors.tsv.gz"
                            + " (all-MiniLM-L6-v2, Apache-2.0; see portrayal/README.md)."));
        }
        print.accept("wrote " + clustersFile + ": " + clusters.size() + " words");
    }
}
