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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every direct quote of the scraped samples ({@code ../shared/samples}, never copied into the repository) is credited
 * to the one a reader names, in order of the quotes, after the same steps the enricher runs (entities included).
 * A quote that only marks a phrase in the article's own voice (a scare quote with nobody named) is not a quote here.
 */
class SampleQuotesTest {

    private static final Enricher ENRICHER = Enricher.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "Described as ..., as reported by the NYT"; "Blinken stated"; "Blinken remarked"; "Ruch asserted";
            // "Moscow has reiterated ... the 'new territorial realities'".
            "seed-000.txt | The New York Times, Antony Blinken, Antony Blinken, Jean-Daniel Ruch, Moscow",
            // "According to Bloomberg, Blinken stated '...'": Blinken speaks, Bloomberg reports.
            "seed-001.txt | Antony Blinken, Antony Blinken, Antony Blinken, John Kirby, John Kirby, John Kirby, "
                    + "Antony Blinken, Antony Blinken",
            // "said one U.S. official"; "Mykhailo Podolyak, a Zelensky adviser, reiterated ... who he said is '...'",
            // then "'...,' he wrote" over two sentences.
            "seed-002.txt | unnamed, Mykhailo Podolyak, Mykhailo Podolyak"})
    void everyQuoteIsCreditedToWhomAReaderNames(String file, String speakers) throws IOException {
        Optional<Path> samples = SharedFolder.find("samples");
        Assumptions.assumeTrue(samples.isPresent(), SharedFolder.absent("samples"));
        EnrichedArticle article = ENRICHER.enrich(new RawArticle(file, null, null,
                Files.readString(samples.get().resolve(file)), null, "en", null, Instant.EPOCH, Channel.HTTP, null, null));

        List<StanceDetector.CreditedQuote> quotes = StanceDetector.bundled().quotes(article.title(),
                AnalysedText.of(article.body()), article.entities());

        assertThat(quotes).extracting(StanceDetector.CreditedQuote::speaker)
                .as("speakers of the quotes %s", quotes)
                .containsExactly(speakers.split(",\\s*"));
    }
}
