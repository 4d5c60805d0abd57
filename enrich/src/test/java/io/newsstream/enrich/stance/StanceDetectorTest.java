package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StanceDetectorTest {

    private static final StanceDetector detector = StanceDetector.bundled();

    /** Entities as the entity finder gives them: "Olena Hrytsak=PERSON" also spans the bare surname after it. */
    private static List<Entity> entities(String body, String... namesWithTypes) {
        List<Entity> entities = new ArrayList<>();
        for (String nameWithType : namesWithTypes) {
            String name = nameWithType.substring(0, nameWithType.indexOf('='));
            EntityType type = EntityType.valueOf(nameWithType.substring(nameWithType.indexOf('=') + 1));
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            List<Span> spans = new ArrayList<>();
            for (int at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
                boolean full = at >= name.length() - surname.length()
                        && body.startsWith(name, at - (name.length() - surname.length()));
                int start = full ? at - (name.length() - surname.length()) : at;
                spans.add(new Span(start, at + surname.length()));
            }
            entities.add(new Entity(name.toLowerCase(), name, type, spans.size(), List.of(name), spans));
        }
        return entities;
    }

    private static Stance stance(List<Stance> stances, String target) {
        return stances.stream().filter(s -> s.target().equals(target)).findFirst().orElseThrow();
    }

    private static Map<String, StanceLabel> speakers(Stance stance) {
        return stance.speakers().stream().collect(Collectors.toMap(SpeakerStance::entity, SpeakerStance::label));
    }

    @Test
    void aNewsReportIsNeutralWhileItsSpeakersTakeSides() {
        String body = """
                Ukraine's foreign minister Olena Hrytsak said on Monday that Kyiv was ready for ceasefire talks with Russia.

                "We will come to the table. We want this war to end," Hrytsak told reporters. She urged the mediators to \
                arrange the talks quickly.

                Kremlin aide Pavel Orlov rejected a ceasefire on those terms. "A truce now would only let Kyiv rearm," \
                he said.

                The talks, if they happen, would be the first since the spring, according to Tomas Berg, a diplomat.""";

        Stance peace = stance(detector.detect("Kyiv ready for talks, Moscow says no", body,
                entities(body, "Olena Hrytsak=PERSON", "Pavel Orlov=PERSON", "Tomas Berg=PERSON")), "peace-negotiations");

        assertThat(peace.label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(speakers(peace)).containsEntry("Olena Hrytsak", StanceLabel.FAVOR)
                .containsEntry("Pavel Orlov", StanceLabel.AGAINST)
                .containsEntry("Tomas Berg", StanceLabel.NEUTRAL);
        assertThat(peace.evidence()).allSatisfy(sentence -> assertThat(body + "Kyiv ready for talks, Moscow says no")
                .contains(sentence));
    }

    @Test
    void anEditorialTakesTheSideItsOwnSentencesArgue() {
        String body = """
                The sanctions on Russia have leaks, and the shadow fleet still sails.

                Governments should tighten the sanctions and lower the price cap. Lifting them now would be a mistake.""";

        Stance sanctions = stance(detector.detect(null, body, List.of()), "sanctions-russia");

        assertThat(sanctions.label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(sanctions.confidence()).isBetween(0.5, 1.0);
        assertThat(sanctions.evidence()).contains(
                "Governments should tighten the sanctions and lower the price cap.",
                "Lifting them now would be a mistake.");
    }

    @Test
    void negationTurnsACueAround() {
        String against = "Europe should not send more weapons to Ukraine; the military aid has gone on long enough.";
        String favor = "Europe must never halt the military aid to Ukraine.";

        assertThat(stance(detector.detect(null, against, List.of()), "military-aid-ukraine").label())
                .isEqualTo(StanceLabel.AGAINST);
        assertThat(stance(detector.detect(null, favor, List.of()), "military-aid-ukraine").label())
                .isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void theClauseAfterButDecides() {
        String body = "The tariffs looked wise at first, but they have been a mistake that hurt our own shoppers.";

        assertThat(stance(detector.detect(null, body, List.of()), "trade-tariffs").label())
                .isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void whatOthersSayIsNotTheArticlesVoice() {
        String body = """
                Critics say the AI rules are a mistake that will stifle innovation.

                "These rules should be scrapped," said Marit Olsen, who runs a start-up.""";

        Stance ai = stance(detector.detect(null, body, entities(body, "Marit Olsen=PERSON")), "ai-regulation");

        assertThat(ai.label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(speakers(ai)).containsExactly(Map.entry("Marit Olsen", StanceLabel.AGAINST));
    }

    @Test
    void aQuoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        String body = """
                Senator Dana Whitfield said the tariffs protect jobs in her state.

                "We will keep the tariffs in place.""";

        Stance tariffs = stance(detector.detect(null, body, entities(body, "Dana Whitfield=PERSON")), "trade-tariffs");

        assertThat(speakers(tariffs)).containsExactly(Map.entry("Dana Whitfield", StanceLabel.FAVOR));
        assertThat(tariffs.speakers().get(0).evidence()).isIn(
                "Senator Dana Whitfield said the tariffs protect jobs in her state.", "\"We will keep the tariffs in place.");
    }

    @Test
    void termsNeedTheirContext() {
        String body = "Negotiators for the two parties in the Gaza war met in Doha to discuss a ceasefire and truce talks.";

        Optional<Stance> peace = detector.detect(null, body, List.of()).stream()
                .filter(s -> s.target().equals("peace-negotiations")).findFirst();

        assertThat(peace).isEmpty();
    }

    @Test
    void anArticleAboutNoTargetHasNoStances() {
        assertThat(detector.detect("Measles cases fall", "Vaccination teams reached 400,000 children.", List.of()))
                .isEmpty();
    }

    /** A jobs report of many sentences that recalls tariffs once, in passing. */
    private static String jobsReport(String tariffSentence) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            body.append("Employers in region ").append(i).append(" added jobs in March, and wages rose slightly. ");
            if (i == 12) {
                body.append(tariffSentence).append(' ');
            }
        }
        return body.toString();
    }

    @Test
    void aPassingMentionInAStoryAboutSomethingElseIsNoStance() {
        String sentence = "Tariffs on steel imports are a mistake that hurts these workers.";

        assertThat(detector.detect("Hiring picks up across the country", jobsReport(sentence), List.of()))
                .noneMatch(s -> s.target().equals("trade-tariffs"));
        assertThat(detector.detect(sentence, jobsReport(sentence), List.of()))
                .anyMatch(s -> s.target().equals("trade-tariffs"));
    }

    @Test
    void onePassageInALongerStoryIsAPassingMentionButTwoApartAreNot() {
        StringBuilder onePassage = new StringBuilder();
        StringBuilder twoApart = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            String filler = "The court heard the case of family " + i + " on Monday. ";
            onePassage.append(filler);
            twoApart.append(filler);
            if (i == 15) {
                onePassage.append("Tariffs on steel imports are a mistake. Tariffs on cars hurt buyers. ");
            }
            if (i == 5 || i == 25) {
                twoApart.append("Tariffs on steel imports are a mistake. ");
            }
        }

        assertThat(detector.detect("A ruling on citizenship", onePassage.toString(), List.of()))
                .noneMatch(s -> s.target().equals("trade-tariffs"));
        assertThat(detector.detect("A ruling on citizenship", twoApart.toString(), List.of()))
                .anyMatch(s -> s.target().equals("trade-tariffs"));
    }

    @Test
    void aLeadCountsForATargetOnlyWithTheTargetsContextInIt() {
        String rest = " The university moved to Lutsk in 2022. Its staff teach online.".repeat(12);
        String tanksInTheStreet = "I first saw Russian tanks on the streets of my city, says a vice-rector." + rest
                + " Ukraine's universities are in exile.";
        String tanksForUkraine = "Germany will send more tanks to Ukraine, the minister said." + rest;

        assertThat(detector.detect("Universities in exile", tanksInTheStreet, List.of()))
                .noneMatch(s -> s.target().equals("military-aid-ukraine"));
        assertThat(detector.detect("Universities in exile", tanksForUkraine, List.of()))
                .anyMatch(s -> s.target().equals("military-aid-ukraine"));
    }

    @Test
    void aTermInsideAnExclusionIsInAnotherSense() {
        String armsControl = "Russia and the United States let their last arms control treaty lapse, and Ukraine's "
                + "foreign minister said the arms control talks were a mistake.";
        String aid = "Ukraine's foreign minister said more weapons from its allies were needed.";

        assertThat(detector.detect(armsControl, armsControl, List.of()))
                .noneMatch(s -> s.target().equals("military-aid-ukraine"));
        assertThat(detector.detect(aid, aid, List.of())).anyMatch(s -> s.target().equals("military-aid-ukraine"));
    }
}
