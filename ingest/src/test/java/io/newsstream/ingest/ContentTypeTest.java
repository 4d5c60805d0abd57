package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void mediaTypeIsLowerCasedAndCharsetDefaultsToUtf8() throws Exception {
        assertThat(ContentType.parse(" Application/X-NDJSON ")).isEqualTo(new ContentType("application/x-ndjson", StandardCharsets.UTF_8, false));
    }

    @Test
    void quotedCharsetAmongOtherParametersIsRead() throws Exception {
        assertThat(ContentType.parse("text/plain; format=flowed; Charset=\"iso-8859-1\"").charset())
                .isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void unknownCharsetIsRefusedWith415() {
        assertThatThrownBy(() -> ContentType.parse("text/plain; charset=no-such-charset"))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessage("charset 'no-such-charset' is not supported");
    }

    @Test
    void headerOfOnlyASemicolonHasABlankMediaTypeInsteadOfFailing() throws Exception {
        assertThat(ContentType.parse(";").mediaType()).isEmpty();
    }
}
