package io.newsstream.lab.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilverSentencesTest {

    @TempDir
    Path dir;

    @Test
    void writtenSentencesReadBackWithTheirNames() throws IOException {
        LabelledSentence sentence = new LabelledSentence("Anna Berg flew to Oslo.", List.of(
                new TaggedSpan(EntityType.PERSON, 0, 9, "Anna Berg"), new TaggedSpan(EntityType.LOCATION, 18, 22, "Oslo")));
        StringWriter out = new StringWriter();
        SilverSentences.write(out, sentence);
        SilverSentences.write(out, new LabelledSentence("It rained.", List.of()));
        Path file = Files.writeString(dir.resolve("silver.jsonl"), out.toString());

        assertThat(SilverSentences.read(List.of(file)))
                .containsExactly(sentence, new LabelledSentence("It rained.", List.of()));
    }

    @Test
    void aNameOutsideItsTextSaysWhere() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"Oslo\",\"names\":[[\"LOCATION\",0,9]]}\n");

        assertThatThrownBy(() -> SilverSentences.read(file)).hasMessageContaining("bad.jsonl:1");
    }
}
