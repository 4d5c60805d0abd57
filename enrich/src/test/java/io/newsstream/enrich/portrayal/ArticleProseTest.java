package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleProseTest {

    @Test
    void bareLinesPastTheFirstParagraphAreNotProse() {
        String body = "Villagers cry foul over lost livelihoods\n\n"
                + "The quarry has damaged homes. Its owner denies it.\n\n"
                + "Archbishop Mahony welcoming the Holy Father in 1987\n\n"
                + "READ MORE: Quarry owner wins award\n\n"
                + "Is this the end?";
        List<Sentence> sentences = AnalysedText.of(body).sentences();

        assertThat(sentences).extracting(sentence -> ArticleProse.isProse(body, sentence))
                .containsExactly(true, true, true, false, false, true);
    }
}
