package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.SharedFolder;
import io.newsstream.enrich.text.AnalysedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every direct quote of the scraped samples beside the repository ({@code ../shared/samples}, never copied into it)
 * goes to the person a reader names for it, with the entities the enricher finds. Each quote is named here by its
 * first words; "(unnamed)" is a quote whose speaker the article does not name, "(voice)" a scare quote of the
 * article's own.
 */
class SampleQuoteSpeakersTest {

    private static final Enricher ENRICHER = Enricher.builder().withoutStance().build();

    @Test
    void quotesOfTheReportOnBlinkenAndMilley() throws IOException {
        assertThat(quoteSpeakers("seed-000.txt")).containsExactly(
                Map.entry("less a peacemaker than", "(unnamed)"),
                Map.entry("approximately 100 billion", "Antony Blinken"),
                Map.entry("starting in september and", "Antony Blinken"),
                Map.entry("on duty for the", "Jean-Daniel Ruch"),
                Map.entry("new territorial realities", "(unnamed)"));
    }

    @Test
    void quotesOfTheReportOnBlinkenAndKirby() throws IOException {
        assertThat(quoteSpeakers("seed-001.txt")).containsExactly(
                Map.entry("the world should not", "Antony Blinken"),
                Map.entry("freeze", "Antony Blinken"),
                Map.entry("that maintaining ukraine territorial", "Antony Blinken"),
                Map.entry("mission of peace", "(voice)"),
                Map.entry("a ceasefire at this", "John Kirby"),
                Map.entry("although that seems completely", "John Kirby"),
                Map.entry("russia would essentially be", "John Kirby"),
                Map.entry("could end this war", "Antony Blinken"),
                Map.entry("we will stay united", "Antony Blinken"));
    }

    @Test
    void quotesOfTheReportOnPodolyak() throws IOException {
        assertThat(quoteSpeakers("seed-002.txt")).containsExactly(
                Map.entry("ukraine fatigue is a", "(unnamed)"),
                Map.entry("obviously not ready", "Mykhailo Podolyak"),
                Map.entry("ukraine has never refused", "Mykhailo Podolyak"));
    }

    /** Each quote of the sample (also one running over sentences), by its first four words, and who says it, in order. */
    private static Map<String, String> quoteSpeakers(String file) throws IOException {
        Optional<Path> samples = SharedFolder.find("samples");
        Assumptions.assumeTrue(samples.isPresent(), SharedFolder.absent("samples"));
        EnrichedArticle article = ENRICHER.enrich(new RawArticle(file, null, null,
                Files.readString(samples.get().resolve(file)), null, null, null, Instant.EPOCH, Channel.FILE, null));
        AnalysedText text = AnalysedText.of(article.body());
        Tokens tokens = Tokens.of(text.text());
        List<List<Region>> regions = new SpeakerAttributor(text.text(), tokens, SentenceTokens.of(tokens, text.sentences()),
                StanceDetector.paragraphs(text.text(), text.sentences()), StanceDetector.mentions(article.entities(), 0))
                .attribute();
        QuoteSpans quotes = QuoteSpans.of(text.text(), tokens);
        Map<String, String> speakers = new LinkedHashMap<>();
        for (int q = 0; q < quotes.size(); q++) {
            Region region = regionHolding(regions, quotes.firstToken(q) + 1);
            speakers.put(openingWords(tokens, quotes.firstToken(q), quotes.endToken(q)), switch (region.speaker().kind()) {
                case NAMED -> region.speaker().name();
                case UNNAMED -> "(unnamed)";
                case VOICE -> "(voice)";
            });
        }
        return speakers;
    }

    private static Region regionHolding(List<List<Region>> regions, int token) {
        return regions.stream().flatMap(List::stream).filter(r -> r.from() <= token && token < r.to()).findFirst()
                .orElseThrow();
    }

    private static String openingWords(Tokens tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        int taken = 0;
        for (int t = from; t < to && taken < 4; t++) {
            if (tokens.isWord(t)) {
                words.append(taken++ == 0 ? "" : " ").append(tokens.word(t));
            }
        }
        return words.toString();
    }
}
