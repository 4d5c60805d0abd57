package io.newsstream.enrich.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Scores a stretch of tokens for one target: positive for support, negative for opposition, zero for none.
 *
 * <p>Within a clause, an action ("tighten", "lift") takes its sign from the evaluation or advocacy governing it
 * ("oppose lifting" supports sanctions, "should tighten" supports them); an evaluation alone counts its own sign, and
 * advocacy alone counts only when a term of the target follows it ("called for peace talks"). A negation up to three
 * words before a cue ("not", "never", "refused to") turns it around. The clause after "but", "however" or "yet"
 * weighs three times the one before; a concession ("although ...") or a condition ("if ...") weighs less; a
 * hypothetical ("would", "could") counts less than a plain statement, and a question half. An action alone is a
 * position when a speaker states it ("we will send more"), but not in the article's own voice, where it is reporting.
 */
final class StanceScorer {

    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "nor", "neither", "without", "cannot", "hardly", "barely", "nobody", "refused",
            "refuse", "refuses", "declined", "declines");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "nevertheless", "nonetheless");
    private static final Set<String> CONCESSIONS = Set.of("although", "though", "whereas", "despite", "while");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    private static final Set<String> HEDGES = Set.of("would", "could", "might", "may", "will");
    /** A cue word after these is a noun ("the calls for", "a push for"), not advocacy. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "these",
            "those", "our");
    /** "stop treating", "quit pretending": what follows is denied, not an action on the target. */
    private static final Set<String> STOPPING = Set.of("stop", "stops", "stopped", "quit");
    /**
     * Modal advocacy governs a verb: a term counts as its object only right after it ("must negotiate"), while
     * "called for" takes a noun ("called for a ceasefire") a few words on.
     */
    private static final Set<String> MODALS = Set.of("should", "must", "need", "needs", "have", "has", "ought",
            "time", "it", "let", "wants", "want", "promised", "vowed", "pledged", "ready", "prepared");
    private static final Set<String> ACCUSING = Set.of("accused", "accuses", "accusing", "blamed", "blames", "blaming");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "-", "(", ")", "but", "however", "yet",
            "although", "though", "whereas", "because", "while");
    private static final double ACTION_ALONE = 0.75;

    /** One scored stretch, and how strongly it leans. */
    record Result(double score, boolean hasCue) {
        static final Result NONE = new Result(0, false);
    }

    private record Placed(int start, int end, Cue cue, int sign) {
    }

    /**
     * @param cues the cue matches overlapping {@code [from, to)} (others are ignored), in order of start
     * @param terms starts of the target's terms in the stretch
     * @param otherTerms starts of other targets' terms in the stretch: a general cue in a clause about another
     *     target only is not about this one
     * @param voice whether the stretch is the article's own voice
     */
    Result score(Tokens tokens, int from, int to, int target, List<PhraseMatcher.Match<Cue>> cues, List<Integer> terms,
                 List<Integer> otherTerms, boolean voice) {
        int[] clause = clauses(tokens, from, to);
        List<Placed> placed = choose(tokens, from, to, target, cues, clause, terms, otherTerms);
        double[] weight = weights(tokens, from, to, terms);
        double score = negatedTerms(tokens, from, terms, placed, weight);
        if (placed.isEmpty()) {
            return score == 0 ? Result.NONE : new Result(score, true);
        }
        boolean[] paired = new boolean[placed.size()];
        for (int i = 0; i < placed.size(); i++) {
            Placed action = placed.get(i);
            if (!action.cue().kind().isAction()) {
                continue;
            }
            int operator = operatorFor(placed, i, clause, from);
            double w = weight[action.start() - from];
            if (operator >= 0) {
                paired[operator] = true;
                Placed op = placed.get(operator);
                double hedge = HEDGES.contains(tokens.word(op.start())) ? 0.7 : 1.0;
                score += op.sign() * action.sign() * w * hedge;
            } else if (!voice) {
                score += action.sign() * w * ACTION_ALONE;
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            Placed op = placed.get(i);
            if (paired[i] || op.cue().kind().isAction()) {
                continue;
            }
            double w = weight[op.start() - from];
            if (op.cue().kind() == Cue.Kind.URGE) {
                // "called for peace talks"; "will" and "would" only say what happens next.
                if (!HEDGES.contains(tokens.word(op.start())) && termFollows(tokens, op, terms, from, to,
                        MODALS.contains(tokens.word(op.start())) ? 2 : 4)) {
                    score += op.sign() * w;
                }
            } else {
                score += op.sign() * w;
            }
        }
        if (endsWithQuestion(tokens, from, to)) {
            score *= 0.5;
        }
        return new Result(score, true);
    }

    /** The cues that apply to the target, leftmost-longest where they overlap, with their negation applied. */
    private static List<Placed> choose(Tokens tokens, int from, int to, int target, List<PhraseMatcher.Match<Cue>> cues,
                                       int[] clause, List<Integer> terms, List<Integer> otherTerms) {
        List<Placed> chosen = new ArrayList<>();
        int taken = from;
        for (int i = 0; i < cues.size(); i++) {
            PhraseMatcher.Match<Cue> match = cues.get(i);
            if (match.start() < taken || match.end() > to || !match.value().appliesTo(target)) {
                continue;
            }
            PhraseMatcher.Match<Cue> longest = match;
            for (int j = i + 1; j < cues.size() && cues.get(j).start() == match.start(); j++) {
                PhraseMatcher.Match<Cue> other = cues.get(j);
                if (other.value().appliesTo(target) && other.end() <= to && other.end() > longest.end()) {
                    longest = other;
                }
            }
            taken = longest.end();
            Cue cue = longest.value();
            if (cue.kind() == Cue.Kind.IGNORE || skipped(tokens, longest, from, clause, terms, otherTerms)) {
                continue;
            }
            // A cue that is also a term ("blank cheques") names the target with its speaker's judgement: no negation
            // turns that around ("stop writing blank cheques").
            boolean naming = !cue.kind().isAction() && cue.target() >= 0 && terms.contains(longest.start());
            boolean negated = !naming && negated(tokens, longest.start(), longest.end(), from, to, cue, chosen);
            int sign = cue.kind().sign * (negated ? -1 : 1);
            chosen.add(new Placed(longest.start(), longest.end(), cue, sign));
        }
        return chosen;
    }

    private static boolean skipped(Tokens tokens, PhraseMatcher.Match<Cue> match, int from, int[] clause,
                                   List<Integer> terms, List<Integer> otherTerms) {
        Cue cue = match.value();
        int start = match.start();
        if (cue.kind() == Cue.Kind.URGE && start > from && DETERMINERS.contains(tokens.word(start - 1))) {
            return true;
        }
        if (cue.kind().isAction() && STOPPING.contains(tokens.word(start)) && start + 1 == match.end()
                && start + 1 < tokens.size() && tokens.word(start + 1).endsWith("ing")) {
            return true;
        }
        if (cue.target() < 0) {
            int own = clause[start - from];
            boolean ownTerm = terms.stream().anyMatch(t -> t >= from && t - from < clause.length && clause[t - from] == own);
            boolean otherTerm = otherTerms.stream()
                    .anyMatch(t -> t >= from && t - from < clause.length && clause[t - from] == own);
            return otherTerm && !ownTerm;
        }
        return false;
    }

    /**
     * A negation up to three words before; for advocacy also right after ("should not", "will never"), which then
     * does not negate the action too ("would not agree" is one negation). "Accused X of dragging out" denies what
     * follows "of".
     */
    private static boolean negated(Tokens tokens, int start, int end, int from, int to, Cue cue, List<Placed> before) {
        if (cue.kind() == Cue.Kind.URGE && end < to && NEGATIONS.contains(tokens.word(end))) {
            return true;
        }
        if (start - 1 >= from && tokens.word(start - 1).equals("of")) {
            for (int k = start - 2; k >= from && k >= start - 6; k--) {
                if (ACCUSING.contains(tokens.word(k))) {
                    return true;
                }
            }
        }
        for (int k = start - 1; k >= from && k >= start - 3; k--) {
            String word = tokens.word(k);
            if (NEGATIONS.contains(word)) {
                int negation = k;
                boolean takenByAdvocacy = before.stream().anyMatch(p -> p.cue().kind() == Cue.Kind.URGE
                        && p.end() == negation);
                return !takenByAdvocacy;
            }
            if (STOPPING.contains(word) && k + 1 < start && tokens.word(k + 1).endsWith("ing")) {
                return true;
            }
            if (word.equals("and") || word.equals("or")) {
                return false;
            }
            if (!tokens.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** "not a ceasefire", "no talks": a term denied outright leans against the target. */
    private static double negatedTerms(Tokens tokens, int from, List<Integer> terms, List<Placed> placed, double[] weight) {
        double score = 0;
        for (int term : terms) {
            int k = term - 1;
            while (k >= from && k >= term - 3 && Set.of("a", "an", "the", "any").contains(tokens.word(k))) {
                k--;
            }
            int negation = k;
            if (k >= from && (tokens.word(k).equals("no") || tokens.word(k).equals("not") || tokens.word(k).equals("without"))
                    && placed.stream().noneMatch(p -> p.start() <= term && term < p.end()
                            || p.start() <= negation && negation < p.end())
                    && term - from < weight.length) {
                score -= weight[term - from];
            }
        }
        return score;
    }

    /** The evaluation or advocacy governing an action: the nearest before it in its clause, else an evaluation after. */
    private static int operatorFor(List<Placed> placed, int action, int[] clause, int from) {
        int actionClause = clause[placed.get(action).start() - from];
        for (int k = action - 1; k >= 0; k--) {
            Placed candidate = placed.get(k);
            if (clause[candidate.start() - from] != actionClause) {
                break;
            }
            if (!candidate.cue().kind().isAction()) {
                return k;
            }
        }
        for (int k = action + 1; k < placed.size(); k++) {
            Placed candidate = placed.get(k);
            if (clause[candidate.start() - from] != actionClause
                    || candidate.start() - placed.get(action).end() > 6) {
                break;
            }
            // After the action only an evaluation governs it ("lifting them would be a mistake"); a modal there
            // belongs to the action's own clause.
            if (!candidate.cue().kind().isAction() && candidate.cue().kind() != Cue.Kind.URGE) {
                return k;
            }
        }
        return -1;
    }

    /** A term of the target within a few words after the cue, with no comma between. */
    private static boolean termFollows(Tokens tokens, Placed op, List<Integer> terms, int from, int to, int reach) {
        for (int term : terms) {
            if (term >= op.end() && term < to && term - op.end() <= reach) {
                boolean comma = false;
                for (int k = op.end(); k < term; k++) {
                    comma |= !tokens.isWord(k);
                }
                if (!comma) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Contrast, concession and condition weights per token. The clause after "but" dominates only when it is about
     * the target too ("supported the aid but warned against sending troops" still supports the aid).
     */
    private static double[] weights(Tokens tokens, int from, int to, List<Integer> terms) {
        double[] weight = new double[to - from];
        Arrays.fill(weight, 1.0);
        int lastContrast = -1;
        for (int k = from; k < to; k++) {
            String word = tokens.word(k);
            if (CONTRASTS.contains(word) && k > from) {
                lastContrast = k;
            } else if (CONCESSIONS.contains(word) || CONDITIONS.contains(word)) {
                // "while" is a concession only where it opens a clause.
                if (word.equals("while") && k > from && !tokens.word(k - 1).equals(",")) {
                    continue;
                }
                double factor = CONDITIONS.contains(word) ? 0.6 : 0.5;
                for (int j = k; j < to && !tokens.word(j).equals(",") && !tokens.word(j).equals(";"); j++) {
                    weight[j - from] *= factor;
                }
            }
        }
        int contrast = lastContrast;
        boolean termAfter = terms.stream().anyMatch(t -> t > contrast);
        if (lastContrast >= 0 && (termAfter || terms.isEmpty())) {
            for (int k = from; k < to; k++) {
                weight[k - from] *= k < lastContrast ? 0.5 : 1.5;
            }
        }
        return weight;
    }

    private static int[] clauses(Tokens tokens, int from, int to) {
        int[] clause = new int[to - from];
        int current = 0;
        for (int k = from; k < to; k++) {
            if (CLAUSE_BREAKS.contains(tokens.word(k))) {
                current++;
            }
            clause[k - from] = current;
        }
        return clause;
    }

    private static boolean endsWithQuestion(Tokens tokens, int from, int to) {
        for (int k = to - 1; k >= from && k >= to - 3; k--) {
            if (tokens.word(k).equals("?")) {
                return true;
            }
        }
        return false;
    }
}
