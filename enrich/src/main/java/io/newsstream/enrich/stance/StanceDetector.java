package io.newsstream.enrich.stance;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels an article's stance toward each configured target it discusses, and the stance of each speaker it quotes.
 *
 * <p>A sentence is about a target when it holds one of the target's terms (and, for targets with context, a context
 * phrase is in its paragraph or twice in the article); a sentence without a term that sits in a paragraph about the
 * target counts for it at a lower weight. {@link SpeakerAttributor} splits each sentence into what the article says
 * in its own voice and what its speakers say; {@link StanceScorer} scores each part. The article's label comes from
 * its own voice only, so a report that relays what others think is NEUTRAL; each named speaker gets a label from
 * what they say. The headline counts as part of the article's text. Safe to share between threads.
 */
public final class StanceDetector {

    /** Voice score needed for the article to take a side: one clear evaluative sentence. */
    private static final double ARTICLE_THRESHOLD = 0.95;
    private static final double SPEAKER_THRESHOLD = 0.4;
    /** A sentence without a term, in a paragraph about the target. */
    private static final double CARRIED_TOPIC = 0.6;
    private static final int MAX_EVIDENCE = 3;
    /**
     * Sentences on the target an article needs, unless the headline or the lead is on it: one or two sentences in a
     * story about something else are a passing mention ("tariffs" recalled in a jobs report), not a stance to label.
     */
    static final int MIN_TARGET_SENTENCES = 3;
    private static final int LEAD_SENTENCES = 2;
    /** ... or one in this many of its sentences. */
    private static final int MIN_TARGET_SHARE = 20;

    private final StanceLexicon lexicon;
    private final StanceScorer scorer = new StanceScorer();

    public StanceDetector(List<StanceTarget> targets) {
        this.lexicon = StanceLexicon.of(targets);
    }

    /** With the bundled targets only. */
    public static StanceDetector bundled() {
        return new StanceDetector(StanceTargets.bundled());
    }

    /** With the bundled targets and the user's file or folder of targets (null: none) over them. */
    public static StanceDetector load(Path userTargets) {
        return new StanceDetector(StanceTargets.load(userTargets));
    }

    public List<StanceTarget> targets() {
        return lexicon.targets();
    }

    /**
     * One stance per target the article discusses, in the order of the targets.
     *
     * @param title the headline, or null
     * @param entities the body's entities, whose spans name the speakers
     */
    public List<Stance> detect(String title, String body, List<Entity> entities) {
        return detect(title, AnalysedText.of(body), entities);
    }

    /** As {@link #detect(String, String, List)}, for a body the enricher has already split into sentences. */
    public List<Stance> detect(String title, AnalysedText body, List<Entity> entities) {
        if (lexicon.targets().isEmpty()) {
            return List.of();
        }
        AnalysedText text = title == null || title.isBlank() ? body : body.withHeadline(title.strip());
        Article article = new Article(text, text.text().length() - body.text().length(), entities);
        List<Stance> stances = new ArrayList<>();
        for (int target = 0; target < lexicon.targets().size(); target++) {
            Stance stance = article.stance(target);
            if (stance != null) {
                stances.add(stance);
            }
        }
        return stances;
    }

    /** A direct quote and whom it is credited to: a canonical name, or "unnamed" or "voice" when nobody is named. */
    record CreditedQuote(String speaker, String text) {
    }

    /**
     * The article's direct quotes in order, a quote running over several sentences as one, with their speakers: the
     * regions the stances are read from, for checking attribution on real text.
     */
    List<CreditedQuote> quotes(String title, AnalysedText body, List<Entity> entities) {
        AnalysedText text = title == null || title.isBlank() ? body : body.withHeadline(title.strip());
        Article article = new Article(text, text.text().length() - body.text().length(), entities);
        List<CreditedQuote> quotes = new ArrayList<>();
        Region open = null;
        int openFrom = -1;
        for (List<Region> inSentence : article.regions) {
            for (Region region : inSentence) {
                boolean continues = open != null && region.quoted() && region.speaker().equals(open.speaker())
                        && region.from() == open.to();
                if (open != null && !continues) {
                    quotes.add(article.quote(open.speaker(), openFrom, open.to()));
                    open = null;
                }
                if (region.quoted() && region.to() > region.from()) {
                    openFrom = continues ? openFrom : region.from();
                    open = region;
                }
            }
        }
        if (open != null) {
            quotes.add(article.quote(open.speaker(), openFrom, open.to()));
        }
        return quotes;
    }

    /** Everything found once per article, then read per target. */
    private final class Article {
        private final List<Sentence> sentences;
        private final int[] paragraphOf;
        private final String text;
        private final Tokens tokens;
        private final List<List<Region>> regions;
        private final List<List<PhraseMatcher.Match<Cue>>> cuesBySentence = new ArrayList<>();
        /** Per target, per sentence: starts of its counted terms (null when none). */
        private final List<List<Integer>>[] termsBySentence;
        /** Per target, per sentence: whether it holds one of the target's context phrases. */
        private final boolean[][] contextInSentence;
        /** The sentences before this one are the headline and the lead (the body's first sentences). */
        private final int afterLead;

        @SuppressWarnings("unchecked")
        Article(AnalysedText analysed, int shift, List<Entity> entities) {
            text = analysed.text();
            sentences = analysed.sentences();
            paragraphOf = paragraphs(text, sentences);
            int firstOfBody = 0;
            while (firstOfBody < sentences.size() && sentences.get(firstOfBody).start() < shift) {
                firstOfBody++;
            }
            afterLead = firstOfBody + LEAD_SENTENCES;
            tokens = Tokens.of(text, lexicon.knownWords());
            SentenceTokens sentenceTokens = SentenceTokens.of(tokens, sentences);
            regions = new SpeakerAttributor(text, tokens, sentenceTokens, paragraphOf, mentions(entities, shift))
                    .attribute();
            for (int s = 0; s < sentences.size(); s++) {
                cuesBySentence.add(new ArrayList<>());
            }
            for (PhraseMatcher.Match<Cue> cue : lexicon.cues().find(tokens, 0, tokens.size())) {
                if (sentenceTokens.sentenceOf(cue.start()) >= 0) {
                    cuesBySentence.get(sentenceTokens.sentenceOf(cue.start())).add(cue);
                }
            }
            int targets = lexicon.targets().size();
            termsBySentence = new List[targets];
            contextInSentence = new boolean[targets][sentences.size()];
            countTerms(sentenceTokens, targets);
        }

        CreditedQuote quote(Speaker speaker, int from, int to) {
            String name = switch (speaker.kind()) {
                case VOICE -> "voice";
                case UNNAMED -> "unnamed";
                case NAMED -> speaker.name();
            };
            return new CreditedQuote(name, text.substring(tokens.start(from), tokens.end(to - 1)));
        }

        private void countTerms(SentenceTokens sentenceOf, int targets) {
            int paragraphs = sentences.isEmpty() ? 0 : paragraphOf[sentences.size() - 1] + 1;
            boolean[][] contextIn = new boolean[targets][paragraphs];
            int[] contextCount = new int[targets];
            List<PhraseMatcher.Match<StanceLexicon.Term>> found = lexicon.terms().find(tokens, 0, tokens.size());
            // Per target, the tokens inside its exclusions ("arms control"), where its terms are in another sense.
            boolean[][] excluded = new boolean[targets][];
            for (PhraseMatcher.Match<StanceLexicon.Term> match : found) {
                if (match.value().kind() == StanceLexicon.Term.Kind.EXCLUDE) {
                    int t = match.value().target();
                    if (excluded[t] == null) {
                        excluded[t] = new boolean[tokens.size()];
                    }
                    Arrays.fill(excluded[t], match.start(), match.end(), true);
                }
            }
            for (PhraseMatcher.Match<StanceLexicon.Term> match : found) {
                int s = sentenceOf.sentenceOf(match.start());
                if (match.value().context() && s >= 0) {
                    contextIn[match.value().target()][paragraphOf[s]] = true;
                    contextInSentence[match.value().target()][s] = true;
                    contextCount[match.value().target()]++;
                }
            }
            for (PhraseMatcher.Match<StanceLexicon.Term> match : found) {
                int s = sentenceOf.sentenceOf(match.start());
                int t = match.value().target();
                if (match.value().kind() != StanceLexicon.Term.Kind.TERM || s < 0
                        || excluded[t] != null && excluded[t][match.start()]) {
                    continue;
                }
                boolean inContext = lexicon.targets().get(t).context().isEmpty() || contextIn[t][paragraphOf[s]]
                        || contextCount[t] >= 2;
                if (inContext) {
                    if (termsBySentence[t] == null) {
                        termsBySentence[t] = new ArrayList<>();
                        for (int i = 0; i < sentences.size(); i++) {
                            termsBySentence[t].add(null);
                        }
                    }
                    List<Integer> starts = termsBySentence[t].get(s);
                    if (starts == null) {
                        starts = new ArrayList<>();
                        termsBySentence[t].set(s, starts);
                    }
                    starts.add(match.start());
                }
            }
        }

        /**
         * Whether the article is about the target: enough sentences on it, or the headline or lead is. A headline or
         * lead sentence counts only with the target's context in it ("Russian tanks on the streets" opening a story on
         * universities is not military aid to Ukraine); past a brief, a fair share counts only when the target comes
         * back after other things, not in one passage of consecutive sentences (tariffs recalled in a court story).
         */
        private boolean about(int target, List<List<Integer>> terms) {
            boolean needsContext = !lexicon.targets().get(target).context().isEmpty();
            int count = 0;
            int first = -1;
            boolean apart = false;
            for (int s = 0; s < sentences.size(); s++) {
                if (terms.get(s) != null) {
                    count++;
                    apart |= first >= 0 && s - first >= count;
                    first = first < 0 ? s : first;
                    if (s < afterLead && (!needsContext || contextInSentence[target][s])
                            || count >= MIN_TARGET_SENTENCES) {
                        return true;
                    }
                }
            }
            // A short article needs fewer: a brief is about what a fair share of its sentences are about; in a longer
            // one, a single passage is a passing mention.
            return count * MIN_TARGET_SHARE >= sentences.size() && (apart || sentences.size() <= MIN_TARGET_SHARE);
        }

        /** How many targets the article discusses: with one, all its speakers' words are taken to be about it. */
        private int discussed() {
            int count = 0;
            for (List<List<Integer>> terms : termsBySentence) {
                count += terms == null ? 0 : 1;
            }
            return count;
        }

        Stance stance(int target) {
            List<List<Integer>> terms = termsBySentence[target];
            if (terms == null || !about(target, terms)) {
                return null;
            }
            boolean onlyTarget = discussed() == 1;
            boolean[] paragraphAbout = new boolean[paragraphOf.length == 0 ? 0 : paragraphOf[paragraphOf.length - 1] + 1];
            for (int s = 0; s < sentences.size(); s++) {
                if (terms.get(s) != null) {
                    paragraphAbout[paragraphOf[s]] = true;
                }
            }
            double voice = 0;
            List<Scored> voiceSentences = new ArrayList<>();
            List<Integer> aboutSentences = new ArrayList<>();
            Map<String, Tally> speakers = new LinkedHashMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                boolean own = terms.get(s) != null;
                if (own) {
                    aboutSentences.add(s);
                }
                int paragraph = paragraphOf[s];
                for (Region region : regions.get(s)) {
                    if (region.speaker().kind() == Speaker.Kind.UNNAMED) {
                        continue;
                    }
                    boolean isVoice = region.speaker().kind() == Speaker.Kind.VOICE;
                    boolean carried = paragraphAbout[paragraph]
                            || !isVoice && (onlyTarget || paragraph > 0 && paragraphAbout[paragraph - 1]);
                    double topic = own ? 1.0 : carried ? CARRIED_TOPIC : 0;
                    if (topic == 0) {
                        continue;
                    }
                    List<Integer> regionTerms = own ? within(terms.get(s), region) : List.of();
                    if (regionTerms.isEmpty() && !hasCue(cuesBySentence.get(s), region, target)) {
                        // Nothing to score; the sentence still counts as about the target for its speaker.
                        if (!isVoice) {
                            speakers.computeIfAbsent(region.speaker().name(), name -> new Tally()).add(s, 0, own);
                        }
                        continue;
                    }
                    double score = topic * scorer.score(tokens, region.from(), region.to(), target, cuesBySentence.get(s),
                            regionTerms, otherTerms(target, s, region), isVoice).score();
                    if (isVoice) {
                        voice += score;
                        voiceSentences.add(new Scored(s, score));
                    } else {
                        speakers.computeIfAbsent(region.speaker().name(), name -> new Tally()).add(s, score, own);
                    }
                }
            }
            StanceLabel label = voice >= ARTICLE_THRESHOLD ? StanceLabel.FAVOR
                    : voice <= -ARTICLE_THRESHOLD ? StanceLabel.AGAINST : StanceLabel.NEUTRAL;
            List<SpeakerStance> speakerStances = new ArrayList<>();
            speakers.forEach((name, tally) -> {
                if (tally.own || Math.abs(tally.score) >= SPEAKER_THRESHOLD) {
                    StanceLabel speakerLabel = tally.score >= SPEAKER_THRESHOLD ? StanceLabel.FAVOR
                            : tally.score <= -SPEAKER_THRESHOLD ? StanceLabel.AGAINST : StanceLabel.NEUTRAL;
                    int evidence = speakerLabel == StanceLabel.NEUTRAL && tally.firstOwn >= 0 ? tally.firstOwn : tally.best;
                    speakerStances.add(new SpeakerStance(name, speakerLabel, sentences.get(evidence).text()));
                }
            });
            return new Stance(lexicon.targets().get(target).id(), label, confidence(label, voice, voiceSentences),
                    evidence(label, voiceSentences, aboutSentences), speakerStances);
        }

        private static double confidence(StanceLabel label, double voice, List<Scored> voiceSentences) {
            double leaning = voiceSentences.stream().mapToDouble(scored -> Math.abs(scored.score())).sum();
            if (label == StanceLabel.NEUTRAL) {
                // Sure when the article's voice takes no side at all, less so when it leans a little.
                return round(0.9 - 0.4 * Math.min(1.0, leaning / (2 * ARTICLE_THRESHOLD)));
            }
            // Grows with how much the voice argues (three clear sentences are plenty) and how consistently.
            double agreement = leaning == 0 ? 0 : Math.abs(voice) / leaning;
            return round(0.5 + 0.45 * agreement * Math.min(1.0, Math.abs(voice) / 3));
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }

        private List<String> evidence(StanceLabel label, List<Scored> voiceSentences, List<Integer> aboutSentences) {
            List<Integer> chosen;
            if (label == StanceLabel.NEUTRAL) {
                chosen = aboutSentences.stream().limit(MAX_EVIDENCE).toList();
            } else {
                int sign = label == StanceLabel.FAVOR ? 1 : -1;
                chosen = voiceSentences.stream().filter(scored -> scored.score() * sign > 0)
                        .sorted(Comparator.comparingDouble((Scored scored) -> -Math.abs(scored.score())))
                        .limit(MAX_EVIDENCE).map(Scored::sentence).distinct().sorted().toList();
            }
            return chosen.stream().map(s -> sentences.get(s).text()).toList();
        }

        private static boolean hasCue(List<PhraseMatcher.Match<Cue>> cues, Region region, int target) {
            for (PhraseMatcher.Match<Cue> cue : cues) {
                if (cue.start() >= region.from() && cue.start() < region.to() && cue.value().appliesTo(target)) {
                    return true;
                }
            }
            return false;
        }

        private List<Integer> otherTerms(int target, int sentence, Region region) {
            List<Integer> others = new ArrayList<>();
            for (int t = 0; t < termsBySentence.length; t++) {
                if (t != target && termsBySentence[t] != null && termsBySentence[t].get(sentence) != null) {
                    others.addAll(within(termsBySentence[t].get(sentence), region));
                }
            }
            return others;
        }

        private static List<Integer> within(List<Integer> starts, Region region) {
            List<Integer> inside = new ArrayList<>();
            for (int start : starts) {
                if (start >= region.from() && start < region.to()) {
                    inside.add(start);
                }
            }
            return inside;
        }
    }

    private record Scored(int sentence, double score) {
    }

    /** What one speaker said about one target. */
    private static final class Tally {
        private double score;
        private boolean own;
        private int best = -1;
        private double bestStrength = -1;
        private int firstOwn = -1;

        void add(int sentence, double value, boolean ownTopic) {
            score += value;
            if (ownTopic) {
                own = true;
                if (firstOwn < 0) {
                    firstOwn = sentence;
                }
            }
            if (Math.abs(value) > bestStrength) {
                bestStrength = Math.abs(value);
                best = sentence;
            }
        }
    }

    private static int[] paragraphs(String text, List<Sentence> sentences) {
        int[] paragraphOf = new int[sentences.size()];
        int paragraph = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0 && text.substring(sentences.get(s - 1).end(), sentences.get(s).start()).indexOf('\n') >= 0) {
                paragraph++;
            }
            paragraphOf[s] = paragraph;
        }
        return paragraphOf;
    }

    private static List<NameMention> mentions(List<Entity> entities, int shift) {
        List<NameMention> mentions = new ArrayList<>();
        for (Entity entity : entities) {
            boolean person = entity.type() == EntityType.PERSON;
            boolean speaker = person || entity.type() == EntityType.ORG;
            for (Span span : entity.spans()) {
                mentions.add(new NameMention(span.start() + shift, span.end() + shift, entity.name(), person, speaker,
                        entity.type() == EntityType.LOCATION));
            }
        }
        mentions.sort(Comparator.comparingInt(NameMention::start));
        return mentions;
    }
}
