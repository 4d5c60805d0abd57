package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.text.Sentence;
import io.newsstream.enrich.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {

    /** Who speaks in each sentence: the speakers of its regions, "voice" and "unnamed" for the others. */
    private static List<String> speakers(String text, String... people) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        int[] paragraphOf = new int[sentences.size()];
        for (int s = 1; s < sentences.size(); s++) {
            boolean newParagraph = text.substring(sentences.get(s - 1).end(), sentences.get(s).start()).contains("\n");
            paragraphOf[s] = paragraphOf[s - 1] + (newParagraph ? 1 : 0);
        }
        List<NameMention> mentions = new ArrayList<>();
        for (String person : people) {
            // "@Kyiv" is a place, "#Daily Ledger" an organisation, the others people.
            boolean place = person.startsWith("@");
            boolean organisation = person.startsWith("#");
            String name = place || organisation ? person.substring(1) : person;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new NameMention(at, at + name.length(), name, !place && !organisation, !place, place));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(NameMention::start));
        Tokens tokens = Tokens.of(text);
        List<List<Region>> regions = new SpeakerAttributor(text, tokens, SentenceTokens.of(tokens, sentences),
                paragraphOf, mentions).attribute();
        return regions.stream().map(inSentence -> String.join("+", inSentence.stream().map(r -> switch (r.speaker().kind()) {
            case VOICE -> "voice";
            case UNNAMED -> "unnamed";
            case NAMED -> r.speaker().name() + (r.quoted() ? "(q)" : "");
        }).distinct().toList())).toList();
    }

    @Test
    void passiveSourcesStatedAndRemarkedCountAsSpeech() {
        assertThat(speakers("""
                The talks collapsed, as noted by Ana Ruiz. Ben Okoro remarked, "We will sign." \
                According to the Daily Ledger, Ben Okoro stated "that the talks are over.\"""", "Ana Ruiz", "Ben Okoro",
                "#Daily Ledger"))
                .containsExactly("Ana Ruiz", "Ben Okoro+Ben Okoro(q)", "Daily Ledger+Ben Okoro+Ben Okoro(q)");
    }

    @Test
    void aPlaceSpeaksOnlyAsTheSubjectAndIsNeverTheObjectOfAnInvertedVerb() {
        assertThat(speakers("""
                Moscow has reiterated its readiness to talk. Officials in Moscow said they were ready. \
                In a post, Ana Ruiz, a Kyiv adviser, reiterated Kyiv's objections to the talks.""", "@Moscow", "@Kyiv",
                "Ana Ruiz"))
                .containsExactly("Moscow", "voice+unnamed", "Ana Ruiz");
    }

    @Test
    void aQuotedLabelIsTheSourcesNotTheSubjects() {
        assertThat(speakers("""
                Described as "a hawk", Ana Ruiz opposed the plan, as reported by the Daily Ledger.""", "Ana Ruiz",
                "#Daily Ledger"))
                .containsExactly("Ana Ruiz+Daily Ledger(q)");
    }

    @Test
    void reportedSpeechInItsUsualForms() {
        assertThat(speakers("""
                Ana Ruiz said the talks would resume. The rain stopped. "We are ready," said Ben Okoro. \
                According to Ana Ruiz, the plan is sound. Ben Okoro told reporters that he disagreed. \
                Ana Ruiz warned that time was short. Officials said nothing had been agreed.""", "Ana Ruiz", "Ben Okoro"))
                .containsExactly("Ana Ruiz", "voice", "Ben Okoro(q)+Ben Okoro", "Ana Ruiz", "Ben Okoro", "Ana Ruiz",
                        "unnamed");
    }

    @Test
    void pronounsPointToTheLastSpeakerAndQuotesRunOnAcrossSentencesAndParagraphs() {
        assertThat(speakers("""
                Ana Ruiz met Ben Okoro on Monday. "The deal is close. We need one more week," she said.

                "After that, we sign.\"""", "Ana Ruiz", "Ben Okoro"))
                .containsExactly("voice", "Ben Okoro(q)", "Ben Okoro(q)+Ben Okoro", "Ben Okoro(q)");
    }

    @Test
    void appositionsAndTitlesLeadToTheName() {
        assertThat(speakers("""
                Ana Ruiz, the union's leader, said the plan was fair. Its chief executive, Carl Meyer, warned \
                against it. The chief executive later said the plan was flawed.""", "Ana Ruiz"))
                .containsExactly("Ana Ruiz", "Carl Meyer", "Carl Meyer");
    }

    @Test
    void verbsThatAreNotAttributionsLeaveTheVoice() {
        assertThat(speakers("""
                The calls for talks grew louder. The plan can be defended. We believe the plan is wise.""", "Ana Ruiz"))
                .containsExactly("voice", "voice", "voice");
    }

    @Test
    void aContrastingClauseWithAnotherSubjectIsNotTheFirstSpeakers() {
        assertThat(speakers("""
                Ana Ruiz has lobbied for more jets, but the government has so far objected. Ben Okoro backed the \
                plan; the unions frequently opposed it.""", "Ana Ruiz", "Ben Okoro"))
                .containsExactly("Ana Ruiz+unnamed", "Ben Okoro+unnamed");
    }

    @Test
    void aLabelOthersGiveIsNobodysWordsButADescriberKeepsHis() {
        assertThat(speakers("""
                Described as "a hawk," Ana Ruiz opposed the plan. Ana Ruiz said the plan was seen as "reckless" \
                abroad. Ben Okoro dismissed the plan as "reckless.\"""", "Ana Ruiz", "Ben Okoro"))
                .containsExactly("Ana Ruiz+unnamed", "Ana Ruiz+unnamed", "Ben Okoro+Ben Okoro(q)");
    }
}
