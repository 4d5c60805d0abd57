package io.newsstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @Test
    void sentencesAreTheSplittersWithOffsetsIntoTheText() {
        String text = "Gen. Ruth Okafor arrived in the U.S. The talks began.\n\n\"Why?\" she asked. Nobody knew.";
        AnalysedText analysed = AnalysedText.of(text);
        assertThat(analysed.text()).isSameAs(text);
        assertThat(analysed.sentences()).isEqualTo(SPLITTER.split(text));
        assertThat(analysed.sentences()).allSatisfy(
                sentence -> assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text()));
    }

    @Test
    void aHeadlineBeforeTheTextSplitsAsTheJoinedTextWould() {
        List<String> headlines = List.of("Talks resume", "Talks resume in the U.S.", "\"Never,\" says Okafor?",
                "Mr. Okafor (left) and Dr.", "Rates rise... again", "Two lines\nin one headline");
        List<String> bodies = List.of("", "The talks began. They ended.", "the lower-case start. Then more.",
                "U.S. officials met. The end", "\"We will go,\" she said.\n\nA new paragraph... And more!",
                "  Leading spaces. Then text.");
        for (String headline : headlines) {
            for (String body : bodies) {
                assertHeadlineSplitsAsJoined(headline, body);
            }
        }
    }

    @Test
    void aHeadlineBeforeRealArticleTextSplitsAsTheJoinedTextWould() throws IOException {
        Optional<Path> texts = SharedFolder.find("datasets/news-pages/text");
        Assumptions.assumeTrue(texts.isPresent(), SharedFolder.absent("datasets/news-pages/text"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(texts.get())) {
            files = walk.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            int firstLine = text.indexOf('\n');
            if (firstLine > 0) {
                assertHeadlineSplitsAsJoined(text.substring(0, firstLine).strip(), text.substring(firstLine + 1).strip());
            }
        }
    }

    private static void assertHeadlineSplitsAsJoined(String headline, String body) {
        AnalysedText joined = AnalysedText.of(body).withHeadline(headline);
        assertThat(joined.text()).isEqualTo(headline + "\n\n" + body);
        assertThat(joined.sentences()).as("%s / %s", headline, body).isEqualTo(SPLITTER.split(joined.text()));
    }
}
