package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.SharedFolder;
import io.newsstream.enrich.authors.BylineFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scraped samples beside the repository ({@code ../shared/samples}, never copied into it) come out with their
 * headline as the title and nothing but prose and bylines in the body, through the same steps {@code Enricher} runs.
 */
class ScrapedSamplesTest {

    /** A caption's credit: "(Name/Agency)". */
    private static final Pattern CREDIT = Pattern.compile(".*\\(\\p{Lu}[^()]{0,60}/[^()]{1,40}\\)\\s*$");

    private final TextSanitizer sanitizer = new TextSanitizer();
    private final BoilerplateRemover boilerplate = BoilerplateRemover.bundled();
    private final TitleExtractor titles = new TitleExtractor();
    private final BylineFinder bylines = new BylineFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // The first heading-like line of each sample, as a reader sees it (the second sample has none).
            "seed-000.txt | NYT Reports: Blinken Contradicted America's Top General on Ukraine Peace Talks",
            "seed-001.txt | none",
            "seed-002.txt | Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin: Report"})
    void sampleGetsItsHeadlineAsTitleAndOnlyProseAndBylinesInTheBody(String file, String headline) throws IOException {
        Optional<Path> samples = SharedFolder.find("samples");
        Assumptions.assumeTrue(samples.isPresent(), SharedFolder.absent("samples"));
        String text = Files.readString(samples.get().resolve(file));

        TitleExtractor.Titled titled = titles.extract(null, boilerplate.clean(sanitizer.sanitize(text).lines().toList()));

        assertThat(titled.title()).isEqualTo(headline);
        assertThat(titled.bodyLines()).hasSizeGreaterThanOrEqualTo(5);
        // Section labels, captions, footers and buttons all fail this: every paragraph is a sentence, or a byline,
        // which stays for the authors step.
        for (String line : titled.bodyLines()) {
            if (bylines.isByline(line)) {
                continue;
            }
            assertThat(LineShape.endsLikeSentence(line) || line.endsWith(":")).as("ends like prose: %s", line).isTrue();
            assertThat(LineShape.words(line)).as("words of %s", line).isGreaterThanOrEqualTo(8);
            assertThat(boilerplate.isBoilerplate(line)).as("boilerplate: %s", line).isFalse();
            assertThat(line).doesNotContainIgnoringCase("read full article").doesNotMatch(CREDIT);
        }
    }
}
