package io.newsstream.enrich.stance;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the speaker step reads attributions by ({@code speech-words.tsv}): speech verbs, the words that may
 * stand between a subject and its verb, roles, name joiners... Loaded once; immutable, so shared by every article.
 */
final class SpeechLexicon {

    /** What a word does in an attribution; the data file's first column. */
    enum Kind { SPEECH_VERB, SKIPPABLE, NOT_A_SUBJECT, ROLE, NAME_JOINER, ORGANISATION_HEAD, SENTENCE_OPENER }

    static final String FILE = "speech-words.tsv";
    private static final SpeechLexicon BUNDLED = new SpeechLexicon(DataFile.readResource(SpeechLexicon.class, FILE));

    /** Per word, its kinds as bits ({@code 1 << kind.ordinal()}): one lookup answers every question about a token. */
    private final Map<String, Integer> kinds = new HashMap<>();

    SpeechLexicon(List<DataLine> lines) {
        for (DataLine line : lines) {
            List<String> fields = line.fields(2, 2);
            Kind kind;
            try {
                kind = Kind.valueOf(fields.get(0));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + fields.get(0) + "'");
            }
            String word = fields.get(1);
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.contains(" ")) {
                throw line.error("'" + word + "' must be one lower-case word");
            }
            kinds.merge(word, 1 << kind.ordinal(), (a, b) -> a | b);
        }
    }

    static SpeechLexicon bundled() {
        return BUNDLED;
    }

    /** Every word of the lexicon, whatever its kinds. */
    Set<String> words() {
        return Collections.unmodifiableSet(kinds.keySet());
    }

    boolean is(String word, Kind kind) {
        Integer bits = kinds.get(word);
        return bits != null && (bits & 1 << kind.ordinal()) != 0;
    }
}
