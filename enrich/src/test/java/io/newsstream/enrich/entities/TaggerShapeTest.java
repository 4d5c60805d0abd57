package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.SharedFolder;
import io.newsstream.enrich.text.Token;
import io.newsstream.enrich.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The tagger's shape feature hashed without building the shape must be the feature the weights were trained on. */
class TaggerShapeTest {

    @Test
    void shapesAreAsWritten() {
        assertThat(TaggerFeatures.shapeOf("McCain")).isEqualTo("XxXx");
        assertThat(TaggerFeatures.shapeOf("U.S.")).isEqualTo("X.X.");
        assertThat(TaggerFeatures.shapeOf("1990s")).isEqualTo("dx");
        assertThat(TaggerFeatures.shapeOf("A1b2C3d4E5")).hasSize(8);
    }

    @Test
    void shapeHashIsTheHashOfTheShape() {
        for (String word : List.of("McCain", "U.S.", "1990s", "A1b2C3d4E5", "Jean-Noël", "'s", "—", "ÉLYSÉE", "x")) {
            assertThat(TaggerFeatures.shapeHash(word)).as(word).isEqualTo(FeatureHash.of(0, TaggerFeatures.shapeOf(word)));
        }
    }

    @Test
    void shapeHashIsTheHashOfTheShapeForEveryTokenOfRealPages() throws IOException {
        Optional<Path> texts = SharedFolder.find("datasets/news-pages/text");
        Assumptions.assumeTrue(texts.isPresent(), SharedFolder.absent("datasets/news-pages/text"));
        int checked = 0;
        try (Stream<Path> walk = Files.walk(texts.get())) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Token token : Tokenizer.tokenize(Files.readString(file))) {
                    assertThat(TaggerFeatures.shapeHash(token.text()))
                            .isEqualTo(FeatureHash.of(0, TaggerFeatures.shapeOf(token.text())));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }
}
