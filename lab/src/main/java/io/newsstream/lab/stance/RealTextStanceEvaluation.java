package io.newsstream.lab.stance;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.clean.TextSanitizer;
import io.newsstream.enrich.text.Sentence;
import io.newsstream.enrich.text.SentenceSplitter;
import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores both stance steps on real pages a reader labelled ({@link StanceLabels}): each labelled page of
 * news-pages is enriched from its true body, title and URL, as a feeder would send it, and compared with the labels
 * ({@link StanceTally}).
 *
 * <p>Run: {@code newsstream evaluate stance-pages --data ../shared/datasets/news-pages [--misses]}, or
 * {@code java -cp lab/target/classes:... io.newsstream.lab.stance.RealTextStanceEvaluation [DIR] [--misses]}, or
 * {@code ./mvnw -B -q -pl lab -am test -Dtest=RealTextStanceEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false},
 * which prints the same figures.
 */
public final class RealTextStanceEvaluation {

    private static final SentenceSplitter SENTENCES = new SentenceSplitter();
    private static final TextSanitizer SANITIZER = new TextSanitizer();

    private RealTextStanceEvaluation() {
    }

    /** Enriches every labelled page found in the news-pages folder {@code dir}; a labelled page it lacks is an error. */
    public static StanceTally run(Enricher enricher, Path dir, List<LabelledStancePage> labels) {
        Map<String, ExtractionPage> pages = ExtractionDataset.read(dir).stream()
                .collect(Collectors.toMap(ExtractionPage::name, Function.identity(), (first, second) -> first));
        StanceTally tally = new StanceTally();
        for (LabelledStancePage labelled : labels) {
            ExtractionPage page = pages.get(labelled.file());
            if (page == null) {
                throw new IllegalArgumentException(dir + " has no page " + labelled.file() + " in its truth.jsonl");
            }
            tally.add(labelled, enrich(enricher, page));
        }
        return tally;
    }

    static EnrichedPage enrich(Enricher enricher, ExtractionPage page) {
        EnrichedArticle article = enricher.enrich(new RawArticle(page.name(), page.url(), page.title(), page.body(),
                null, "en", null, Instant.EPOCH, Channel.FILE, null, null));
        String title = page.title() == null ? null : SANITIZER.sanitize(page.title());
        return new EnrichedPage(page.name(), title, article.stances(), article.entityStances(), sentences(page.body()));
    }

    /** The body's sentences as the labels count them, each sanitized as enrich sanitizes the text it quotes. */
    public static List<String> sentences(String body) {
        return SENTENCES.split(body).stream().map(Sentence::text).map(SANITIZER::sanitize).toList();
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        Path dir = List.of(args).stream().filter(arg -> !arg.startsWith("--")).findFirst().map(Path::of)
                .or(() -> SharedDatasets.find("news-pages"))
                .orElseThrow(() -> new IllegalArgumentException("give the news-pages folder: " + SharedDatasets.ABSENT));
        StanceTally tally = run(Enricher.builder().clock(Clock.systemUTC()).build(), dir, StanceLabels.bundled());
        tally.lines().forEach(System.out::println);
        if (misses) {
            tally.misses().forEach(System.out::println);
        }
    }
}
