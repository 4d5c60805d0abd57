package io.newsstream.lab.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NewsMtscReaderTest {

    @Test
    void readsEachLineAndSkipsBlankOnes() throws Exception {
        String input = "{\"mention\": \"Ada\", \"polarity\": 1, \"from\": 0, \"to\": 3, \"sentence\": \"Ada won.\", \"id\": \"x\"}\n"
                + "\n{\"polarity\": -1, \"from\": 4, \"to\": 7, \"sentence\": \"Was Bob wrong?\"}\n";
        var examples = NewsMtscReader.read("in.jsonl", new StringReader(input));
        assertThat(examples).extracting(NewsMtscExample::polarity).containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE);
        assertThat(examples.get(1).id()).isEqualTo("in.jsonl:3");
    }

    @Test
    void aBadLineFailsWithFileLineAndReason() {
        assertThatThrownBy(() -> NewsMtscReader.read("in.jsonl", new StringReader(
                "{\"polarity\": 0, \"from\": 0, \"to\": 3, \"sentence\": \"Ada won.\"}\n{\"polarity\": 2, \"from\": 0, \"to\": 3, \"sentence\": \"Ada won.\"}")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("in.jsonl line 2").hasMessageContaining("polarity");
        assertThatThrownBy(() -> NewsMtscReader.read("in.jsonl", new StringReader("{\"polarity\": 0, \"from\": 5, \"to\": 30, \"sentence\": \"Ada won.\"}")))
                .hasMessageContaining("in.jsonl line 1").hasMessageContaining("outside the sentence");
        assertThatThrownBy(() -> NewsMtscReader.read("in.jsonl", new StringReader("{not json")))
                .hasMessageContaining("in.jsonl line 1: not JSON");
        assertThatThrownBy(() -> NewsMtscReader.read("in.jsonl", new StringReader(
                "{\"mention\": \"Bob\", \"polarity\": 0, \"from\": 0, \"to\": 3, \"sentence\": \"Ada won.\"}")))
                .hasMessageContaining("\"mention\" is \"Bob\"");
    }
}
