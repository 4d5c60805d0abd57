package io.newsstream.lab.bench;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
import io.newsstream.enrich.portrayal.EntityPortrayal;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portrayal (entity-stance) classifier alone on one news-length sentence (about 30 words): the cost of one mention;
 * and the whole portrayal step on a short article of 12 mentions of 4 names, with its sentence rules and calibration.
 * Run as {@link EnrichmentBenchmark} says, with {@code PortrayalBenchmark} as the pattern.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class PortrayalBenchmark {

    private static final String SENTENCE = "The committee's chair, Helena Varga, said on Tuesday that the new budget "
            + "would not repair the damage done by years of neglect, and she blamed the previous government for it.";

    private static final String ARTICLE = "Mayor Tom Kessler was convicted of fraud and bribery on Monday.\n\n"
            + "Kessler took bribes from builders, lied to investigators and disgraced his office, the judge said.\n\n"
            + "The city council, which Kessler led for ten years, will meet on Thursday to choose a new mayor.\n\n"
            + "Helena Varga, the council's chair, praised the investigators of the Ohio Bureau for their work.\n\n"
            + "Kessler was a popular mayor until the Ohio Bureau found the payments in 2023.\n\n"
            + "Photo: Tom Kessler leaves the court\n\n"
            + "Varga said the city council would publish every contract. Varga has led the council since 2019.";
    private static final List<Entity> ENTITIES = List.of(entity("Tom Kessler", EntityType.PERSON, "Kessler"),
            entity("City Council", EntityType.ORG, "city council"), entity("Helena Varga", EntityType.PERSON, "Varga"),
            entity("Ohio Bureau", EntityType.ORG, "Ohio Bureau"));

    private final PortrayalClassifier classifier = PortrayalClassifier.bundled();
    private final EntityPortrayal portrayal = EntityPortrayal.bundled();

    private static Entity entity(String name, EntityType type, String form) {
        List<Span> spans = new ArrayList<>();
        for (int at = ARTICLE.indexOf(form); at >= 0; at = ARTICLE.indexOf(form, at + 1)) {
            spans.add(new Span(at, at + form.length()));
        }
        return new Entity(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, type, spans.size(), List.of(form),
                spans);
    }

    @Benchmark
    public List<EntityStance> portrayOneArticle() {
        return portrayal.portray(ARTICLE, ENTITIES);
    }

    @Benchmark
    public PortrayalScore classifyOneMention() {
        return classifier.classify(SENTENCE, 23, 35);
    }

    public static void main(String[] args) {
        // A quick look without JMH: which label the benchmark's sentence gets.
        Polarity label = new PortrayalBenchmark().classifyOneMention().label();
        System.out.println(label);
    }
}
