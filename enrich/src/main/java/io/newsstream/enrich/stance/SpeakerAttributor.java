package io.newsstream.enrich.stance;

import static io.newsstream.enrich.stance.SpeechLexicon.Kind.NOT_A_SUBJECT;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.SPEECH_VERB;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who speaks in each sentence: direct quotes (also over several sentences and continued in the next
 * paragraph, {@link QuoteSpans}), reported speech ("X said", "said X", "X told", "according to X", "as noted by X",
 * "X urged/warned/insisted that"), stance verbs ("X welcomed", "X rejected"), with the subjects {@link SubjectFinder} finds. Names
 * come from the article's entities, so speakers get canonical names. What nobody is said to say is the article's own
 * voice; what unnamed people say ("officials said", "critics argue") is neither the voice nor a named speaker.
 */
final class SpeakerAttributor {

    private final Tokens tokens;
    private final SentenceTokens sentences;
    private final int[] paragraphOf;
    private final QuoteSpans quotes;
    private final SubjectFinder subjects;
    private final SpeechLexicon lexicon = SpeechLexicon.bundled();
    /** Participles that give someone a label: "described as", "known as", "seen as". */
    private static final Set<String> LABEL_VERBS = Set.of("described", "known", "seen", "regarded", "viewed", "dubbed",
            "branded", "labelled", "labeled", "billed", "touted", "hailed", "portrayed", "characterised", "characterized");
    /** Before a label participle, they make it passive: the one labelled is the subject, the labeller unnamed. */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "was", "are", "were", "been", "being", "be");
    /** Per sentence, the source it names ("according to X", "as reported by X"), even when another speaker leads. */
    private Speaker[] sourceOf;

    SpeakerAttributor(String text, Tokens tokens, SentenceTokens sentences, int[] paragraphOf, List<NameMention> mentions) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.paragraphOf = paragraphOf;
        this.quotes = QuoteSpans.of(text, tokens);
        this.subjects = new SubjectFinder(text, tokens, new MentionTokens(tokens, mentions), quotes, lexicon);
    }

    /** The regions of every sentence, in order; each sentence's regions cover its tokens. */
    List<List<Region>> attribute() {
        sourceOf = new Speaker[sentences.size()];
        List<List<Attribution>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(attributions(s));
        }
        Speaker[] quoteSpeakers = quoteSpeakers(bySentence);
        List<List<Region>> regions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            regions.add(regions(s, bySentence.get(s), quoteSpeakers));
        }
        return regions;
    }

    /** The attributions outside quotes in one sentence, in order. */
    private List<Attribution> attributions(int s) {
        int from = sentences.first(s);
        int to = sentences.end(s);
        subjects.enterParagraph(paragraphOf[s]);
        List<Attribution> found = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (quotes.quoteOf(t) >= 0 || !tokens.isWord(t)) {
                continue;
            }
            String word = tokens.word(t);
            boolean passive = lexicon.is(word, SPEECH_VERB) && t + 1 < to && tokens.word(t + 1).equals("by");
            if (passive || word.equals("according") && t + 1 < to && tokens.word(t + 1).equals("to")) {
                // "X said ..., according to Reuters" and "..., as reported by the NYT": the outlet reports, X speaks.
                Speaker source = subjects.rightSubject(t + 1, to, true);
                int before = t > from && tokens.word(t - 1).equals("as") ? t - 2 : t - 1;
                if (found.isEmpty()) {
                    found.add(new Attribution(t, t, subjects.remember(source), before >= from
                            && tokens.word(before).equals(",")));
                }
                sourceOf[s] = source;
                t++;
            } else if (lexicon.is(word, SPEECH_VERB) && !(t > from && lexicon.is(tokens.word(t - 1), NOT_A_SUBJECT))) {
                Speaker speaker = subjects.subject(t, from, to);
                int anchor = subjects.anchor(t, from);
                // After the first attribution, what others "opposed" or "said" is usually part of what is reported,
                // unless a new named speaker takes over ("X said ..., while Y said ...") or a clause of its own
                // begins with another subject ("X lobbied for jets, but the administration objected").
                boolean accepted = speaker != null && speaker.kind() != Speaker.Kind.VOICE
                        && (found.isEmpty() || !speaker.equals(found.get(found.size() - 1).speaker())
                                && (speaker.isNamed() || opensContrastingClause(anchor, from)));
                if (accepted) {
                    boolean owns = anchor > from && (tokens.word(anchor - 1).equals(",")
                            || tokens.word(anchor - 1).equals(Tokens.QUOTE)) || anchor == t;
                    found.add(new Attribution(t, anchor, subjects.remember(speaker), owns));
                }
            }
        }
        return found;
    }

    /** Whether the subject at {@code anchor} follows "but", "while", "whereas", "yet" or a semicolon ("the"/"a" between). */
    private boolean opensContrastingClause(int anchor, int from) {
        int k = anchor - 1;
        while (k >= from && k >= anchor - 2 && lexicon.is(tokens.word(k), NOT_A_SUBJECT) && !isContrast(tokens.word(k))) {
            k--;
        }
        return k >= from && isContrast(tokens.word(k));
    }

    private static boolean isContrast(String word) {
        return switch (word) {
            case "but", "while", "whereas", "yet", ";" -> true;
            default -> false;
        };
    }

    /** Who says each quote: an attribution next to it, else the last speaker of this or the previous paragraph. */
    private Speaker[] quoteSpeakers(List<List<Attribution>> bySentence) {
        Speaker[] speakers = new Speaker[quotes.size()];
        Speaker last = null;
        int lastParagraph = -2;
        for (int q = 0; q < quotes.size(); q++) {
            int first = quotes.firstToken(q);
            int end = quotes.endToken(q);
            if (first >= end) {
                continue;
            }
            int startSentence = sentences.sentenceOf(first);
            int endSentence = sentences.sentenceOf(end - 1);
            if (startSentence < 0 || endSentence < 0) {
                continue;
            }
            Speaker speaker = null;
            if (isLabelGivenByOthers(first, sentences.first(startSentence))) {
                // "Described as "a war strategist", Blinken opposed ..., as reported by the NYT": a label someone
                // gives the subject, not the subject's words; the sentence's source gave it, else nobody named.
                speakers[q] = sourceOf[endSentence] != null ? sourceOf[endSentence] : Speaker.UNNAMED;
                continue;
            }
            for (Attribution attribution : bySentence.get(endSentence)) {
                if (attribution.trigger() >= end && attribution.trigger() - end <= 8) {
                    speaker = attribution.speaker();
                    break;
                }
            }
            if (speaker == null) {
                List<Attribution> before = bySentence.get(startSentence);
                for (int i = before.size() - 1; i >= 0 && speaker == null; i--) {
                    if (before.get(i).trigger() < first) {
                        speaker = before.get(i).speaker();
                    }
                }
            }
            if (speaker == null && !bySentence.get(endSentence).isEmpty()) {
                speaker = bySentence.get(endSentence).get(0).speaker();
            }
            int paragraph = paragraphOf[startSentence];
            boolean wholeSentences = first <= sentences.first(startSentence) + 1;
            if (speaker == null && wholeSentences && last != null && paragraph - lastParagraph <= 1) {
                speaker = last;
            }
            speakers[q] = speaker;
            if (speaker != null && speaker.isNamed()) {
                last = speaker;
                lastParagraph = paragraph;
            }
            if (speaker == null && !wholeSentences) {
                continue;
            }
            for (int s = startSentence; s <= endSentence; s++) {
                for (Attribution attribution : bySentence.get(s)) {
                    if (attribution.speaker().isNamed()) {
                        last = attribution.speaker();
                        lastParagraph = paragraphOf[s];
                    }
                }
            }
        }
        return speakers;
    }

    /**
     * Whether the quote that begins at token {@code first} is a label nobody in the clause gives: "Described as "a
     * war strategist", Blinken ..." or "he was seen as "a hawk"". "Trump described the deal as "terrible"" has its
     * describer as subject, so the quote stays his.
     */
    private boolean isLabelGivenByOthers(int first, int sentenceFirst) {
        int as = first - 1;
        if (as >= 0 && tokens.word(as).equals(Tokens.QUOTE)) {
            as--; // the mark is a token of its own before the quote's first word
        }
        int verb = as - 1;
        if (verb < sentenceFirst || !tokens.word(as).equals("as") || !LABEL_VERBS.contains(tokens.word(verb))) {
            return false;
        }
        return verb == sentenceFirst || PASSIVE_AUXILIARIES.contains(tokens.word(verb - 1));
    }

    private List<Region> regions(int s, List<Attribution> attributions, Speaker[] quoteSpeakers) {
        int from = sentences.first(s);
        int to = sentences.end(s);
        List<Region> regions = new ArrayList<>();
        int regionStart = from;
        Speaker current = null;
        boolean currentQuoted = false;
        for (int t = from; t < to; t++) {
            Speaker speaker;
            boolean quoted = false;
            int quote = quotes.quoteOf(t);
            if (quote >= 0 && quoteSpeakers[quote] != null) {
                speaker = quoteSpeakers[quote];
                quoted = true;
            } else if (quote >= 0 && quotes.firstToken(quote) <= from + 1) {
                speaker = Speaker.UNNAMED; // a quote nobody is named for is still not the article's voice
                quoted = true;
            } else {
                speaker = speakerAt(t, attributions);
            }
            if (current == null) {
                current = speaker;
                currentQuoted = quoted;
            } else if (!speaker.equals(current) || quoted != currentQuoted) {
                regions.add(new Region(s, regionStart, t, current, currentQuoted));
                regionStart = t;
                current = speaker;
                currentQuoted = quoted;
            }
        }
        if (current != null) {
            regions.add(new Region(s, regionStart, to, current, currentQuoted));
        }
        return regions;
    }

    /** Outside quotes: the attribution whose stretch holds the token; the first one also covers what precedes it. */
    private static Speaker speakerAt(int token, List<Attribution> attributions) {
        if (attributions.isEmpty()) {
            return Speaker.VOICE;
        }
        Attribution first = attributions.get(0);
        Speaker speaker = first.ownsPreceding() || token >= first.anchor() ? first.speaker() : Speaker.VOICE;
        for (Attribution attribution : attributions) {
            if (attribution.anchor() <= token) {
                speaker = attribution.speaker();
            }
        }
        return speaker;
    }
}
