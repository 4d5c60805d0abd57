package io.newsstream.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void enrichedArticleSurvivesARoundTrip() {
        Outlet reuters = new Outlet("reuters", "Reuters", "reuters.com", "GB", 0.9, List.of("(Reuters) -"));
        EnrichedArticle article = new EnrichedArticle("abc123", "https://example.org/a", "Talks resume", "raw text",
                null, "en", null, RECEIVED, Channel.HTTP, null, "Talks resume in Geneva.", 4, List.of("Ana Ruiz"),
                new OutletAttribution(reuters, null, List.of(reuters)),
                List.of(new Entity("geneva", "Geneva", EntityType.LOCATION, 1, List.of("Geneva"), List.of(new Span(16, 22)))),
                List.of(new Stance("peace-negotiations", StanceLabel.FAVOR, 0.7, List.of("Talks resume in Geneva."),
                        List.of(new SpeakerStance("Ann Example", StanceLabel.FAVOR, "Talks resume in Geneva.")))),
                List.of(new EntityStance("Ann Example", EntityType.PERSON, Polarity.POSITIVE, 0.8,
                        List.of("Ann Example brokered the deal."))),
                null, RECEIVED.plusSeconds(1), "0.1.0");
        JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);

        byte[] bytes = serde.serialize("t", article);

        assertThat(serde.deserialize("t", bytes)).isEqualTo(article);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"spans\":[[16,22]]", "\"receivedAt\":\"2026-03-02T10:15:30Z\"", "\"channel\":\"http\"")
                .doesNotContain("duplicateOf");
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingListsBecomeEmpty() {
        String json = """
                {"id":"x1","text":"Body","receivedAt":"2026-03-02T10:15:30Z","channel":"feed","addedLater":42}""";
        RawArticle raw = new JsonSerde<>(RawArticle.class).deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.channel()).isEqualTo(Channel.FEED);
        assertThat(raw.text()).isEqualTo("Body");
    }

    @Test
    void malformedBytesRaiseSerializationExceptionNamingTheType() {
        JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
        assertThatThrownBy(() -> serde.deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle");
    }

    @Test
    void recordMissingARequiredFieldIsRejected() {
        JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
        byte[] noText = "{\"id\":\"x\",\"receivedAt\":\"2026-03-02T10:15:30Z\",\"channel\":\"http\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde.deserialize("t", noText))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("text");
    }
}
