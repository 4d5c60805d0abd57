package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void whitespaceAgreesWithTheJdkForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            assertThat(LineShape.isWhitespace(c)).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void wordsCountTokensWithALetterOrDigitAndPairsOfIdeographs() {
        assertThat(LineShape.words("Pilots strike \u2014 again, 2 nights")).isEqualTo(5);
        assertThat(LineShape.words("\u6E2F\u306E\u6C34\u5148\u4EBA")).isEqualTo(3);
        assertThat(LineShape.words("  \t ")).isZero();
    }
}
