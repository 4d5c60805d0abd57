package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SpeechLexiconTest {

    @Test
    void bundledWordsHaveTheirKinds() {
        SpeechLexicon lexicon = SpeechLexicon.bundled();
        assertThat(lexicon.is("said", SpeechLexicon.Kind.SPEECH_VERB)).isTrue();
        assertThat(lexicon.is("minister", SpeechLexicon.Kind.ROLE)).isTrue();
        assertThat(lexicon.is("minister", SpeechLexicon.Kind.SPEECH_VERB)).isFalse();
        assertThat(lexicon.is("unheard", SpeechLexicon.Kind.SPEECH_VERB)).isFalse();
    }

    @Test
    void aWordMayHaveSeveralKinds() {
        SpeechLexicon lexicon = new SpeechLexicon(DataFile.read("test.tsv",
                new StringReader("# kinds\nNAME_JOINER\tand\nNOT_A_SUBJECT\tand\n")));
        assertThat(lexicon.is("and", SpeechLexicon.Kind.NAME_JOINER)).isTrue();
        assertThat(lexicon.is("and", SpeechLexicon.Kind.NOT_A_SUBJECT)).isTrue();
        assertThat(lexicon.is("and", SpeechLexicon.Kind.ROLE)).isFalse();
    }

    @Test
    void anUnknownKindOrAnUpperCaseWordFailsWithItsLine() {
        assertThatThrownBy(() -> new SpeechLexicon(DataFile.read("test.tsv", new StringReader("VERB\tsaid\n"))))
                .isInstanceOf(DataFileException.class).hasMessageContaining("test.tsv").hasMessageContaining("VERB");
        assertThatThrownBy(() -> new SpeechLexicon(DataFile.read("test.tsv", new StringReader("ROLE\tMinister\n"))))
                .isInstanceOf(DataFileException.class).hasMessageContaining("Minister");
    }
}
