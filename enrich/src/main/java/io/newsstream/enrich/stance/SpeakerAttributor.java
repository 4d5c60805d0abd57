package io.newsstream.enrich.stance;

import io.newsstream.enrich.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who speaks in each sentence: direct quotes (also over several sentences and continued in the next
 * paragraph), reported speech ("X said", "said X", "X told", "according to X", "X urged/warned/insisted that"),
 * stance verbs ("X welcomed", "X rejected"), and "he"/"she" resolved to the last person named outside quotes. Names
 * come from the article's entities, so speakers get canonical names. What nobody is said to say is the article's own
 * voice; what unnamed people say ("officials said", "critics argue") is neither the voice nor a named speaker.
 */
final class SpeakerAttributor {

    /** Verbs that attribute what is near them to their subject. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "urged", "urges", "warned",
            "warns", "insisted", "insists", "maintained", "maintains", "argued", "argues", "argue", "stressed",
            "stresses", "noted", "notes", "claimed", "claims", "declared", "declares", "wrote", "writes", "posted",
            "replied", "explained", "acknowledged", "admitted", "conceded", "contended", "countered", "cautioned",
            "emphasised", "emphasized", "reiterated", "repeated", "announced", "predicted", "suggested", "believes",
            "called", "calls", "accused", "accuses", "vowed", "pledged", "promised", "demanded", "demands",
            "welcomed", "welcomes", "backed", "backs", "supported", "opposed", "opposes", "rejected", "rejects",
            "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "praised", "dismissed",
            "dismisses", "hailed", "defended", "defends", "attacked", "lobbied", "reacted", "asked", "objected",
            "agreed", "thinks", "think", "believe",
            // Headlines speak in the present: "Macron and Meloni back tougher sanctions", "Union welcomes tariffs".
            "back", "support", "supports", "welcome", "oppose", "reject", "warn", "urge", "slams", "blasts");
    /** Words between a subject and its verb that do not end the subject ("Orbán has repeatedly said"). */
    private static final Set<String> SKIPPABLE = Set.of(
            "also", "has", "had", "have", "later", "then", "again", "repeatedly", "previously",
            "recently", "earlier", "publicly", "reportedly", "once", "already", "openly", "separately", "further",
            "long", "himself", "herself", "itself", "sharply", "afterwards", "often", "quickly", "instead",
            "firmly", "loudly", "privately", "still", "too");
    /** A verb after these is a second verb of the same subject ("said X and added"), or a noun ("the calls for"). */
    private static final Set<String> NOT_A_SUBJECT = Set.of(
            "and", "but", "or", "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "to",
            "whose", "any", "no", "such", "many", "of", "for", "with", "be", "been", "being", "is", "are", "was",
            "were", "can", "could", "would", "should", "must", "might", "may");
    /** "The minister said": a role named with "the" points back to the last speaker, as a pronoun does. */
    private static final Set<String> ROLES = Set.of(
            "minister", "president", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson", "senator",
            "governor", "secretary", "envoy", "leader", "ambassador", "commissioner", "mayor", "chief", "official",
            "economist", "analyst", "executive", "lawmaker", "negotiator");
    /** Words that join the capitalised words of a name ("Chamber of Commerce"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "de", "du", "la", "von", "van");
    /** A capitalised name before one of these is an organisation ("the European Digital Rights network said"). */
    private static final Set<String> ORGANISATION_HEADS = Set.of(
            "network", "group", "union", "association", "alliance", "party", "agency", "coalition", "council",
            "institute", "foundation", "campaign", "federation", "ministry", "company", "firm", "consortium");

    /**
     * @param anchor where the speaker's stretch starts (the subject)
     * @param ownsPreceding whether what comes before the subject is the speaker's too ("..., Sybiha said")
     */
    private record Attribution(int trigger, int anchor, Speaker speaker, boolean ownsPreceding) {
    }

    private final Tokens tokens;
    private final List<Sentence> sentences;
    private final int[] paragraphOf;
    private final List<NameMention> mentions;
    private final int[] mentionEnding;
    private final int[] mentionStarting;
    private final int[] quoteOf;
    private final List<int[]> quotes;
    private final String text;
    /** Names found only by their capitalised words, kept so "he" and "she" can point back to them. */
    private final List<NameMention> discovered = new ArrayList<>();
    /** People by the last word of their name, for surnames the entity finder did not link (headlines). */
    private final Map<String, String> bySurname = new HashMap<>();
    private Speaker lastSpeaker;
    private int lastSpeakerParagraph = -2;
    private int currentParagraph;

    SpeakerAttributor(String text, Tokens tokens, List<Sentence> sentences, int[] paragraphOf, List<NameMention> mentions) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.paragraphOf = paragraphOf;
        this.mentions = mentions;
        this.mentionEnding = new int[tokens.size()];
        this.mentionStarting = new int[tokens.size()];
        Arrays.fill(mentionEnding, -1);
        Arrays.fill(mentionStarting, -1);
        for (int m = 0; m < mentions.size(); m++) {
            NameMention mention = mentions.get(m);
            int first = tokens.firstAtOrAfter(mention.start());
            int last = tokens.firstAtOrAfter(mention.end()) - 1;
            if (first <= last && first < tokens.size()) {
                mentionStarting[first] = m;
                mentionEnding[last] = m;
            }
        }
        for (NameMention mention : mentions) {
            if (mention.person()) {
                String name = mention.name();
                String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                bySurname.putIfAbsent(surname, name);
            }
        }
        this.quotes = quoteSpans(text);
        this.quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            int from = tokens.firstAtOrAfter(quotes.get(q)[0]);
            int to = tokens.firstAtOrAfter(quotes.get(q)[1]);
            for (int t = from; t < to; t++) {
                quoteOf[t] = q;
            }
        }
    }

    /**
     * Quoted stretches as character ranges, per paragraph: curly quotes pair up, straight ones alternate, and a quote
     * still open at the end of a paragraph ends there (news copy reopens it in the next paragraph).
     */
    private static List<int[]> quoteSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    spans.add(new int[] {open, i});
                    open = -1;
                }
            } else if (c == '\u201C' || c == '\u00AB' || c == '"' && open < 0) {
                if (open < 0) {
                    open = i;
                }
            } else if ((c == '\u201D' || c == '\u00BB' || c == '"') && open >= 0) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, text.length()});
        }
        return spans;
    }

    /** The regions of every sentence, in order; each sentence's regions cover its tokens. */
    List<List<Region>> attribute() {
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

    private int firstToken(int sentence) {
        return tokens.firstAtOrAfter(sentences.get(sentence).start());
    }

    private int endToken(int sentence) {
        return tokens.firstAtOrAfter(sentences.get(sentence).end());
    }

    private List<Attribution> attributions(int s) {
        int from = firstToken(s);
        int to = endToken(s);
        currentParagraph = paragraphOf[s];
        List<Attribution> found = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (quoteOf[t] >= 0 || !tokens.isWord(t)) {
                continue;
            }
            String word = tokens.word(t);
            if (word.equals("according") && t + 1 < to && tokens.word(t + 1).equals("to")) {
                // "X said ..., according to Reuters": the outlet reports, X speaks.
                if (found.isEmpty()) {
                    found.add(new Attribution(t, t, remember(rightSubject(t + 1, to, true)), t > from
                            && tokens.word(t - 1).equals(",")));
                }
                t++;
            } else if (SPEECH_VERBS.contains(word) && !(t > from && NOT_A_SUBJECT.contains(tokens.word(t - 1)))) {
                Speaker speaker = subject(t, from, to);
                // After the first attribution, what others "opposed" or "said" is usually part of what is reported,
                // unless a new named speaker takes over ("X said ..., while Y said ...").
                boolean accepted = speaker != null && speaker.kind() != Speaker.Kind.VOICE
                        && (found.isEmpty() || speaker.isNamed() && !speaker.equals(found.get(found.size() - 1).speaker()));
                if (accepted) {
                    int anchor = anchor(t, from);
                    boolean owns = anchor > from && (tokens.word(anchor - 1).equals(",")
                            || tokens.word(anchor - 1).equals(Tokens.QUOTE)) || anchor == t;
                    found.add(new Attribution(t, anchor, remember(speaker), owns));
                }
            }
        }
        return found;
    }

    /** Where the attributed stretch begins: the start of the subject before the verb. */
    private int anchor(int verb, int from) {
        int k = verb - 1;
        while (k >= from && tokens.isWord(k) && k > verb - 6) {
            if (mentionStarting[k] >= 0) {
                return k;
            }
            k--;
        }
        return Math.max(from, k + 1);
    }

    private Speaker remember(Speaker speaker) {
        if (speaker.isNamed()) {
            lastSpeaker = speaker;
            lastSpeakerParagraph = currentParagraph;
        }
        return speaker;
    }

    /** The subject of a speech verb; null when there is none (the verb is not an attribution). */
    private Speaker subject(int verb, int from, int to) {
        int left = verb - 1;
        while (left >= from && SKIPPABLE.contains(tokens.word(left))) {
            left--;
        }
        boolean inverted = left < from || tokens.word(left).equals(",") || tokens.word(left).equals(Tokens.QUOTE);
        if (inverted) {
            Speaker right = rightSubject(verb, to, false);
            if (right != null) {
                return right;
            }
        }
        if (left < from) {
            return null;
        }
        String word = tokens.word(left);
        if (mentionEnding[left] >= 0) {
            NameMention mention = mentions.get(mentionEnding[left]);
            int before = tokens.firstAtOrAfter(mention.start()) - 1;
            // "Rep. Dale Pruitt of Kansas said": the place belongs to the person before it.
            if (!mention.speaker() && before - 1 >= from && (tokens.word(before).equals("of")
                    || tokens.word(before).equals("from")) && mentionEnding[before - 1] >= 0) {
                return ofMention(mentions.get(mentionEnding[before - 1]));
            }
            return ofMention(mention);
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
        if (!tokens.isWord(left) || NOT_A_SUBJECT.contains(word)) {
            return null;
        }
        if (ROLES.contains(word) && definiteRole(left, from)) {
            return pronoun(tokens.start(left));
        }
        if (tokens.capitalised(left) && bySurname.containsKey(word)) {
            return Speaker.named(bySurname.get(word));
        }
        if (ORGANISATION_HEADS.contains(word)) {
            Speaker organisation = capitalisedName(left - 1, from);
            return organisation != null ? organisation : Speaker.UNNAMED;
        }
        Speaker name = capitalisedName(left, from);
        return name != null ? name : Speaker.UNNAMED;
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
            } else if (NAME_JOINERS.contains(tokens.word(first - 1)) && first - 2 >= from && tokens.capitalised(first - 2)) {
                first--;
            } else {
                break;
            }
        }
        if (first == firstWordOf(from) && capitals > 1 && tokens.word(first).length() > 0
                && Set.of("a", "an", "in", "on", "at", "but", "and", "after", "as").contains(tokens.word(first))) {
            first++;
            capitals--;
        }
        for (int k = first; k <= last; k++) {
            if (mentionStarting[k] >= 0 && mentions.get(mentionStarting[k]).person()) {
                return ofMention(mentions.get(mentionStarting[k]));
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
        return verb + 1 < to && tokens.isWord(verb + 1) && !tokens.capitalised(verb + 1) && isNounLike(tokens.word(verb + 1));
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
        if (previous - 1 >= from && mentionEnding[previous - 1] >= 0) {
            return ofMention(mentions.get(mentionEnding[previous - 1]));
        }
        Speaker before = capitalisedName(previous - 1, from);
        if (before != null) {
            return before;
        }
        if (mentionStarting[previous + 1] >= 0 && mentionEnding[comma - 1] == mentionStarting[previous + 1]) {
            return ofMention(mentions.get(mentionStarting[previous + 1]));
        }
        Speaker apposed = capitalisedName(comma - 1, previous + 1);
        return apposed != null ? apposed : Speaker.UNNAMED;
    }

    /**
     * "said Sergei Lavrov", "said Foreign Minister Sergei Lavrov", "according to Marta Olsen", "said officials": a
     * name right after the verb, or after capitalised title words only.
     */
    private Speaker rightSubject(int verb, int to, boolean always) {
        for (int k = verb + 1; k < to && k <= verb + 6; k++) {
            if (!tokens.isWord(k)) {
                break;
            }
            if (mentionStarting[k] >= 0) {
                return ofMention(mentions.get(mentionStarting[k]));
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

    private static boolean isNounLike(String word) {
        return word.equals("the") || word.endsWith("s") || word.equals("a") || word.equals("an");
    }

    private Speaker ofMention(NameMention mention) {
        return mention.speaker() ? Speaker.named(mention.name()) : Speaker.UNNAMED;
    }

    /** The last person named before {@code offset} outside quotes: whom "he" or "she" most likely means. */
    private Speaker lastPersonBefore(int offset) {
        NameMention last = null;
        for (int m = mentions.size() - 1; m >= 0 && last == null; m--) {
            NameMention mention = mentions.get(m);
            if (mention.end() <= offset && mention.person() && !insideQuote(mention.start())) {
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

    private boolean insideQuote(int offset) {
        int token = tokens.firstAtOrAfter(offset);
        return token < tokens.size() && quoteOf[token] >= 0;
    }

    /** Who says each quote: an attribution next to it, else the last speaker of this or the previous paragraph. */
    private Speaker[] quoteSpeakers(List<List<Attribution>> bySentence) {
        Speaker[] speakers = new Speaker[quotes.size()];
        int[] sentenceOfToken = new int[tokens.size()];
        Arrays.fill(sentenceOfToken, -1);
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = firstToken(s); t < endToken(s); t++) {
                sentenceOfToken[t] = s;
            }
        }
        Speaker last = null;
        int lastParagraph = -2;
        for (int q = 0; q < quotes.size(); q++) {
            int first = tokens.firstAtOrAfter(quotes.get(q)[0]);
            int end = tokens.firstAtOrAfter(quotes.get(q)[1]);
            if (first >= end) {
                continue;
            }
            int startSentence = sentenceOfToken[first];
            int endSentence = sentenceOfToken[end - 1];
            if (startSentence < 0 || endSentence < 0) {
                continue;
            }
            Speaker speaker = null;
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
            boolean wholeSentences = first <= firstToken(startSentence) + 1;
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

    private List<Region> regions(int s, List<Attribution> attributions, Speaker[] quoteSpeakers) {
        int from = firstToken(s);
        int to = endToken(s);
        List<Region> regions = new ArrayList<>();
        int regionStart = from;
        Speaker current = null;
        boolean currentQuoted = false;
        for (int t = from; t < to; t++) {
            Speaker speaker;
            boolean quoted = false;
            if (quoteOf[t] >= 0 && quoteSpeakers[quoteOf[t]] != null) {
                speaker = quoteSpeakers[quoteOf[t]];
                quoted = true;
            } else if (quoteOf[t] >= 0 && isWholeSentenceQuote(quoteOf[t], s)) {
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

    private boolean isWholeSentenceQuote(int quote, int sentence) {
        return tokens.firstAtOrAfter(quotes.get(quote)[0]) <= firstToken(sentence) + 1;
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
