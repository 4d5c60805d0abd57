package io.newsstream.enrich.stance;

import static io.newsstream.enrich.stance.SpeechLexicon.Kind.NAME_JOINER;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.NOT_A_SUBJECT;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.ORGANISATION_HEAD;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.ROLE;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.SENTENCE_OPENER;
import static io.newsstream.enrich.stance.SpeechLexicon.Kind.SKIPPABLE;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds who a speech verb attributes to: a name before it ("Ana Ruiz said", "Rep. Dale Pruitt of Kansas said", "Roy
 * Rickhuss, general secretary of the union, said") or after it ("said Foreign Minister Sergei Lavrov"), "he", "she"
 * and "the minister" resolved to the last named speaker, capitalised names the entity finder missed, and unnamed
 * subjects ("officials said"). Reads one article's sentences in order and remembers its last named speaker.
 */
final class SubjectFinder {

    /** Words after which a name starts a clause of its own, so it can be a speech verb's subject. */
    private static final java.util.Set<String> CLAUSE_STARTS = java.util.Set.of("and", "but", "while", "that", "as",
            "when", "although", "though", "because");

    private final String text;
    private final Tokens tokens;
    private final MentionTokens mentions;
    private final QuoteSpans quotes;
    private final SpeechLexicon lexicon;
    /** Names found only by their capitalised words, kept so "he" and "she" can point back to them. */
    private final List<NameMention> discovered = new ArrayList<>();
    private Speaker lastSpeaker;
    private int lastSpeakerParagraph = -2;
    private int currentParagraph;

    SubjectFinder(String text, Tokens tokens, MentionTokens mentions, QuoteSpans quotes, SpeechLexicon lexicon) {
        this.text = text;
        this.tokens = tokens;
        this.mentions = mentions;
        this.quotes = quotes;
        this.lexicon = lexicon;
    }

    /** The paragraph of the sentence read next: pronouns reach back to the last speaker of it or the one before. */
    void enterParagraph(int paragraph) {
        currentParagraph = paragraph;
    }

    /** Keeps a named speaker as the one "he", "she" and "the minister" point back to. */
    Speaker remember(Speaker speaker) {
        if (speaker.isNamed()) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = currentParagraph;
        }
        return speaker;
    }

    /** Where the attributed stretch begins: the start of the subject before the verb. */
    int anchor(int verb, int from) {
        int k = verb - 1;
        while (k >= from && tokens.isWord(k) && k > verb - 6) {
            if (mentions.startingAt(k) != null) {
                return k;
            }
            k--;
        }
        return Math.max(from, k + 1);
    }

    /** The subject of a speech verb in sentence tokens {@code [from, to)}; null when there is none (not an attribution). */
    Speaker subject(int verb, int from, int to) {
        int left = verb - 1;
        while (left >= from && lexicon.is(tokens.word(left), SKIPPABLE)) {
            left--;
        }
        boolean inverted = left < from || tokens.word(left).equals(",") || tokens.word(left).equals(Tokens.QUOTE);
        if (inverted) {
            // "..., said Ana Ruiz"; but a place or thing after the verb is its object ("Mykhailo Podolyak, a Zelensky
            // adviser, reiterated Kyiv's objections"), and the subject is then before the comma.
            Speaker right = rightSubject(verb, to, false);
            if (right != null && (right.isNamed() || left < from)) {
                return right;
            }
        }
        if (left < from) {
            return null;
        }
        String word = tokens.word(left);
        NameMention ending = mentions.endingAt(left);
        if (ending != null) {
            int before = tokens.firstAtOrAfter(ending.start()) - 1;
            // "Rep. Dale Pruitt of Kansas said": the place belongs to the person before it.
            if (!ending.speaker() && before - 1 >= from && (tokens.word(before).equals("of")
                    || tokens.word(before).equals("from")) && mentions.endingAt(before - 1) != null) {
                return ofMention(mentions.endingAt(before - 1));
            }
            // "Moscow has reiterated", "Kyiv argues": a capital or a country leading its clause speaks for its
            // government; "officials in Kyiv said" stays unnamed.
            if (ending.place() && (before < from || !tokens.isWord(before) || CLAUSE_STARTS.contains(tokens.word(before)))) {
                return Speaker.named(ending.name());
            }
            return ofMention(ending);
        }
        switch (word) {
            case "he", "she" -> {
                return pronoun(tokens.start(left));
            }
            case "i", "we" -> {
                return Speaker.VOICE;
            }
            case "they" -> {
                return Speaker.UNNAMED;
            }
            case "," -> {
                Speaker apposed = apposition(left, from);
                if (!apposed.isNamed() && inverted && rightNoun(verb, to)) {
                    return Speaker.UNNAMED;
                }
                return apposed;
            }
            case Tokens.QUOTE -> {
                return rightNoun(verb, to) ? Speaker.UNNAMED : null;
            }
            default -> {
                // Handled below.
            }
        }
        if (!tokens.isWord(left) || lexicon.is(word, NOT_A_SUBJECT)) {
            return null;
        }
        if (lexicon.is(word, ROLE) && definiteRole(left, from)) {
            return pronoun(tokens.start(left));
        }
        String surnamed = tokens.capitalised(left) ? mentions.personBySurname(word) : null;
        if (surnamed != null) {
            return Speaker.named(surnamed);
        }
        if (lexicon.is(word, ORGANISATION_HEAD)) {
            Speaker organisation = capitalisedName(left - 1, from);
            return organisation != null ? organisation : Speaker.UNNAMED;
        }
        Speaker name = capitalisedName(left, from);
        return name != null ? name : Speaker.UNNAMED;
    }

    /**
     * "said Sergei Lavrov", "said Foreign Minister Sergei Lavrov", "according to Marta Olsen", "said officials": a
     * name right after the verb, or after capitalised title words only; else unnamed when {@code always}, or null.
     */
    Speaker rightSubject(int verb, int to, boolean always) {
        for (int k = verb + 1; k < to && k <= verb + 6; k++) {
            if (!tokens.isWord(k)) {
                break;
            }
            NameMention starting = mentions.startingAt(k);
            if (starting != null) {
                return ofMention(starting);
            }
            if (k > verb + 1 && !tokens.capitalised(k - 1) && !tokens.word(k - 1).equals("the")) {
                break;
            }
            if (k == verb + 1 && (tokens.word(k).equals("he") || tokens.word(k).equals("she"))) {
                return pronoun(tokens.start(k));
            }
        }
        return always ? Speaker.UNNAMED : null;
    }

    /**
     * A name the entity finder missed: capitalised words (joined by "of", "for"...) ending at {@code last}, at least
     * two of them, not counting a capitalised first word of the sentence.
     */
    private Speaker capitalisedName(int last, int from) {
        if (last < from || !tokens.isWord(last) || !tokens.capitalised(last)) {
            return null;
        }
        int first = last;
        int capitals = 1;
        while (first - 1 >= from && tokens.isWord(first - 1)) {
            if (tokens.capitalised(first - 1) && !tokens.word(first - 1).equals("the")) {
                capitals++;
                first--;
            } else if (lexicon.is(tokens.word(first - 1), NAME_JOINER) && first - 2 >= from
                    && tokens.capitalised(first - 2)) {
                first--;
            } else {
                break;
            }
        }
        if (first == firstWordOf(from) && capitals > 1 && lexicon.is(tokens.word(first), SENTENCE_OPENER)) {
            first++;
            capitals--;
        }
        for (int k = first; k <= last; k++) {
            NameMention starting = mentions.startingAt(k);
            if (starting != null && starting.person()) {
                return ofMention(starting);
            }
        }
        if (capitals < 2) {
            return null;
        }
        String name = text.substring(tokens.start(first), tokens.end(last));
        discovered.add(new NameMention(tokens.start(first), tokens.end(last), name, true, true));
        return Speaker.named(name);
    }

    /** "the minister", "the prime minister", "the foreign minister": at most two words between "the" and the role. */
    private boolean definiteRole(int role, int from) {
        for (int k = role - 1; k >= from && k >= role - 3; k--) {
            if (tokens.word(k).equals("the")) {
                return true;
            }
            if (!tokens.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean rightNoun(int verb, int to) {
        return verb + 1 < to && tokens.isWord(verb + 1) && !tokens.capitalised(verb + 1)
                && isNounLike(tokens.word(verb + 1));
    }

    private static boolean isNounLike(String word) {
        return word.equals("the") || word.endsWith("s") || word.equals("a") || word.equals("an");
    }

    /** "He" or "she": the last named speaker of this or the previous paragraph, else the last person named. */
    private Speaker pronoun(int offset) {
        if (lastSpeaker != null && currentParagraph - lastSpeakerParagraph <= 1) {
            return lastSpeaker;
        }
        return lastPersonBefore(offset);
    }

    private int firstWordOf(int from) {
        int k = from;
        while (k < tokens.size() && !tokens.isWord(k)) {
            k++;
        }
        return k;
    }

    /** "Roy Rickhuss, general secretary of the union, said" and "Its chief executive, Helen Dickinson, warned". */
    private Speaker apposition(int comma, int from) {
        int previous = comma - 1;
        while (previous >= from && previous > comma - 20 && !tokens.word(previous).equals(",")) {
            previous--;
        }
        if (previous < from || !tokens.word(previous).equals(",")) {
            return Speaker.UNNAMED;
        }
        if (previous - 1 >= from && mentions.endingAt(previous - 1) != null) {
            return ofMention(mentions.endingAt(previous - 1));
        }
        Speaker before = capitalisedName(previous - 1, from);
        if (before != null) {
            return before;
        }
        if (mentions.spans(previous + 1, comma - 1)) {
            return ofMention(mentions.startingAt(previous + 1));
        }
        Speaker apposed = capitalisedName(comma - 1, previous + 1);
        return apposed != null ? apposed : Speaker.UNNAMED;
    }

    private static Speaker ofMention(NameMention mention) {
        return mention.speaker() ? Speaker.named(mention.name()) : Speaker.UNNAMED;
    }

    /** The last person named before {@code offset} outside quotes: whom "he" or "she" most likely means. */
    private Speaker lastPersonBefore(int offset) {
        NameMention last = null;
        List<NameMention> all = mentions.all();
        for (int m = all.size() - 1; m >= 0 && last == null; m--) {
            NameMention mention = all.get(m);
            if (mention.end() <= offset && mention.person() && !quotes.insideQuote(tokens, mention.start())) {
                last = mention;
            }
        }
        for (NameMention mention : discovered) {
            if (mention.end() <= offset && (last == null || mention.end() > last.end())) {
                last = mention;
            }
        }
        return last == null ? Speaker.UNNAMED : Speaker.named(last.name());
    }
}
