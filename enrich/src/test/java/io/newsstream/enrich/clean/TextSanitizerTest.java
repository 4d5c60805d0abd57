package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    private final TextSanitizer sanitizer = new TextSanitizer();

    @Test
    void decomposedLettersAreComposedSoOneNameHasOneSpelling() {
        assertThat(sanitizer.sanitize("Erdog\u0306an spoke.")).isEqualTo("Erdoğan spoke.");
    }

    @Test
    void strayControlAndReplacementCharactersAreDroppedButLineBreaksKept() {
        assertThat(sanitizer.sanitize("A\u0000B\uFFFD\tC\r\nD" + " and much more ordinary prose here"))
                .isEqualTo("AB\tC\r\nD and much more ordinary prose here");
    }

    @Test
    void mostlyControlCharactersIsRefusedAsBinary() {
        assertThatThrownBy(() -> sanitizer.sanitize("\u0001\u0002\u0003abc\u0004"))
                .isInstanceOf(TextSanitizer.UnreadableTextException.class)
                .hasMessage("text looks binary: 4 of 7 characters are control or replacement characters");
    }

    @Test
    void typographicQuotesAndSpacesBecomePlainOnesCharacterForCharacter() {
        String typographic = "\u201CWe\u2019ll stay,\u201D she said.\u00A0\u201Eja\u201C. Home \u00BB World";

        String plain = sanitizer.sanitize(typographic);

        assertThat(plain).isEqualTo("\"We'll stay,\" she said. \"ja\". Home \u00BB World");
        assertThat(plain).hasSameSizeAs(typographic);
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(sanitizer.sanitize("")).isEmpty();
    }
}
